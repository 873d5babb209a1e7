// Cargo.toml: the crates a package or workspace declares, each located where its name is written.
import type { DependencyScope } from '../../types';
import { LineIndex } from '../../text/lineIndex';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';
import { isCargoRequirement } from './requirement';
import { indexSource, locatorOf, type CrateSource } from './source';
import { isTrue, keySpan, parseToml, spanRange, stringAt, stringSpan, tableAt, type Span, type TomlTable, type TomlValue } from '../../text/toml';

/** One entry of a dependency table, read. */
export interface CrateDeclaration {
  /** The name the project uses for the crate: the entry's key. */
  readonly key: string;
  /** The crate's package name (`package = "…"` when the entry renames it, else its key). */
  readonly name: string;
  /** The version requirement as written. */
  readonly requirement: string | null;
  readonly source: CrateSource;
  readonly optional: boolean;
  /** Where the package name is written: the `package` string of a renamed entry, else the key. */
  readonly span: Span;
}

/** The dependency tables of a package, by scope; the underscore spellings are Cargo's old aliases. */
const SECTIONS: readonly (readonly [string, DependencyScope])[] = [
  ['dependencies', 'runtime'],
  ['dev-dependencies', 'dev'],
  ['dev_dependencies', 'dev'],
  ['build-dependencies', 'build'],
  ['build_dependencies', 'build'],
];

export function parseCargoManifest(file: SourceFile): ParsedManifest {
  const document = parseToml(file.text);
  const lines = new LineIndex(file.text);
  const problems: ParseProblem[] = document.problems.map((p) => ({ range: spanRange(lines, p), message: p.message }));
  const report = (span: Span, message: string) => problems.push({ range: spanRange(lines, span), message });

  // In the order they are written, so that a repeated declaration is reported where it first appears.
  const declarations = dependencyTables(document.root)
    .flatMap(([table, scope]) => readDependencyTable(table, report).map((declaration) => ({ declaration, scope })))
    .sort((a, b) => a.declaration.span.start - b.declaration.span.start);
  const dependencies: DeclaredDependency[] = [];
  const seen = new Set<string>();
  for (const { declaration, scope } of declarations) {
    // Path dependencies are the project's own crates (workspace members, local crates): their own
    // Cargo.toml is scanned as a manifest of its own.
    if (declaration.source.kind === 'path') continue;
    const locator = locatorOf(declaration.source);
    // The same requirement repeated (dev and runtime, several targets) is reported once.
    const key = `${declaration.name}\n${declaration.requirement}\n${locator}`;
    if (seen.has(key)) continue;
    seen.add(key);
    dependencies.push({
      name: declaration.name,
      spec: declaration.requirement,
      range: spanRange(lines, declaration.span),
      scope: declaration.optional && scope === 'runtime' ? 'optional' : scope,
      direct: true,
      ...(locator === undefined ? {} : { locator }),
    });
  }
  problems.sort((a, b) => a.range!.start.line - b.range!.start.line || a.range!.start.character - b.range!.start.character);
  return { dependencies, problems };
}

/**
 * Every dependency table of a manifest with its scope: the package's own, those under
 * `[target.<cfg>]`, and the workspace's `[workspace.dependencies]` (reported where the workspace
 * writes the version every member inherits).
 */
function dependencyTables(root: TomlTable): [TomlTable, DependencyScope][] {
  const tables: [TomlTable, DependencyScope][] = [];
  const collect = (owner: TomlValue) => {
    if (owner.kind !== 'table') return;
    for (const [name, scope] of SECTIONS) {
      const table = tableAt(owner, name);
      if (table) tables.push([table, scope]);
    }
  };
  collect(root);
  for (const { value } of tableAt(root, 'target')?.entries.values() ?? []) collect(value);
  const workspace = tableAt(root, 'workspace', 'dependencies');
  if (workspace) tables.push([workspace, 'runtime']);
  return tables;
}

/** Reads one dependency table (`[dependencies]`, `[workspace.dependencies]` …). */
export function readDependencyTable(table: TomlTable, report: (span: Span, message: string) => void): CrateDeclaration[] {
  const declarations: CrateDeclaration[] = [];
  for (const [key, entry] of table.entries) {
    const value = entry.value;
    if (value.kind === 'string') {
      if (!isCargoRequirement(value.value)) report(stringSpan(value), `'${value.value}' is not a valid version requirement`);
      declarations.push({ key, name: key, requirement: value.value, source: { kind: 'crates-io' }, optional: false, span: keySpan(entry) });
      continue;
    }
    if (value.kind !== 'table') {
      report(value, `The dependency '${key}' should be a version string or a table`);
      continue;
    }
    const version = stringAt(value, 'version');
    if (version && !isCargoRequirement(version.value)) report(stringSpan(version), `'${version.value}' is not a valid version requirement`);
    const renamed = stringAt(value, 'package');
    declarations.push({
      key,
      name: renamed?.value ?? key,
      requirement: version?.value ?? null,
      source: sourceOfEntry(value),
      optional: isTrue(value, 'optional'),
      span: renamed ? stringSpan(renamed) : keySpan(entry),
    });
  }
  return declarations;
}

/** Where a table-form dependency comes from, in Cargo's order of precedence. */
function sourceOfEntry(entry: TomlTable): CrateSource {
  const get = (name: string) => stringAt(entry, name)?.value;
  if (isTrue(entry, 'workspace')) return { kind: 'workspace' };
  const git = get('git');
  if (git !== undefined) {
    const rev = get('rev');
    return rev === undefined ? { kind: 'git', url: git } : { kind: 'git', url: git, rev };
  }
  const path = get('path');
  if (path !== undefined) return { kind: 'path', path };
  const registry = get('registry');
  if (registry !== undefined) return { kind: 'named-registry', name: registry };
  const index = get('registry-index');
  if (index !== undefined) return indexSource(index);
  return { kind: 'crates-io' };
}
