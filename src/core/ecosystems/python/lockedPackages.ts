// The `[[package]]` / `[[packages]]` arrays of TOML lockfiles, each checked for a string `name`.
import { stringAt, type TomlString, type TomlTable } from '../../text/toml';
import type { TomlDeclarations } from './tomlDeclarations';

export function eachLockedPackage(
  out: TomlDeclarations,
  key: 'package' | 'packages',
  visit: (table: TomlTable, name: TomlString) => void,
): void {
  const packages = out.root.entries.get(key);
  if (!packages || !out.expect(packages.value, 'array', `[[${key}]] tables`)) return;
  for (const table of packages.value.items) {
    if (!out.expect(table, 'table', `a [[${key}]] table`)) continue;
    const name = stringAt(table, 'name');
    if (name) visit(table, name);
    else out.problem(table, `A [[${key}]] entry without a name`);
  }
}
