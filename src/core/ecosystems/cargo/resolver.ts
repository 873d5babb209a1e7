// Finds what is known about a crate: the workspace declaration a member inherits, the version
// Cargo.lock pins, and the installed crate's Cargo.toml (`license`, `license-file`) or LICENSE files.
import { rcompare } from 'semver';
import { memo, readText, type EngineContext } from '../../context';
import { displayPath, joinPath } from '../../fs/paths';
import { resolveDeclaredLicense } from '../../licenses';
import { parseToml } from '../../text/toml';
import type { Evidence } from '../../types';
import type { DeclaredDependency, Resolution, Resolver } from '../ecosystem';
import { cargoConfig, type CargoConfig } from './config';
import { cargoHome } from './home';
import { findInstalled, type InstalledCrate } from './installed';
import { lockedCrates } from './lockfile';
import { matches } from './requirement';
import { indexSource, sourceOf, type CrateSource } from './source';
import { workspaceOf } from './workspace';

/** What the project asks for, once a workspace declaration is followed. */
interface CrateRequest {
  readonly name: string;
  readonly requirement: string | null;
  readonly source: CrateSource;
}

interface Locked {
  readonly version: string;
  readonly source: CrateSource;
}

export function createCargoResolver(directory: string, context: EngineContext): Resolver {
  return {
    resolve: (dependency) =>
      memo(context, `cargo:resolve:${directory}:${dependency.direct}:${dependency.name}:${dependency.spec}:${dependency.locator}`, () =>
        resolve(directory, dependency, context),
      ),
  };
}

async function resolve(directory: string, dependency: DeclaredDependency, context: EngineContext): Promise<Resolution> {
  const workspace = await workspaceOf(directory, context);
  let request: CrateRequest = { name: dependency.name, requirement: dependency.spec, source: sourceOf(dependency.locator) };
  let declaredIn = joinPath(directory, dependency.direct ? 'Cargo.toml' : 'Cargo.lock');
  if (request.source.kind === 'workspace') {
    const inherited = workspace?.dependencies.get(dependency.name);
    if (inherited && workspace) declaredIn = joinPath(workspace.root, 'Cargo.toml');
    // Without the workspace root (outside the scanned folder, say) the lockfile may still know it.
    request = inherited ?? { name: dependency.name, requirement: null, source: { kind: 'crates-io' } };
  }
  if (request.source.kind === 'path') return { version: null, license: null, evidence: [], internal: 'a path dependency of the workspace' };

  const config = await cargoConfig(directory, context);
  const root = workspace?.root ?? directory;
  // A lockfile entry pins itself; a manifest's requirement is pinned by the workspace's lockfile.
  const locked: Locked | undefined =
    !dependency.direct && dependency.spec !== null
      ? { version: dependency.spec, source: request.source }
      : pickLocked(await lockIndex(root, context), request, config);
  const source = locked?.source ?? withConfiguredIndex(request.source, config);
  // `cargo vendor`'s default folder, besides any the configuration names.
  const vendorDirectories = [...new Set([...config.vendorDirectories, joinPath(root, 'vendor')])];
  const installed = await findInstalled(
    { name: request.name, version: locked?.version ?? null, requirement: request.requirement, source },
    { cargoHome: cargoHome(context.env, context.home), vendorDirectories },
    context,
  );
  const origin = originEvidence(request.source, source, declaredIn, context);
  if (!installed) return { version: locked?.version ?? null, license: null, evidence: origin };
  const declared = await crateLicense(installed, context);
  return { version: installed.version ?? locked?.version ?? null, license: declared.expression, evidence: [...declared.evidence, ...origin] };
}

/** The installed crate's declared licence, once per scan; `license-file` names a file inside the crate. */
function crateLicense(crate: InstalledCrate, context: EngineContext): ReturnType<typeof resolveDeclaredLicense> {
  return memo(context, `cargo:license:${crate.dir}`, () => {
    const where = { packageDir: crate.dir, metadataFile: crate.manifest };
    if (crate.license === undefined && crate.licenseFile !== undefined) {
      return resolveDeclaredLicense(context, `SEE LICENSE IN ${crate.licenseFile}`, { ...where, field: 'license-file' });
    }
    return resolveDeclaredLicense(context, crate.license, { ...where, field: 'license' });
  });
}

/** Cargo.lock's entries by crate name, read once per scan. */
function lockIndex(dir: string, context: EngineContext): Promise<ReadonlyMap<string, readonly Locked[]>> {
  return memo(context, `cargo:lock:${dir}`, async () => {
    const index = new Map<string, Locked[]>();
    // Parsed here rather than kept by readTomlFile: only the index outlives the read.
    const text = await readText(context, joinPath(dir, 'Cargo.lock'));
    for (const { name, version, source } of text === undefined ? [] : lockedCrates(parseToml(text).root)) {
      const list = index.get(name.value) ?? [];
      list.push({ version: version.value, source: sourceOf(source.value) });
      index.set(name.value, list);
    }
    return index;
  });
}

/** The newest locked version of the crate from the requested source that the requirement accepts. */
function pickLocked(lock: ReadonlyMap<string, readonly Locked[]>, request: CrateRequest, config: CargoConfig): Locked | undefined {
  const wanted = withConfiguredIndex(request.source, config);
  const candidates = (lock.get(request.name) ?? []).filter((entry) => sameSource(entry.source, wanted) && matches(entry.version, request.requirement));
  return candidates.sort((a, b) => rcompare(a.version, b.version))[0];
}

/** A named registry as the index URL Cargo's config gives it, when it does. */
function withConfiguredIndex(source: CrateSource, config: CargoConfig): CrateSource {
  const index = source.kind === 'named-registry' ? config.registryIndex(source.name) : undefined;
  return index ? indexSource(index) : source;
}

function sameSource(locked: CrateSource, wanted: CrateSource): boolean {
  switch (wanted.kind) {
    case 'crates-io':
      return locked.kind === 'crates-io';
    case 'registry-index':
      return locked.kind === 'registry-index' && comparableUrl(locked.index) === comparableUrl(wanted.index);
    case 'named-registry':
      // Its index is configured nowhere we can read: Cargo.lock's registry entry tells where it came from.
      return locked.kind === 'registry-index';
    case 'git':
      return locked.kind === 'git' && comparableUrl(locked.url) === comparableUrl(wanted.url);
    default:
      return false;
  }
}

function comparableUrl(url: string): string {
  return url.replace(/\/+$/, '').replace(/\.git$/, '').toLowerCase();
}

/** Where a crate comes from when that is not crates.io: a fact worth showing beside its licence. */
function originEvidence(requested: CrateSource, found: CrateSource, declaredIn: string, context: EngineContext): Evidence[] {
  let detail: string;
  if (requested.kind === 'named-registry') {
    detail = `registry = "${requested.name}"${found.kind === 'registry-index' ? `: ${found.index}` : ', an index not configured in .cargo/config.toml'}`;
  } else if (found.kind === 'registry-index') {
    detail = `from the registry ${found.index}`;
  } else if (found.kind === 'git') {
    detail = `from git ${found.url}${found.rev ? ` at ${found.rev.slice(0, 12)}` : ''}`;
  } else {
    return [];
  }
  const source = declaredIn.endsWith('.lock') ? 'lockfile' : 'manifest';
  return [{ source, file: displayPath(context.root, declaredIn, context.home), detail }];
}
