// Finds what is known about a Maven dependency: its version (the project's POM with its parents in
// the workspace or the local repository, and imported BOMs), then the licences its POM in the local
// repository declares, inherited from its parent POMs when it declares none.
import { memo, readText, type EngineContext } from '../../context';
import { dirname, displayPath, joinPath } from '../../fs/paths';
import { combineExpressions, licenseFromUrl, normalizeDeclared } from '../../licenses';
import { parseXml } from '../../text/xml';
import type { Evidence } from '../../types';
import type { DeclaredDependency, Resolution, Resolver } from '../ecosystem';
import { isConcreteVersion, pomModel, readPom, type Coordinates, type Pom, type PomLicense, type PomModel } from './pom';
import { installedVersions, localRepository, pomPath } from './repository';

/** Deeper parent chains are cycles or broken repositories. */
const MAX_PARENTS = 16;

interface PomFile {
  readonly path: string;
  readonly pom: Pom;
}

interface ProjectModel {
  readonly model: PomModel;
  /** Managed versions of the POM, its parents and the BOMs they import. */
  managedVersion(name: string): string | undefined;
  /** `groupId:artifactId` of the modules built with the project (the reactor): its own code. */
  readonly reactor: ReadonlySet<string>;
}

export function createMavenResolver(directory: string, context: EngineContext): Resolver {
  const pomFile = joinPath(directory, 'pom.xml');
  return {
    resolve: (dependency) => memo(context, `maven:resolve:${pomFile}:${dependency.name}@${dependency.spec}`, () => resolve(pomFile, dependency, context)),
  };
}

async function resolve(pomFile: string, dependency: DeclaredDependency, context: EngineContext): Promise<Resolution> {
  const project = await projectModel(pomFile, context);
  if (project?.reactor.has(dependency.name)) return { version: null, license: null, evidence: [], internal: 'a module of the same Maven build' };
  const repository = await localRepository(context);
  const [groupId, artifactId] = dependency.name.split(':') as [string, string];

  let version = declaredVersion(dependency, project);
  const evidence: Evidence[] = [];
  if (!version && repository) {
    // Nothing says which version: any installed one tells the licence, which rarely changes.
    const installed = await installedVersions(context, repository, groupId, artifactId);
    version = installed[installed.length - 1];
    if (version) evidence.push({ source: 'package-metadata', file: displayPath(context.root, pomPath(repository, { groupId, artifactId, version }), context.home), detail: `version not declared; newest installed is ${version}` });
  }
  if (!version || !repository) return { version: version ?? null, license: null, evidence };

  const declared = await declaredLicenses(context, repository, { groupId, artifactId, version });
  if (!declared) return { version, license: null, evidence };
  const file = displayPath(context.root, declared.path, context.home);
  const inherited = declared.from ? ` (inherited from ${declared.from.groupId}:${declared.from.artifactId}:${declared.from.version})` : '';
  const expressions: string[] = [];
  for (const license of declared.licenses) {
    const { expression, detail } = licenseOf(license);
    if (expression) expressions.push(expression);
    evidence.push({ source: 'package-metadata', file, detail: detail + inherited });
  }
  // The POM reference: several licences mean the user may choose any of them.
  return { version, license: combineExpressions(expressions, 'OR'), evidence };
}

function declaredVersion(dependency: DeclaredDependency, project: ProjectModel | undefined): string | undefined {
  if (isConcreteVersion(dependency.spec)) return dependency.spec;
  if (!project) return undefined;
  const version = dependency.spec === null ? project.managedVersion(dependency.name) : project.model.interpolate(dependency.spec);
  return isConcreteVersion(version) ? version : undefined;
}

/** A `<license>`: its name when that is a known licence, else its URL when that names one. */
function licenseOf(license: PomLicense): { expression: string | undefined; detail: string } {
  const normalized = license.name === undefined ? undefined : normalizeDeclared(license.name);
  const fromName = normalized?.kind === 'expression' ? normalized.expression : undefined;
  const fromUrl = license.url === undefined ? undefined : licenseFromUrl(license.url);
  const nameDetail = `<license><name>${license.name}</name>`;
  const urlDetail = `<license><url>${license.url}</url>`;
  if (fromName && !fromName.startsWith('LicenseRef-')) return { expression: fromName, detail: nameDetail };
  if (fromUrl) return { expression: fromUrl, detail: license.name === undefined ? urlDetail : `${nameDetail} <url>${license.url}</url>` };
  return { expression: fromName, detail: license.name === undefined ? urlDetail : nameDetail };
}

/** The licences of an artifact's POM, or of the nearest parent POM that declares some. */
async function declaredLicenses(
  context: EngineContext,
  repository: string,
  coordinates: Coordinates,
): Promise<{ path: string; licenses: readonly PomLicense[]; from?: Coordinates } | undefined> {
  let current: Coordinates | undefined = coordinates;
  for (let depth = 0; current && depth < MAX_PARENTS; depth++) {
    const file = await readPomFile(context, pomPath(repository, current));
    if (!file) return undefined;
    if (file.pom.licenses.length) return { path: file.path, licenses: file.pom.licenses, ...(depth ? { from: current } : {}) };
    current = file.pom.parent;
  }
  return undefined;
}

