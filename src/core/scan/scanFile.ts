// Scans one file: parse (cached by content), resolve each dependency or model, judge it.
import { CancelledError, memo, rememberText, type EngineContext } from '../context';
import type { DeclaredDependency, ParsedManifest, SourceFile } from '../ecosystems/ecosystem';
import { decodeText, FileTooLargeError, looksBinary } from '../fs/fileSystem';
import { dirname, displayPath } from '../fs/paths';
import { assessLicense } from '../licenses';
import type { ModelDetection, ModelReference } from '../models/detector';
import { resolveModel } from '../models/resolve';
import type { Finding, ModelFinding, PackageFinding, ScanError } from '../types';
import type { DiscoveredFile } from './discover';
import type { ParseCache } from './parseCache';

/** Everything one file contributes to a scan. */
export interface FileScan {
  /** Absolute path. */
  readonly path: string;
  readonly findings: readonly Finding[];
  readonly errors: readonly ScanError[];
}

/** Text files larger than this are not read (a lockfile of 20,000 packages is about 10 MB). */
export const MAX_TEXT_BYTES = 32 * 1024 * 1024;

/** Reads a discovered file and scans it; never throws. */
export async function scanPath(context: EngineContext, file: DiscoveredFile, cache?: ParseCache): Promise<FileScan | undefined> {
  const shown = displayPath(context.root, file.path, context.home);
  const failed = (message: string): FileScan => ({ path: file.path, findings: [], errors: [{ file: shown, range: null, message }] });
  try {
    const header = file.detectors.find((d) => d.kind === 'header');
    if (header?.kind === 'header') {
      const detection = header.detect(file.path, await context.fs.readPrefix(file.path, header.headerBytes));
      return await modelScan(context, file.path, detection);
    }
    let bytes: Uint8Array;
    try {
      bytes = await context.fs.readFile(file.path, { maxBytes: MAX_TEXT_BYTES });
    } catch (error) {
      if (error instanceof FileTooLargeError) return failed(`Not read: ${error.message}`);
      // A file an ecosystem only asked for may well not exist.
      if (file.optional && !(await context.fs.stat(file.path))) return undefined;
      throw error;
    }
    if (looksBinary(bytes)) return failed('Not read: this looks like a binary file');
    return await scanText(context, file, decodeText(bytes), cache);
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    return failed(`Could not read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Scans a file's text (from disk, or an editor's unsaved buffer); never throws. */
export async function scanText(context: EngineContext, file: DiscoveredFile, text: string, cache?: ParseCache): Promise<FileScan> {
  const source: SourceFile = { path: file.path, text };
  const shown = displayPath(context.root, file.path, context.home);
  if (file.manifest) rememberText(context, file.path, text);
  try {
    const packages = file.manifest ? await packageScan(context, file, parseManifest(file, source, cache)) : undefined;
    const detections: ModelDetection[] = [];
    for (const detector of file.detectors) {
      if (detector.kind !== 'text') continue;
      detections.push(cache ? cache.get(`${detector.id}:${file.path}`, text, () => detector.detect(source)) : detector.detect(source));
    }
    const models = await modelScan(context, file.path, {
      references: detections.flatMap((d) => d.references),
      problems: detections.flatMap((d) => d.problems),
    });
    if (!packages) return models;
    return { path: file.path, findings: [...packages.findings, ...models.findings], errors: [...packages.errors, ...models.errors] };
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return { path: file.path, findings: [], errors: [{ file: shown, range: null, message: `Openness could not scan this file: ${message}` }] };
  }
}

function parseManifest(file: DiscoveredFile, source: SourceFile, cache: ParseCache | undefined): ParsedManifest {
  const { ecosystem } = file.manifest!;
  return cache ? cache.get(`${ecosystem.id}:${file.path}`, source.text, () => ecosystem.parse(source)) : ecosystem.parse(source);
}

async function packageScan(context: EngineContext, file: DiscoveredFile, parsed: ParsedManifest): Promise<FileScan> {
  const { ecosystem } = file.manifest!;
  const shown = displayPath(context.root, file.path, context.home);
  const resolver = ecosystem.createResolver(dirname(file.path), context);
  const findings: PackageFinding[] = [];
  const errors: ScanError[] = parsed.problems.map((p) => ({ file: shown, range: p.range, message: p.message }));
  for (const dependency of parsed.dependencies) {
    await context.checkpoint();
    const resolution = await resolver.resolve(dependency);
    // The project's own packages (workspace members, path dependencies) are not judged.
    if (resolution.internal) continue;
    findings.push(packageFinding(ecosystem.id, shown, dependency, resolution.version, resolution.license, resolution.evidence));
  }
  return { path: file.path, findings, errors };
}

function packageFinding(
  ecosystem: PackageFinding['ecosystem'],
  file: string,
  dependency: DeclaredDependency,
  version: string | null,
  license: string | null,
  evidence: PackageFinding['evidence'],
): PackageFinding {
  const assessment = assessLicense(license);
  return {
    kind: 'package',
    ecosystem,
    name: dependency.name,
    version: version ?? dependency.spec,
    file,
    range: dependency.range,
    scope: dependency.scope,
    direct: dependency.direct,
    license: assessment.expression,
    verdict: assessment.verdict,
    assessment,
    evidence,
  };
}

async function modelScan(context: EngineContext, path: string, detection: ModelDetection): Promise<FileScan> {
  const shown = displayPath(context.root, path, context.home);
  const findings: ModelFinding[] = [];
  if (detection.references.length) await context.checkpoint();
  for (const reference of detection.references) findings.push(await modelFinding(context, shown, reference));
  const errors = detection.problems.map((p) => ({ file: shown, range: p.range, message: p.message }));
  return { path, findings, errors };
}

async function modelFinding(context: EngineContext, file: string, reference: ModelReference): Promise<ModelFinding> {
  // The same model named across files and keystrokes resolves once per context; a model file's own
  // header facts make each such reference its own.
  const resolution = await (reference.localEvidence
    ? resolveModel(reference, context)
    : memo(context, `model:${reference.provider ?? ''}\u0000${reference.id}`, () => resolveModel(reference, context)));
  return {
    kind: 'model',
    ecosystem: resolution.ecosystem,
    name: reference.id,
    version: null,
    file,
    range: reference.range,
    license: resolution.license,
    verdict: resolution.verdict,
    evidence: resolution.evidence,
    reason: resolution.reason,
    model: resolution.model,
    via: reference.via,
    cell: reference.cell,
    clientPackage: reference.clientPackage,
    selfHosted: reference.selfHosted,
  };
}
