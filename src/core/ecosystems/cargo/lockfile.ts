// Cargo.lock (format versions 1 to 4): every crate the build resolved, with its exact version and
// source. Entries without a source are the workspace's own crates and are left out.
import { LineIndex } from '../../text/lineIndex';
import type { DeclaredDependency, ParsedManifest, SourceFile } from '../ecosystem';
import { parseToml, spanRange, stringAt, stringSpan, valueAt, type TomlString, type TomlTable } from '../../text/toml';

/** A crate Cargo.lock pins, as its strings: name, exact version and source. */
export interface LockedCrate {
  readonly name: TomlString;
  readonly version: TomlString;
  readonly source: TomlString;
}

/** The `[[package]]` entries of a parsed Cargo.lock that have a source (the rest are the workspace's own). */
export function lockedCrates(root: TomlTable): LockedCrate[] {
  const packages = valueAt(root, 'package');
  if (packages?.kind !== 'array') return [];
  const crates: LockedCrate[] = [];
  for (const table of packages.items) {
    if (table.kind !== 'table') continue;
    const name = stringAt(table, 'name');
    const version = stringAt(table, 'version');
    const source = stringAt(table, 'source');
    if (name && version && source) crates.push({ name, version, source });
  }
  return crates;
}

export function parseCargoLock(file: SourceFile): ParsedManifest {
  const document = parseToml(file.text);
  const lines = new LineIndex(file.text);
  const dependencies: DeclaredDependency[] = lockedCrates(document.root).map(({ name, version, source }) => ({
    name: name.value,
    spec: version.value,
    range: spanRange(lines, stringSpan(name)),
    scope: 'runtime',
    direct: false,
    // Cargo.lock's `source` notation is the locator's (see source.ts).
    locator: source.value,
  }));
  return { dependencies, problems: document.problems.map((p) => ({ range: spanRange(lines, p), message: p.message })) };
}
