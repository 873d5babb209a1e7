// Finds what is known about an npm dependency on disk: the installed package (node_modules, searched
// upward as Node does, scoped and nested), and the nearest lockfile's entry.
import { memo, readText, type EngineContext } from '../../context';
import { ancestorsWithin, basename, dirname, displayPath, joinPath } from '../../fs/paths';
import { normalizeDeclared, resolveDeclaredLicense } from '../../licenses';
import type { Evidence } from '../../types';
import type { DeclaredDependency, Resolution, Resolver } from '../ecosystem';
import { lockEntries, type LockEntry } from './lockfile';
import { workspaceMemberNames } from './workspaces';

interface LockIndex {
  /** The folder install locations are relative to. */
  readonly base: string;
  readonly file: string;
  readonly packages: ReadonlyMap<string, LockEntry>;
}

interface InstalledPackage {
  readonly dir: string;
  readonly manifest: string;
  readonly version?: string;
  readonly license: unknown;
}

const HIDDEN_LOCKFILE = 'node_modules/.package-lock.json';
const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', HIDDEN_LOCKFILE];

export function createNpmResolver(directory: string, context: EngineContext): Resolver {
  // node_modules/.package-lock.json lists locations relative to the folder holding node_modules.
  const base = basename(directory) === 'node_modules' ? dirname(directory) : directory;
  return {
    resolve: (dependency) => memo(context, `npm:resolve:${base}:${dependency.locator ?? dependency.name}`, () => resolve(base, dependency, context)),
  };
}

async function resolve(base: string, dependency: DeclaredDependency, context: EngineContext): Promise<Resolution> {
  const lock = await nearestLockIndex(base, context);
  const lockLocation = lock && locateInLock(lock, base, dependency);
  const locked = lockLocation ? lock.packages.get(lockLocation) : undefined;
  if (locked?.link) return { version: null, license: null, evidence: [], internal: 'a workspace package linked in the lockfile' };
  // Without a lockfile entry to say so, the workspace's own folders tell its packages apart.
  if (dependency.direct && !locked && (await workspaceMemberNames(base, context)).has(dependency.name)) {
    return { version: null, license: null, evidence: [], internal: 'a workspace package' };
  }

  const installed = await findInstalled(base, dependency, lock, lockLocation, context);
  const evidence: Evidence[] = [];
  let license: string | null = null;
  if (installed) {
    // Once per installed package: a manifest's entry and the lockfile's reach the same folder.
    const declared = await memo(context, `npm:license:${installed.dir}`, () =>
      resolveDeclaredLicense(context, installed.license, { packageDir: installed.dir, metadataFile: installed.manifest, field: 'license' }),
    );
    license = declared.expression;
    evidence.push(...declared.evidence);
  }
  if (locked?.license !== undefined && lock) {
    const normalized = normalizeDeclared(locked.license);
    if (normalized.kind === 'expression') {
      license ??= normalized.expression;
      evidence.push({
        source: 'lockfile',
        file: displayPath(context.root, lock.file, context.home),
        detail: `license: ${JSON.stringify(normalized.declared)}`,
      });
    }
  }
  return { version: installed?.version ?? locked?.version ?? null, license, evidence };
}

/** The lockfile entry for a dependency: its own location, or where Node would find it from `base`. */
function locateInLock(lock: LockIndex, base: string, dependency: DeclaredDependency): string | undefined {
  if (dependency.locator) return lock.packages.has(dependency.locator) ? dependency.locator : undefined;
  const fromBase = base === lock.base ? '' : base.slice(lock.base.length + 1) + '/';
  for (let prefix = fromBase; ; prefix = parentPrefix(prefix)) {
    const location = `${prefix}node_modules/${dependency.name}`;
    if (lock.packages.has(location)) return location;
    if (!prefix) return undefined;
  }
}

function parentPrefix(prefix: string): string {
  const trimmed = prefix.slice(0, -1);
  const at = trimmed.lastIndexOf('/');
  return at === -1 ? '' : trimmed.slice(0, at + 1);
}

async function findInstalled(
  base: string,
  dependency: DeclaredDependency,
  lock: LockIndex | undefined,
  lockLocation: string | undefined,
  context: EngineContext,
): Promise<InstalledPackage | undefined> {
  // Where the lockfile says the package is installed, then where Node would look from `base`.
  if (lock && (dependency.locator || lockLocation)) {
    const dir = joinPath(lock.base, dependency.locator ?? lockLocation!);
    // A locked package may not be installed (dev packages after a production install).
    const installed = (await namesIn(dirname(dir), context)).has(basename(dir)) ? await readInstalled(dir, context) : undefined;
    if (installed || dependency.locator) return installed;
  }
  for (const dir of ancestorsWithin(context.root, base)) {
    const nodeModules = joinPath(dir, 'node_modules');
    if (await isListed(nodeModules, dependency.name, context)) return readInstalled(joinPath(nodeModules, dependency.name), context);
  }
  return undefined;
}

/**
 * Whether `node_modules` (or its `@scope` folder) lists the package. One listing per folder answers
 * every lookup, instead of a failed read for each package in each ancestor folder.
 */
async function isListed(nodeModules: string, name: string, context: EngineContext): Promise<boolean> {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const folder = slash === -1 ? nodeModules : joinPath(nodeModules, name.slice(0, slash));
  return (await namesIn(folder, context)).has(slash === -1 ? name : name.slice(slash + 1));
}

/** The names in a folder, listed once per scan (empty when it does not exist). */
function namesIn(folder: string, context: EngineContext): Promise<ReadonlySet<string>> {
  return memo(context, `npm:listing:${folder}`, async () => {
    const entries = await context.fs.readDirectory(folder).catch(() => []);
    return new Set(entries.map((e) => e.name));
  });
}

function readInstalled(dir: string, context: EngineContext): Promise<InstalledPackage | undefined> {
  return memo(context, `npm:installed:${dir}`, async () => {
    const manifest = joinPath(dir, 'package.json');
    const text = await readText(context, manifest);
    if (text === undefined) return undefined;
    try {
      const json = JSON.parse(text) as { version?: unknown; license?: unknown; licenses?: unknown };
      return {
        dir,
        manifest,
        version: typeof json.version === 'string' ? json.version : undefined,
        license: json.license ?? json.licenses,
      };
    } catch {
      // A broken installed manifest still tells us the package is there; its licence files may say more.
      return { dir, manifest, license: undefined };
    }
  });
}

/** The lockfile that governs `base`: in it or the nearest ancestor folder that has one. */
function nearestLockIndex(base: string, context: EngineContext): Promise<LockIndex | undefined> {
  return memo(context, `npm:lock-for:${base}`, async () => {
    for (const dir of ancestorsWithin(context.root, base)) {
      const names = await namesIn(dir, context);
      const hidden = names.has('node_modules') && (await namesIn(joinPath(dir, 'node_modules'), context)).has('.package-lock.json');
      for (const name of LOCKFILES) {
        if (name === HIDDEN_LOCKFILE ? !hidden : !names.has(name)) continue;
        const index = await readLockIndex(joinPath(dir, name), dir, context);
        if (index) return index;
      }
    }
    return undefined;
  });
}

function readLockIndex(file: string, base: string, context: EngineContext): Promise<LockIndex | undefined> {
  return memo(context, `npm:lock:${file}`, async () => {
    const text = await readText(context, file);
    if (text === undefined) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return undefined; // the lockfile's own scan reports the syntax error
    }
    return { base, file, packages: lockEntries(json)?.entries ?? new Map() };
  });
}