function readPomFile(context: EngineContext, path: string): Promise<PomFile | undefined> {
  return memo(context, `maven:pom:${path}`, async () => {
    const text = await readText(context, path);
    const root = text === undefined ? undefined : parseXml(text).root;
    return root?.name === 'project' ? { path, pom: readPom(root) } : undefined;
  });
}

/** The parent of a POM: at its relativePath in the workspace when that is the right one, else in the repository. */
async function parentOf(context: EngineContext, file: PomFile, repository: string | undefined): Promise<PomFile | undefined> {
  const parent = file.pom.parent;
  if (!parent) return undefined;
  if (parent.relativePath !== '') {
    const relative = parent.relativePath ?? '../pom.xml';
    const target = joinPath(dirname(file.path), relative);
    const candidate = await readPomFile(context, relative.endsWith('.xml') ? target : joinPath(target, 'pom.xml'));
    const model = candidate && pomModel([candidate.pom]);
    if (model && model.groupId === parent.groupId && model.artifactId === parent.artifactId) return candidate;
  }
  return repository ? readPomFile(context, pomPath(repository, parent)) : undefined;
}

async function chainOf(context: EngineContext, file: PomFile, repository: string | undefined): Promise<PomFile[]> {
  const chain = [file];
  for (let parent = await parentOf(context, file, repository); parent && chain.length < MAX_PARENTS; parent = await parentOf(context, parent, repository)) {
    if (chain.some((f) => f.path === parent!.path)) break;
    chain.push(parent);
  }
  return chain;
}

/**
 * The effective model of a BOM in the repository, memoised: many projects import the same BOMs. The
 * key holds the imports on the way here, so that no computation ever waits for itself.
 */
function bomModel(context: EngineContext, repository: string, coordinates: Coordinates, importing: ReadonlySet<string>): Promise<ProjectModel | undefined> {
  const path = pomPath(repository, coordinates);
  return memo(context, `maven:bom:${path}|${[...importing].join('|')}`, async () => {
    const file = await readPomFile(context, path);
    return file && effectiveModel(context, file, repository, new Set([...importing, path]));
  });
}

/** `importing`: the BOMs being imported on the way here, so that an import cycle ends. */
async function effectiveModel(context: EngineContext, file: PomFile, repository: string | undefined, importing: ReadonlySet<string> = new Set()): Promise<ProjectModel> {
  const chain = await chainOf(context, file, repository);
  const model = pomModel(chain.map((f) => f.pom));
  const boms: ProjectModel[] = [];
  if (repository) {
    for (const imported of model.imports) {
      if (importing.has(pomPath(repository, imported)) || importing.size >= MAX_PARENTS) continue;
      const bom = await bomModel(context, repository, imported, importing);
      if (bom) boms.push(bom);
    }
  }
  const managedVersion = (name: string): string | undefined => {
    const own = model.managed.get(name);
    if (own?.version) return own.version;
    for (const bom of boms) {
      const version = bom.managedVersion(name);
      if (version) return version;
    }
    return undefined;
  };
  const reactor = new Set<string>();
  for (const pom of chain) {
    if (repository && pom.path.startsWith(repository + '/')) break;
    for (const name of await aggregated(context, pom, new Set())) reactor.add(name);
  }
  return { model, managedVersion, reactor };
}

/** The project's POM as Maven builds it, or undefined when there is no readable pom.xml. */
function projectModel(pomFile: string, context: EngineContext): Promise<ProjectModel | undefined> {
  return memo(context, `maven:project:${pomFile}`, async () => {
    const file = await readPomFile(context, pomFile);
    return file && effectiveModel(context, file, await localRepository(context));
  });
}

/**
 * `groupId:artifactId` of a workspace POM and of every module it aggregates, however deep. `visiting`
 * (the aggregators on the way here, part of the memo key) ends module cycles without any wait on itself.
 */
function aggregated(context: EngineContext, file: PomFile, visiting: ReadonlySet<string>): Promise<ReadonlySet<string>> {
  return memo(context, `maven:reactor:${file.path}|${[...visiting].join('|')}`, async () => {
    const names = new Set<string>();
    const model = pomModel([file.pom]);
    if (model.groupId && model.artifactId) names.add(`${model.groupId}:${model.artifactId}`);
    const inside = new Set([...visiting, file.path]);
    for (const module of file.pom.modules) {
      const target = joinPath(dirname(file.path), module);
      const moduleFile = await readPomFile(context, target.endsWith('.xml') ? target : joinPath(target, 'pom.xml'));
      if (moduleFile && !inside.has(moduleFile.path)) for (const name of await aggregated(context, moduleFile, inside)) names.add(name);
    }
    return names;
  });
}
