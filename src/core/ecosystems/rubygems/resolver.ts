// Finds what is known about a gem: its version (Gemfile.lock), then its installed specification
// (`s.licenses = [...]`, read from tokens) and, when that declares nothing, the licence files in the
// gem's folder. Gems from a git source are read from Bundler's checkouts.
import { memo, readText, type EngineContext } from '../../context';
import { ancestorsWithin, joinPath } from '../../fs/paths';
import { resolveDeclaredLicense } from '../../licenses';
import type { DeclaredDependency, Resolution, Resolver } from '../ecosystem';
import { gemDirectories } from './gemDirectories';
import { gemspecLicenses } from './gemspec';
import { readGemfileLock, splitPlatform } from './lockfile';

interface InstalledGem {
  readonly version: string | undefined;
  /** The specification to read the licence from. */
  readonly spec: string;
  /** The gem's files, where its LICENSE is. */
  readonly dir: string;
}

const EXACT_VERSION = /^\d+(\.[0-9A-Za-z]+)*$/;
const GEMFILES = ['Gemfile', 'gems.rb'];
const LOCKFILES = ['Gemfile.lock', 'gems.locked'];

export function createRubyGemsResolver(directory: string, context: EngineContext): Resolver {
  return {
    resolve: (dependency) => memo(context, `rubygems:resolve:${directory}:${dependency.name}@${dependency.spec}:${dependency.locator}`, () => resolve(directory, dependency, context)),
  };
}

async function resolve(directory: string, dependency: DeclaredDependency, context: EngineContext): Promise<Resolution> {
  if (dependency.locator?.startsWith('path:')) return { version: null, license: null, evidence: [], internal: 'a gem from a local path' };
  const root = await bundleRoot(directory, context);
  const version = dependency.spec !== null && EXACT_VERSION.test(dependency.spec) ? dependency.spec : (await lockedVersions(root, context)).get(dependency.name);
  const dirs = await gemDirectories(root, context);
  const installed = dependency.locator?.startsWith('git:')
    ? await findCheckout(dirs, dependency.name, dependency.locator.slice('git:'.length), version, context)
    : await findInstalled(dirs, dependency.name, version, context);
  if (!installed) return { version: version ?? null, license: null, evidence: [] };

  const license = await specificationLicense(installed, context);
  return { version: installed.version ?? null, license: license.expression, evidence: license.evidence };
}

/** A gem's licence, read once however many Gemfiles, lockfiles and gemspecs name it. */
function specificationLicense(installed: InstalledGem, context: EngineContext) {
  return memo(context, `rubygems:license:${installed.spec}`, async () => {
    const text = await readText(context, installed.spec);
    // RubyGems' `licenses` lists alternatives (Ruby's own gems: ["Ruby", "BSD-2-Clause"]), as an array means to normalizeDeclared.
    const declared = text === undefined ? undefined : gemspecLicenses(text);
    return resolveDeclaredLicense(context, declared, { packageDir: installed.dir, metadataFile: installed.spec, field: 'licenses' });
  });
}

/**
 * The folder Bundler works from for files in `directory`: the nearest one up with a Gemfile or a
 * lockfile (a gemspec in `engines/x/` is bundled by the app's Gemfile), else `directory` itself.
 */
function bundleRoot(directory: string, context: EngineContext): Promise<string> {
  return memo(context, `rubygems:bundle-root:${directory}`, async () => {
    for (const dir of ancestorsWithin(context.root, directory)) {
      for (const name of [...GEMFILES, ...LOCKFILES]) if ((await context.fs.stat(joinPath(dir, name)))?.kind === 'file') return dir;
    }
    return directory;
  });
}

/** Versions in the project's Gemfile.lock, by gem name. */
function lockedVersions(directory: string, context: EngineContext): Promise<ReadonlyMap<string, string>> {
  return memo(context, `rubygems:lock:${directory}`, async () => {
    const versions = new Map<string, string>();
    for (const name of LOCKFILES) {
      const text = await readText(context, joinPath(directory, name));
      if (text === undefined) continue;
      for (const gem of readGemfileLock(text).gems) if (!versions.has(gem.name)) versions.set(gem.name, gem.version);
      break;
    }
    return versions;
  });
}

