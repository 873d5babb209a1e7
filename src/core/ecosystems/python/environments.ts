// Where a project's packages are installed: its virtualenvs (a folder with pyvenv.cfg named .venv,
// venv, env or .env, beside the manifest or in a folder above it, up to the workspace root; then the
// activated $VIRTUAL_ENV), and in each its site-packages (`lib/python3.X/site-packages` on POSIX,
// `Lib/site-packages` on Windows). Each site-packages folder is listed once per scan and indexed by
// the normalised names of the distributions installed there.
import { memo, type EngineContext } from '../../context';
import { ancestorsWithin, joinPath } from '../../fs/paths';
import { normalizeName } from './names';

/** One installed distribution, as its site-packages listing shows it. */
export interface InstalledDistribution {
  /** The `*.dist-info` / `*.egg-info` folder, or an egg-info file (old distutils installs). */
  readonly path: string;
  /** METADATA or PKG-INFO. */
  readonly metadataFile: string;
  readonly format: 'dist-info' | 'egg-info';
}

export type SitePackagesIndex = ReadonlyMap<string, readonly InstalledDistribution[]>;

const VENV_NAMES = ['.venv', 'venv', 'env', '.env'];

/** The virtualenvs that serve `directory`, nearest first, then $VIRTUAL_ENV. */
export async function environmentsFor(directory: string, context: EngineContext): Promise<string[]> {
  const candidates = ancestorsWithin(context.root, directory).flatMap((dir) => VENV_NAMES.map((name) => joinPath(dir, name)));
  const found: string[] = [];
  for (const path of candidates) if (await isVirtualenv(path, context)) found.push(path);
  const active = activeVirtualenv(context.env);
  if (active && !found.includes(active)) found.push(active);
  return found;
}

/** $VIRTUAL_ENV, set by `activate`: read wherever it is (see cacheRoots). */
export function activeVirtualenv(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const path = env['VIRTUAL_ENV']?.replace(/\/+$/, '');
  return path || undefined;
}

function isVirtualenv(path: string, context: EngineContext): Promise<boolean> {
  return memo(context, `pypi:venv:${path}`, async () => (await context.fs.stat(joinPath(path, 'pyvenv.cfg')))?.kind === 'file');
}

/** The site-packages folders of a virtualenv, each indexed. */
export function sitePackagesOf(venv: string, context: EngineContext): Promise<SitePackagesIndex[]> {
  return memo(context, `pypi:site-packages:${venv}`, async () => {
    const folders: string[] = [];
    for (const lib of ['lib', 'Lib']) {
      for (const entry of await listing(joinPath(venv, lib), context)) {
        if (entry.kind !== 'directory') continue;
        if (lib === 'Lib' && entry.name === 'site-packages') folders.push(joinPath(venv, lib, entry.name));
        if (lib === 'lib' && /^(?:python|pypy)\d/.test(entry.name)) folders.push(joinPath(venv, lib, entry.name, 'site-packages'));
      }
    }
    return Promise.all(folders.map((folder) => indexSitePackages(folder, context)));
  });
}

async function indexSitePackages(folder: string, context: EngineContext): Promise<SitePackagesIndex> {
  const index = new Map<string, InstalledDistribution[]>();
  for (const entry of await listing(folder, context)) {
    const distribution = distributionOf(folder, entry.name, entry.kind);
    if (!distribution) continue;
    // `foo_bar-1.0.dist-info`: the name is escaped (`_` for `-`/`.`) and has no `-` of its own.
    const key = normalizeName(entry.name.slice(0, entry.name.indexOf('-') === -1 ? entry.name.lastIndexOf('.') : entry.name.indexOf('-')));
    const same = index.get(key);
    if (same) same.push(distribution);
    else index.set(key, [distribution]);
  }
  return index;
}

function distributionOf(folder: string, name: string, kind: string): InstalledDistribution | undefined {
  const path = joinPath(folder, name);
  if (name.endsWith('.dist-info') && kind === 'directory') return { path, metadataFile: joinPath(path, 'METADATA'), format: 'dist-info' };
  if (name.endsWith('.egg-info')) {
    if (kind === 'directory') return { path, metadataFile: joinPath(path, 'PKG-INFO'), format: 'egg-info' };
    if (kind === 'file') return { path, metadataFile: path, format: 'egg-info' };
  }
  return undefined;
}

async function listing(path: string, context: EngineContext) {
  try {
    return await context.fs.readDirectory(path);
  } catch {
    return [];
  }
}
