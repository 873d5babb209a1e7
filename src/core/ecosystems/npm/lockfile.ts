// package-lock.json / npm-shrinkwrap.json (v1–v3) and npm's hidden lockfile
// (node_modules/.package-lock.json): every package installed, where the lockfile lists it, and the
// licence it records.
import { visit } from 'jsonc-parser';
import type { DependencyScope } from '../../types';
import { parseJson } from '../../text/json';
import { LineIndex } from '../../text/lineIndex';
import type { DeclaredDependency, ParsedManifest, SourceFile } from '../ecosystem';

interface LockEntry {
  readonly version?: string;
  readonly license?: unknown;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly devOptional?: boolean;
  readonly peer?: boolean;
  readonly link?: boolean;
  readonly name?: string;
  readonly dependencies?: Record<string, unknown>;
  readonly devDependencies?: Record<string, unknown>;
  readonly optionalDependencies?: Record<string, unknown>;
  readonly peerDependencies?: Record<string, unknown>;
}

interface LockV1Entry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly dependencies?: Record<string, LockV1Entry>;
}

interface Lockfile {
  readonly lockfileVersion?: number;
  readonly packages?: Record<string, LockEntry>;
  readonly dependencies?: Record<string, LockV1Entry>;
}

/** The package name a `packages` key installs: `node_modules/a/node_modules/@s/b` → `@s/b`. */
export function nameFromLocation(location: string): string | undefined {
  const at = location.lastIndexOf('node_modules/');
  return at === -1 ? undefined : location.slice(at + 'node_modules/'.length);
}

function scopeOf(entry: { dev?: boolean; optional?: boolean; devOptional?: boolean; peer?: boolean }): DependencyScope {
  if (entry.dev || entry.devOptional) return 'dev';
  if (entry.peer) return 'peer';
  if (entry.optional) return 'optional';
  return 'runtime';
}

export function parsePackageLock(file: SourceFile): ParsedManifest {
  let lock: Lockfile;
  try {
    lock = JSON.parse(file.text) as Lockfile;
  } catch {
    // Only broken files pay for the slower parser, which says where the error is.
    const { problem } = parseJson(file.text);
    return { dependencies: [], problems: [problem ?? { range: null, message: 'Invalid JSON' }] };
  }
  if (typeof lock !== 'object' || lock === null || Array.isArray(lock)) {
    return { dependencies: [], problems: [{ range: null, message: 'A lockfile should hold a JSON object' }] };
  }
  const lines = new LineIndex(file.text);
  if (lock.packages && typeof lock.packages === 'object') return fromPackages(file.text, lines, lock.packages);
  if (lock.dependencies && typeof lock.dependencies === 'object') return fromV1Tree(file.text, lines, lock.dependencies);
  return { dependencies: [], problems: [] };
}

/** lockfileVersion 2 and 3: a flat map from install location to entry. */
function fromPackages(text: string, lines: LineIndex, packages: Record<string, LockEntry>): ParsedManifest {
  const offsets = packageKeyOffsets(text, packages);
  // Direct dependencies are those the root or a workspace member declares, installed beside it.
  const direct = new Set<string>();
  for (const [location, entry] of Object.entries(packages)) {
    if (location.includes('node_modules/') || typeof entry !== 'object' || entry === null) continue;
    const base = location === '' ? '' : location + '/';
    for (const block of [entry.dependencies, entry.devDependencies, entry.optionalDependencies, entry.peerDependencies]) {
      for (const name of Object.keys(block ?? {})) {
        direct.add(`${base}node_modules/${name}`);
        direct.add(`node_modules/${name}`); // hoisted
      }
    }
  }
  const dependencies: DeclaredDependency[] = [];
  for (const [location, entry] of Object.entries(packages)) {
    const name = nameFromLocation(location);
    if (!name || typeof entry !== 'object' || entry === null || entry.link) continue;
    const offset = offsets.get(location) ?? 0;
    dependencies.push({
      name: entry.name ?? name,
      spec: entry.version ?? null,
      range: lines.range(offset + 1, location.length),
      scope: scopeOf(entry),
      direct: direct.has(location),
      declaredLicense: entry.license,
      locator: location,
    });
  }
  return { dependencies, problems: [] };
}

/**
 * Offsets of the `packages` keys. npm always writes lockfiles indented by two spaces, so a regular
 * expression over the `packages` block finds them many times faster than a JSON scanner; when the
 * file is formatted otherwise, the scanner does it.
 */
function packageKeyOffsets(text: string, packages: Record<string, unknown>): Map<string, number> {
  const offsets = new Map<string, number>();
  const start = text.indexOf('\n  "packages": {\n');
  if (start !== -1) {
    const end = text.indexOf('\n  }', start);
    const key = /\n {4}"((?:[^"\\\n]|\\.)*)": \{/g;
    key.lastIndex = start;
    for (let m = key.exec(text); m && (end === -1 || m.index < end); m = key.exec(text)) {
      offsets.set(JSON.parse(`"${m[1]}"`) as string, m.index + 5);
    }
    if (offsets.size === Object.keys(packages).length) return offsets;
    offsets.clear();
  }
  let depth = 0;
  let inPackages = false;
  visit(text, {
    onObjectBegin: () => void depth++,
    onObjectEnd: () => {
      depth--;
      if (depth === 1) inPackages = false;
    },
    onObjectProperty: (name, offset) => {
      if (depth === 1) inPackages = name === 'packages';
      else if (depth === 2 && inPackages) offsets.set(name, offset);
    },
  });
  return offsets;
}

/** lockfileVersion 1: a tree of `dependencies`, nested where npm nested the install. */
function fromV1Tree(text: string, lines: LineIndex, tree: Record<string, LockV1Entry>): ParsedManifest {
  // Each entry's key offset, by install location (`node_modules/a/node_modules/b`). The visitor's path
  // is the enclosing object's: ['dependencies', 'a', 'dependencies'] for b.
  const offsets = new Map<string, number>();
  visit(text, {
    onObjectProperty: (name, offset, _length, _line, _character, pathSupplier) => {
      const path = pathSupplier();
      if (path.length % 2 === 0 || !path.every((segment, i) => i % 2 === 1 || segment === 'dependencies')) return;
      const parents = path.filter((_, i) => i % 2 === 1);
      offsets.set([...parents, name].map((n) => `node_modules/${n}`).join('/'), offset);
    },
  });
  const dependencies: DeclaredDependency[] = [];
  const walk = (entries: Record<string, LockV1Entry>, parent: string) => {
    for (const [name, entry] of Object.entries(entries)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const location = `${parent}node_modules/${name}`;
      dependencies.push({
        name,
        spec: entry.version ?? null,
        range: lines.range((offsets.get(location) ?? -1) + 1, name.length),
        scope: scopeOf(entry),
        // v1 does not record what the root declares.
        direct: false,
        locator: location,
      });
      if (entry.dependencies) walk(entry.dependencies, `${location}/`);
    }
  };
  walk(tree, '');
  return { dependencies, problems: [] };
}
