// package-lock.json / npm-shrinkwrap.json (v1–v3) and npm's hidden lockfile
// (node_modules/.package-lock.json): every package installed, where the lockfile lists it, and the
// licence it records.
import { visit } from 'jsonc-parser';
import type { DependencyScope } from '../../types';
import { parseJson } from '../../text/json';
import { LineIndex } from '../../text/lineIndex';
import type { DeclaredDependency, ParsedManifest, SourceFile } from '../ecosystem';

/** What a lockfile records about one installed package (a v1 entry holds fewer fields). */
export interface LockEntry {
  readonly version?: string;
  readonly license?: unknown;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly devOptional?: boolean;
  readonly peer?: boolean;
  readonly link?: boolean;
  readonly name?: string;
  /** v2/v3: the ranges the package asks for; v1: the entries nested under it. */
  readonly dependencies?: Record<string, unknown>;
  readonly devDependencies?: Record<string, unknown>;
  readonly optionalDependencies?: Record<string, unknown>;
  readonly peerDependencies?: Record<string, unknown>;
}

/** A lockfile's entries by install location (`node_modules/a/node_modules/@s/b`), and which tree held them. */
export interface LockEntries {
  /** `packages`: lockfileVersion 2 and 3, flat; `dependencies`: lockfileVersion 1, a nested tree. */
  readonly tree: 'packages' | 'dependencies';
  readonly entries: ReadonlyMap<string, LockEntry>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The entries of a parsed lockfile, v1's tree flattened; undefined when it has neither tree. */
export function lockEntries(lock: unknown): LockEntries | undefined {
  if (!isObject(lock)) return undefined;
  const entries = new Map<string, LockEntry>();
  if (isObject(lock['packages'])) {
    for (const [location, entry] of Object.entries(lock['packages'])) if (isObject(entry)) entries.set(location, entry);
    return { tree: 'packages', entries };
  }
  if (isObject(lock['dependencies'])) {
    flattenV1(lock['dependencies'], '', entries);
    return { tree: 'dependencies', entries };
  }
  return undefined;
}

/** Depth first, each entry before those nested under it: the order the file writes them. */
function flattenV1(tree: Record<string, unknown>, parent: string, out: Map<string, LockEntry>): void {
  for (const [name, entry] of Object.entries(tree)) {
    if (!isObject(entry)) continue;
    const location = `${parent}node_modules/${name}`;
    out.set(location, entry);
    if (isObject(entry['dependencies'])) flattenV1(entry['dependencies'], `${location}/`, out);
  }
}

/** The package name a location installs: `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameFromLocation(location: string): string | undefined {
  const at = location.lastIndexOf('node_modules/');
  return at === -1 ? undefined : location.slice(at + 'node_modules/'.length);
}

function scopeOf(entry: LockEntry): DependencyScope {
  if (entry.dev || entry.devOptional) return 'dev';
  if (entry.peer) return 'peer';
  if (entry.optional) return 'optional';
  return 'runtime';
}

export function parsePackageLock(file: SourceFile): ParsedManifest {
  let lock: unknown;
  try {
    lock = JSON.parse(file.text);
  } catch {
    // Only broken files pay for the slower parser, which says where the error is.
    const { problem } = parseJson(file.text);
    return { dependencies: [], problems: [problem ?? { range: null, message: 'Invalid JSON' }] };
  }
  if (!isObject(lock) || Array.isArray(lock)) {
    return { dependencies: [], problems: [{ range: null, message: 'A lockfile should hold a JSON object' }] };
  }
  const found = lockEntries(lock);
  if (!found) return { dependencies: [], problems: [] };
  const lines = new LineIndex(file.text);
  return found.tree === 'packages' ? fromPackages(file.text, lines, found.entries) : fromV1Tree(file.text, lines, found.entries);
}

/** lockfileVersion 2 and 3: a flat map from install location to entry. */
function fromPackages(text: string, lines: LineIndex, packages: ReadonlyMap<string, LockEntry>): ParsedManifest {
  const offsets = packageKeyOffsets(text, packages.size);
  // Direct dependencies are those the root or a workspace member declares, installed beside it.
  const direct = new Set<string>();
  for (const [location, entry] of packages) {
    if (location.includes('node_modules/')) continue;
    const base = location === '' ? '' : location + '/';
    for (const block of [entry.dependencies, entry.devDependencies, entry.optionalDependencies, entry.peerDependencies]) {
      for (const name of Object.keys(block ?? {})) {
        direct.add(`${base}node_modules/${name}`);
        direct.add(`node_modules/${name}`); // hoisted
      }
    }
  }
  const dependencies: DeclaredDependency[] = [];
  for (const [location, entry] of packages) {
    const name = nameFromLocation(location);
    if (!name || entry.link) continue;
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
function packageKeyOffsets(text: string, count: number): Map<string, number> {
  const offsets = new Map<string, number>();
  const start = text.indexOf('\n  "packages": {\n');
  if (start !== -1) {
    const end = text.indexOf('\n  }', start);
    const key = /\n {4}"((?:[^"\\\n]|\\.)*)": \{/g;
    key.lastIndex = start;
    for (let m = key.exec(text); m && (end === -1 || m.index < end); m = key.exec(text)) {
      offsets.set(JSON.parse(`"${m[1]}"`) as string, m.index + 5);
    }
    if (offsets.size === count) return offsets;
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
function fromV1Tree(text: string, lines: LineIndex, entries: ReadonlyMap<string, LockEntry>): ParsedManifest {
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
  for (const [location, entry] of entries) {
    const name = nameFromLocation(location)!;
    dependencies.push({
      name,
      spec: entry.version ?? null,
      range: lines.range((offsets.get(location) ?? -1) + 1, name.length),
      scope: scopeOf(entry),
      // v1 does not record what the root declares.
      direct: false,
      locator: location,
    });
  }
  return { dependencies, problems: [] };
}
