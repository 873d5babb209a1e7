// Finds the licence of a Go module: its LICENSE/COPYING files in the vendor folder or the module cache
// (Go modules declare no licence in metadata). A `replace` directive is followed first.
//
// A nested module (github.com/org/repo/sub) whose folder has no licence file takes the licence of the
// repository's root module only when both provably come from the same repository at the same release:
//   - the parent module (the nearest path prefix that is a module) is present at the SAME version:
//     in the cache as `<parent>@<version>` whose go.mod declares that module path, in the vendor
//     folder as a `# <parent> <version>` line of modules.txt;
//   - and they share a repository: when the cache's `.info` files of both record their origin, the
//     same VCS URL (and the same commit when both name one); otherwise the module path alone must
//     fix the repository (github.com/<owner>/<repo>, bitbucket.org/…, golang.org/x/<repo>).
// Anything less (a vanity path with no recorded origin, a parent at another version) stays unknown.
import { posix } from 'node:path';
import { memo, readText, type EngineContext } from '../../context';
import { displayPath, isInside, joinPath } from '../../fs/paths';
import { identifyLicenseFiles } from '../../licenses';
import type { Evidence } from '../../types';
import type { DeclaredDependency, Resolution, Resolver } from '../ecosystem';
import { parseGoMod, replacementFromLocator, type GoReplacementTarget } from './goMod';
import { escapeModulePath, goFlagsMod, goModCache } from './home';
import { parseModulesTxt } from './modulesTxt';

interface ModuleVersion {
  readonly path: string;
  readonly version: string;
}

/** A place module files live: the vendor folder or the module cache. */
interface ModuleStore {
  /** The module's folder, when this store holds that version. `requiredPath` is the path before any replacement. */
  directory(module: ModuleVersion, requiredPath: string): Promise<string | undefined>;
  /** The folder of the root module of the same repository, when provable (see above). */
  repositoryRoot(module: ModuleVersion, requiredPath: string): Promise<{ readonly module: ModuleVersion; readonly dir: string } | undefined>;
}

/** Hosts whose module paths fix the repository in their first elements. */
const REPOSITORY_HOSTS: readonly (readonly [string, number])[] = [
  ['github.com/', 3],
  ['bitbucket.org/', 3],
  ['golang.org/x/', 3],
];

export function createGoResolver(directory: string, context: EngineContext): Resolver {
  return {
    resolve: (dependency) =>
      memo(context, `go:resolve:${directory}:${dependency.name}@${dependency.spec}:${dependency.locator}`, () => resolve(directory, dependency, context)),
  };
}

async function resolve(directory: string, dependency: DeclaredDependency, context: EngineContext): Promise<Resolution> {
  const replacement = replacementFromLocator(dependency.locator);
  const notes = replacement ? [replacementEvidence(dependency, replacement, directory, context)] : [];
  if (replacement?.kind === 'directory') {
    const dir = posix.resolve(directory, replacement.path.replace(/\\/g, '/'));
    // A folder inside the workspace holds one of its own modules, whose go.mod is scanned in its turn.
    if (isInside(context.root, dir)) return { version: null, license: null, evidence: [], internal: `replaced by the workspace module ${replacement.path}` };
    return { version: null, license: null, evidence: notes };
  }
  const module = replacement ?? (dependency.spec ? { path: dependency.name, version: dependency.spec } : undefined);
  if (!module) return { version: null, license: null, evidence: notes };

  const found = await locate(module, dependency.name, await storesFor(directory, context));
  if (!found) return { version: module.version, license: null, evidence: notes };
  const own = await licenseOf(found.dir, context);
  if (own.expression !== null) return { version: module.version, license: own.expression, evidence: [...own.evidence, ...notes] };
  // No licence file of its own: a nested module may take its repository's.
  const root = await found.store.repositoryRoot(module, dependency.name);
  const inherited = root && (await licenseOf(root.dir, context));
  if (!root || !inherited?.expression) return { version: module.version, license: null, evidence: notes };
  const from = `${root.module.path}@${root.module.version}`;
  const evidence = inherited.evidence.map((e) => ({ ...e, detail: `${e.detail}; the repository root module ${from}` }));
  return { version: module.version, license: inherited.expression, evidence: [...evidence, ...notes] };
}

/** The first store that holds the module version, and its folder there. */
async function locate(module: ModuleVersion, requiredPath: string, stores: readonly ModuleStore[]): Promise<{ store: ModuleStore; dir: string } | undefined> {
  for (const store of stores) {
    const dir = await store.directory(module, requiredPath);
    if (dir) return { store, dir };
  }
  return undefined;
}

function licenseOf(dir: string, context: EngineContext): ReturnType<typeof identifyLicenseFiles> {
  return memo(context, `go:license:${dir}`, () => identifyLicenseFiles(context, dir));
}

