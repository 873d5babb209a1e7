// poetry.lock: one `[[package]]` per resolved package. It does not say which the project asked for,
// so every entry is indirect; `category` (Poetry < 1.5) or `groups` (Poetry 2) gives the scope.
import type { ParsedManifest, SourceFile } from '../ecosystem';
import type { DependencyScope } from '../../types';
import { scopeFromName } from './names';
import { isTrue, stringAt, type TomlTable } from '../../text/toml';
import { TomlDeclarations } from './tomlDeclarations';
import { eachLockedPackage } from './lockedPackages';

export function parsePoetryLock(file: SourceFile): ParsedManifest {
  const out = new TomlDeclarations(file.text);
  eachLockedPackage(out, 'package', (table, name) => {
    const version = stringAt(table, 'version');
    out.add({ name: name.value, spec: version?.value ?? null, range: out.stringRange(name), scope: scopeOf(table), direct: false });
  });
  return out.result();
}

function scopeOf(table: TomlTable): DependencyScope {
  if (isTrue(table, 'optional')) return 'optional';
  const category = stringAt(table, 'category')?.value;
  if (category) return category === 'main' ? 'runtime' : scopeFromName(category, 'dev');
  const groups = table.entries.get('groups')?.value;
  if (groups?.kind !== 'array') return 'runtime';
  const names = groups.items.flatMap((g) => (g.kind === 'string' ? [g.value] : []));
  return !names.length || names.includes('main') ? 'runtime' : scopeFromName(names[0], 'dev');
}
