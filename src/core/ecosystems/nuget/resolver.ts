// Finds what is known about a NuGet dependency: the version restore chose (obj/project.assets.json,
// packages.lock.json), else the one the project, Directory.Build.props or central package management
// names; then the package's .nuspec in the global packages folder (or a legacy solution `packages/`
// folder) for its licence.
import { memo, readText, type EngineContext } from '../../context';
import { ancestorsWithin, joinPath } from '../../fs/paths';
import { parseXml, type XmlElement } from '../../text/xml';
import type { DeclaredDependency, Resolution, Resolver } from '../ecosystem';
import { nuspecLicense } from './nuspec';
import { centralVersions, expandProperties, projectProperties } from './project';
import { compareNuGetVersions, exactVersion, normalizeNuGetVersion } from './version';

type Env = EngineContext['env'];

/** The global packages folder, as NuGet finds it: `$NUGET_PACKAGES`, else `~/.nuget/packages`. */
function globalPackagesFolder(env: Env, home: string | undefined): string | undefined {
  const fromEnv = env['NUGET_PACKAGES']?.replace(/\/+$/, '');
  if (fromEnv?.startsWith('/')) return fromEnv;
  return home && joinPath(home, '.nuget', 'packages');
}

/** Folders the NuGet resolver reads outside the workspace. */
export function nugetCacheRoots(env: Env, home: string | undefined): string[] {
  const folder = globalPackagesFolder(env, home);
  return folder ? [folder] : [];
}

interface InstalledPackage {
  readonly dir: string;
  readonly nuspec: string;
  readonly version: string;
}

export function createNuGetResolver(directory: string, context: EngineContext): Resolver {
  return {
    resolve: (dependency) => memo(context, `nuget:resolve:${directory}:${dependency.name.toLowerCase()}@${dependency.spec}`, () => resolve(directory, dependency, context)),
  };
}

async function resolve(directory: string, dependency: DeclaredDependency, context: EngineContext): Promise<Resolution> {
  const version = await chosenVersion(directory, dependency, context);
  const installed = await findInstalled(directory, dependency.name, version, context);
  if (!installed) return { version: version ?? null, license: null, evidence: [] };
  // A package is often declared by a project and listed by its lockfile: its .nuspec is read once.
  const license = await memo(context, `nuget:license:${installed.nuspec}`, () => nuspecLicense(context, installed.dir, installed.nuspec));
  return { version: installed.version, license: license?.expression ?? null, evidence: license?.evidence ?? [] };
}

/** Restore's choice first; else the version the project (or its central package management) names. */
async function chosenVersion(dir: string, dependency: DeclaredDependency, context: EngineContext): Promise<string | undefined> {
  const id = dependency.name.toLowerCase();
  const restored = (await restoredVersions(dir, context)).get(id) ?? (await lockedVersions(dir, context)).get(id);
  if (restored) return restored;
  const properties = await buildProperties(dir, context);
  const written = dependency.spec ?? (await centralPackageVersions(dir, context)).get(id);
  return written === undefined ? undefined : exactVersion(expandProperties(written, properties));
}

/** What `dotnet restore` resolved for the project in `dir` (obj/project.assets.json), ids in lower case. */
function restoredVersions(dir: string, context: EngineContext): Promise<ReadonlyMap<string, string>> {
  return memo(context, `nuget:assets:${dir}`, async () => {
    const versions = new Map<string, string>();
    const text = await readText(context, joinPath(dir, 'obj', 'project.assets.json'));
    try {
      const assets = text === undefined ? undefined : (JSON.parse(text) as { libraries?: Record<string, { type?: string }> });
      for (const [key, library] of Object.entries(assets?.libraries ?? {})) {
        const slash = key.indexOf('/');
        if (library?.type === 'package' && slash > 0) versions.set(key.slice(0, slash).toLowerCase(), key.slice(slash + 1));
      }
    } catch {
      // A half-written assets file (restore running) says nothing.
    }
    return versions;
  });
}

