// pyproject.toml: the build system's requirements, PEP 621 `[project]` dependencies and extras,
// PEP 735 `[dependency-groups]`, and the tools' own tables (Poetry, PDM, uv).
import type { ParsedManifest, SourceFile } from '../ecosystem';
import type { DependencyScope } from '../../types';
import { normalizeName, scopeFromName } from './names';
import { isTrue, tableAt, valueAt, type TomlTable, type TomlValue } from '../../text/toml';
import { TomlDeclarations } from './tomlDeclarations';

export function parsePyproject(file: SourceFile): ParsedManifest {
  const out = new TomlDeclarations(file.text);
  const { root } = out;

  const build = valueAt(root, 'build-system', 'requires');
  if (build) out.addRequirementArray(build, 'build');

  const project = tableAt(root, 'project');
  if (project) {
    const dependencies = project.entries.get('dependencies');
    if (dependencies) out.addRequirementArray(dependencies.value, 'runtime');
    const extras = project.entries.get('optional-dependencies');
    if (extras && out.expect(extras.value, 'table', 'a table of extras')) {
      for (const extra of extras.value.entries.values()) out.addRequirementArray(extra.value, scopeFromName(extra.key, 'optional'));
    }
  }

  const groups = root.entries.get('dependency-groups');
  if (groups && out.expect(groups.value, 'table', 'a table of dependency groups')) dependencyGroups(out, groups.value);

  const poetry = tableAt(root, 'tool', 'poetry');
  if (poetry) {
    poetryDependencies(out, poetry.entries.get('dependencies')?.value, 'runtime');
    poetryDependencies(out, poetry.entries.get('dev-dependencies')?.value, 'dev');
    const poetryGroups = tableAt(poetry, 'group');
    for (const group of poetryGroups?.entries.values() ?? []) {
      if (group.value.kind === 'table') poetryDependencies(out, group.value.entries.get('dependencies')?.value, scopeFromName(group.key, 'dev'));
    }
  }

  const pdmGroups = valueAt(root, 'tool', 'pdm', 'dev-dependencies');
  if (pdmGroups && out.expect(pdmGroups, 'table', 'a table of dependency groups')) {
    for (const group of pdmGroups.entries.values()) out.addRequirementArray(group.value, scopeFromName(group.key, 'dev'));
  }

  const uvDev = valueAt(root, 'tool', 'uv', 'dev-dependencies');
  if (uvDev) out.addRequirementArray(uvDev, 'dev');

  const result = out.result();
  const local = localSources(root);
  return local.size ? { ...result, dependencies: result.dependencies.filter((d) => !local.has(normalizeName(d.name))) } : result;
}

/** uv's `[tool.uv.sources]`: packages taken from the workspace or a local path are the project's own code. */
function localSources(root: TomlTable): Set<string> {
  const local = new Set<string>();
  for (const source of tableAt(root, 'tool', 'uv', 'sources')?.entries.values() ?? []) {
    const sources = source.value.kind === 'array' ? source.value.items : [source.value];
    if (sources.some((s) => s.kind === 'table' && (isTrue(s, 'workspace') || s.entries.has('path')))) local.add(normalizeName(source.key));
  }
  return local;
}

/** PEP 735 groups: requirement strings and `{ include-group = "name" }` references to other groups. */
function dependencyGroups(out: TomlDeclarations, groups: TomlTable): void {
  for (const group of groups.entries.values()) {
    if (!out.expect(group.value, 'array', 'an array of requirements and include-group tables')) continue;
    const scope = scopeFromName(group.key, 'dev');
    for (const item of group.value.items) {
      if (item.kind !== 'table') {
        out.addRequirementString(item, scope);
        continue;
      }
      const include = item.entries.get('include-group');
      if (!include || include.value.kind !== 'string') {
        out.problem(item, 'Expected a requirement string or { include-group = "name" }');
      } else if (!hasGroup(groups, include.value.value)) {
        out.problem(include.value, `No dependency group "${include.value.value}" to include`);
      }
    }
  }
}

/** Group names compare as package names do (PEP 735). */
function hasGroup(groups: TomlTable, name: string): boolean {
  const wanted = normalizeName(name);
  for (const key of groups.entries.keys()) if (normalizeName(key) === wanted) return true;
  return false;
}

/** Poetry's `name = spec` tables; `python` is the interpreter, not a package. */
function poetryDependencies(out: TomlDeclarations, table: TomlValue | undefined, scope: DependencyScope): void {
  if (!table || !out.expect(table, 'table', 'a table of dependencies')) return;
  for (const entry of table.entries.values()) {
    if (entry.key.toLowerCase() !== 'python') out.addNamedEntry(entry, scope);
  }
}