function replacementEvidence(dependency: DeclaredDependency, target: GoReplacementTarget, directory: string, context: EngineContext): Evidence {
  const to = target.kind === 'directory' ? target.path : `${target.path} ${target.version}`;
  return { source: 'manifest', file: displayPath(context.root, joinPath(directory, 'go.mod'), context.home), detail: `replace ${dependency.name} => ${to}` };
}

/** Where the go command would take modules from, in its order: vendor first when vendoring is on. */
function storesFor(directory: string, context: EngineContext): Promise<ModuleStore[]> {
  return memo(context, `go:stores:${directory}`, async () => {
    const vendor = await vendorStore(joinPath(directory, 'vendor'), context);
    const cacheDir = goModCache(context.env, context.home);
    const cache = cacheDir ? [cacheStore(cacheDir, context)] : [];
    if (!vendor) return cache;
    // Since Go 1.14 a vendor folder with modules.txt is used unless -mod says otherwise.
    const mode = goFlagsMod(context.env);
    return mode === 'mod' || mode === 'readonly' ? [...cache, vendor] : [vendor, ...cache];
  });
}

async function vendorStore(vendor: string, context: EngineContext): Promise<ModuleStore | undefined> {
  const text = await readText(context, joinPath(vendor, 'modules.txt'));
  if (text === undefined) return undefined;
  const modules = parseModulesTxt(text);
  /** The version vendored for a required module path (its replacement's, when replaced). */
  const vendoredVersion = (requiredPath: string) => {
    const entry = modules.get(requiredPath);
    return entry?.replacement?.kind === 'module' ? entry.replacement.version : entry?.version ?? undefined;
  };
  return {
    // Vendored packages sit at their import paths: the required module's path, not its replacement's.
    directory: async (module, requiredPath) => (vendoredVersion(requiredPath) === module.version ? joinPath(vendor, requiredPath) : undefined),
    repositoryRoot: async (module, requiredPath) => {
      for (const parent of parentPaths(requiredPath)) {
        if (!modules.has(parent)) continue;
        if (vendoredVersion(parent) !== module.version || !sameRepositoryByPath(parent, requiredPath)) return undefined;
        return { module: { path: parent, version: module.version }, dir: joinPath(vendor, parent) };
      }
      return undefined;
    },
  };
}

function cacheStore(cache: string, context: EngineContext): ModuleStore {
  const folder = (module: ModuleVersion) => joinPath(cache, `${escapeModulePath(module.path)}@${escapeModulePath(module.version)}`);
  return {
    directory: async (module) => ((await context.fs.stat(folder(module)))?.kind === 'directory' ? folder(module) : undefined),
    repositoryRoot: async (module) => {
      for (const path of parentPaths(module.path)) {
        const parent = { path, version: module.version };
        if ((await declaredModule(joinPath(folder(parent), 'go.mod'), context)) !== path) continue;
        const [own, theirs] = await Promise.all([recordedOrigin(cache, module, context), recordedOrigin(cache, parent, context)]);
        const same =
          own && theirs
            ? own.url === theirs.url && (!own.hash || !theirs.hash || own.hash === theirs.hash)
            : sameRepositoryByPath(path, module.path);
        return same ? { module: parent, dir: folder(parent) } : undefined;
      }
      return undefined;
    },
  };
}

/** `a.com/b/c/d` → `a.com/b/c`, `a.com/b` (a bare host is no module). */
function parentPaths(path: string): string[] {
  const parents: string[] = [];
  for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
    const parent = path.slice(0, slash);
    if (parent.includes('/')) parents.push(parent);
  }
  return parents;
}

/** True when the module path alone fixes the repository and both paths share it. */
function sameRepositoryByPath(parent: string, nested: string): boolean {
  const host = REPOSITORY_HOSTS.find(([prefix]) => nested.startsWith(prefix));
  return host !== undefined && parent.split('/').length >= host[1];
}

/** The module path a go.mod declares, read once per scan. */
function declaredModule(file: string, context: EngineContext): Promise<string | null> {
  return memo(context, `go:module-of:${file}`, async () => {
    const text = await readText(context, file);
    return text === undefined ? null : parseGoMod(text).module;
  });
}

/** The origin the go command recorded when it downloaded a module version (`cache/download/…/@v/<v>.info`). */
function recordedOrigin(cache: string, module: ModuleVersion, context: EngineContext): Promise<{ url: string; hash?: string } | undefined> {
  const file = joinPath(cache, 'cache', 'download', escapeModulePath(module.path), '@v', `${escapeModulePath(module.version)}.info`);
  return memo(context, `go:origin:${file}`, async () => {
    const text = await readText(context, file);
    try {
      const origin = text === undefined ? undefined : (JSON.parse(text) as { Origin?: { URL?: unknown; Hash?: unknown } }).Origin;
      if (typeof origin?.URL !== 'string') return undefined;
      return typeof origin.Hash === 'string' ? { url: origin.URL, hash: origin.Hash } : { url: origin.URL };
    } catch {
      return undefined;
    }
  });
}