/** packages.lock.json's resolved versions, ids in lower case (the first framework's when they differ). */
function lockedVersions(dir: string, context: EngineContext): Promise<ReadonlyMap<string, string>> {
  return memo(context, `nuget:lock:${dir}`, async () => {
    const versions = new Map<string, string>();
    const text = await readText(context, joinPath(dir, 'packages.lock.json'));
    try {
      const lock = text === undefined ? undefined : (JSON.parse(text) as { dependencies?: Record<string, Record<string, { resolved?: unknown }>> });
      for (const framework of Object.values(lock?.dependencies ?? {})) {
        for (const [name, entry] of Object.entries(framework ?? {})) {
          if (typeof entry?.resolved === 'string' && !versions.has(name.toLowerCase())) versions.set(name.toLowerCase(), entry.resolved);
        }
      }
    } catch {
      // The lockfile's own scan reports the syntax error.
    }
    return versions;
  });
}

/** The root element of the nearest `name` file from `dir` up to the workspace root (MSBuild imports the nearest only). */
function nearestMsBuildFile(dir: string, name: string, context: EngineContext): Promise<XmlElement | undefined> {
  return memo(context, `nuget:nearest:${name}:${dir}`, async () => {
    for (const candidate of ancestorsWithin(context.root, dir)) {
      const root = await msBuildFile(joinPath(candidate, name), context);
      if (root) return root;
    }
    return undefined;
  });
}

/** One MSBuild file's root element, read once for all the projects below it. */
function msBuildFile(path: string, context: EngineContext): Promise<XmlElement | undefined> {
  return memo(context, `nuget:msbuild:${path}`, async () => {
    const text = await readText(context, path);
    return text === undefined ? undefined : parseXml(text).root;
  });
}

/** Properties of the nearest Directory.Build.props, where shared package versions often live. */
async function buildProperties(dir: string, context: EngineContext): Promise<ReadonlyMap<string, string>> {
  const root = await nearestMsBuildFile(dir, 'Directory.Build.props', context);
  return root ? projectProperties(root) : new Map();
}

async function centralPackageVersions(dir: string, context: EngineContext): Promise<ReadonlyMap<string, string>> {
  const root = await nearestMsBuildFile(dir, 'Directory.Packages.props', context);
  return root ? centralVersions(root) : new Map();
}

/** The versions of a package in the global packages folder, newest last (one listing per package). */
function installedVersions(folder: string, id: string, context: EngineContext): Promise<string[]> {
  return memo(context, `nuget:versions:${folder}/${id}`, async () => {
    try {
      const entries = await context.fs.readDirectory(joinPath(folder, id));
      return entries.filter((e) => e.kind === 'directory' && /^\d/.test(e.name)).map((e) => e.name).sort(compareNuGetVersions);
    } catch {
      return [];
    }
  });
}

async function findInstalled(dir: string, name: string, version: string | undefined, context: EngineContext): Promise<InstalledPackage | undefined> {
  const id = name.toLowerCase();
  const folder = globalPackagesFolder(context.env, context.home);
  if (folder) {
    const versions = await installedVersions(folder, id, context);
    // Without a known version, the newest installed one stands in: licences rarely change between versions.
    const chosen = version === undefined ? versions[versions.length - 1] : normalizeNuGetVersion(version);
    if (chosen && versions.includes(chosen)) {
      const packageDir = joinPath(folder, id, chosen);
      return { dir: packageDir, nuspec: joinPath(packageDir, `${id}.nuspec`), version: chosen };
    }
  }
  // packages.config projects restore into `<solution>/packages/<Id>.<Version>/`.
  if (version === undefined) return undefined;
  for (const ancestor of ancestorsWithin(context.root, dir)) {
    for (const written of new Set([version, normalizeNuGetVersion(version)])) {
      const packageDir = joinPath(ancestor, 'packages', `${name}.${written}`);
      const nuspec = joinPath(packageDir, `${name}.nuspec`);
      if ((await context.fs.stat(nuspec))?.kind === 'file') return { dir: packageDir, nuspec, version };
    }
  }
  return undefined;
}
