// uv.lock: one `[[package]]` per resolved package, the project itself (and each workspace member)
// among them with an `editable` or `virtual` source. The members' dependency lists say which
// packages the project asked for (direct) and in which scope; the others get the scope of the
// first direct dependency, in scope order, that pulls them in.
import type { ParsedManifest, SourceFile } from '../ecosystem';
import type { DependencyScope } from '../../types';
import { normalizeName, scopeFromName } from './names';
import { eachLockedPackage } from './lockedPackages';
import { stringAt, type TomlString, type TomlTable, type TomlValue } from '../../text/toml';
import { TomlDeclarations } from './tomlDeclarations';

const SCOPE_ORDER: readonly DependencyScope[] = ['runtime', 'optional', 'build', 'peer', 'test', 'dev'];

export function parseUvLock(file: SourceFile): ParsedManifest {
  const out = new TomlDeclarations(file.text);
  const packages: { table: TomlTable; name: TomlString }[] = [];
  eachLockedPackage(out, 'package', (table, name) => packages.push({ table, name }));

  const edges = new Map<string, string[]>();
  const roots = new Map<DependencyScope, string[]>();
  for (const { table, name } of packages) {
    const key = normalizeName(name.value);
    const own = [...dependencyNames(table.entries.get('dependencies')?.value), ...groupNames(table, 'optional-dependencies').flatMap(([, names]) => names)];
    edges.set(key, [...(edges.get(key) ?? []), ...own]);
    if (!isProjectMember(table)) continue;
    addRoots(roots, 'runtime', dependencyNames(table.entries.get('dependencies')?.value));
    for (const [group, names] of groupNames(table, 'optional-dependencies')) addRoots(roots, scopeFromName(group, 'optional'), names);
    for (const [group, names] of groupNames(table, 'dev-dependencies')) addRoots(roots, scopeFromName(group, 'dev'), names);
  }

  const direct = new Set([...roots.values()].flat());
  const scopes = new Map<string, DependencyScope>();
  for (const scope of SCOPE_ORDER) {
    const queue = (roots.get(scope) ?? []).filter((n) => !scopes.has(n));
    for (const n of queue) scopes.set(n, scope);
    while (queue.length) {
      for (const next of edges.get(queue.pop() as string) ?? []) {
        if (scopes.has(next)) continue;
        scopes.set(next, scope);
        queue.push(next);
      }
    }
  }

  for (const { table, name } of packages) {
    if (isProjectMember(table)) continue;
    const key = normalizeName(name.value);
    out.add({
      name: name.value,
      spec: stringAt(table, 'version')?.value ?? null,
      range: out.stringRange(name),
      scope: scopes.get(key) ?? 'runtime',
      direct: direct.has(key),
    });
  }
  return out.result();
}

/** The project and its workspace members: `source = { editable = "." }` or `{ virtual = "." }`. */
function isProjectMember(table: TomlTable): boolean {
  const source = table.entries.get('source')?.value;
  return source?.kind === 'table' && (source.entries.has('editable') || source.entries.has('virtual'));
}

/** Names in `[{ name = "idna" }, { name = "sniffio", marker = "…" }]`, normalised. */
function dependencyNames(value: TomlValue | undefined): string[] {
  if (value?.kind !== 'array') return [];
  return value.items.flatMap((item) => {
    const name = item.kind === 'table' ? stringAt(item, 'name') : undefined;
    return name ? [normalizeName(name.value)] : [];
  });
}

/** `[package.optional-dependencies]` / `[package.dev-dependencies]`: group → dependency names. */
function groupNames(table: TomlTable, key: string): [string, string[]][] {
  const groups = table.entries.get(key)?.value;
  if (groups?.kind !== 'table') return [];
  return [...groups.entries.values()].map((g) => [g.key, dependencyNames(g.value)]);
}

function addRoots(roots: Map<DependencyScope, string[]>, scope: DependencyScope, names: readonly string[]): void {
  roots.set(scope, [...(roots.get(scope) ?? []), ...names]);
}