interface SpecEntry {
  readonly version: string;
  readonly fullName: string;
}

/** `specifications/` of one gem directory, by gem name (one listing per directory and scan). */
function specifications(gemDir: string, context: EngineContext): Promise<ReadonlyMap<string, readonly SpecEntry[]>> {
  return memo(context, `rubygems:specs:${gemDir}`, async () => {
    const byName = new Map<string, SpecEntry[]>();
    let entries;
    try {
      entries = await context.fs.readDirectory(joinPath(gemDir, 'specifications'));
    } catch {
      return byName;
    }
    for (const entry of entries) {
      if (!entry.name.endsWith('.gemspec')) continue;
      const fullName = entry.name.slice(0, -'.gemspec'.length);
      // `net-http-0.4.1`, `nokogiri-1.16.0-x86_64-linux`: the version is the first part starting with a digit.
      const parts = fullName.split('-');
      const at = parts.findIndex((p, i) => i > 0 && /^\d/.test(p));
      if (at === -1) continue;
      const name = parts.slice(0, at).join('-');
      const { version } = splitPlatform(parts.slice(at).join('-'));
      byName.set(name, [...(byName.get(name) ?? []), { version, fullName }]);
    }
    return byName;
  });
}

/** Orders gem versions as RubyGems does: missing segments are 0, a letter segment (pre-release) sorts before any number. */
export function compareGemVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) {
      if (Number(x) !== Number(y)) return Number(x) - Number(y);
      continue;
    }
    if (nx !== ny) return nx ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

async function findInstalled(dirs: readonly string[], name: string, version: string | undefined, context: EngineContext): Promise<InstalledGem | undefined> {
  let newest: InstalledGem | undefined;
  for (const gemDir of dirs) {
    for (const entry of (await specifications(gemDir, context)).get(name) ?? []) {
      const found = { version: entry.version, spec: joinPath(gemDir, 'specifications', `${entry.fullName}.gemspec`), dir: joinPath(gemDir, 'gems', entry.fullName) };
      if (version !== undefined && entry.version === version) return found;
      // Without a known version, the newest installed one stands in: licences rarely change between versions.
      if (version === undefined && (!newest || compareGemVersions(entry.version, newest.version!) > 0)) newest = found;
    }
  }
  return newest;
}

/** The repository name Bundler names a checkout after: `https://github.com/rails/rails.git`, `rails/rails` → `rails`. */
function repositoryName(source: string): string {
  return source.replace(/\/+$/, '').replace(/\.git$/, '').split(/[/:]/).pop() ?? source;
}

/**
 * A gem from a git source: Bundler's checkout `bundler/gems/<repository>-<revision>/`, holding the
 * gem's source gemspec at its top or, in a repository of several gems, in the gem's own folder.
 */
async function findCheckout(dirs: readonly string[], name: string, source: string, version: string | undefined, context: EngineContext): Promise<InstalledGem | undefined> {
  const prefix = `${repositoryName(source)}-`;
  for (const gemDir of dirs) {
    const checkouts = joinPath(gemDir, 'bundler', 'gems');
    const entries = await memo(context, `rubygems:checkouts:${checkouts}`, () => context.fs.readDirectory(checkouts).catch(() => []));
    for (const entry of entries) {
      if (entry.kind !== 'directory' || !entry.name.startsWith(prefix) || !/^[0-9a-f]{7,40}$/.test(entry.name.slice(prefix.length))) continue;
      for (const dir of [joinPath(checkouts, entry.name), joinPath(checkouts, entry.name, name)]) {
        const spec = joinPath(dir, `${name}.gemspec`);
        if ((await context.fs.stat(spec))?.kind === 'file') return { version, spec, dir };
      }
    }
  }
  return undefined;
}
