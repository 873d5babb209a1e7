// Pipfile (TOML): `[packages]`, `[dev-packages]` and pipenv's custom package categories.
import type { ParsedManifest, SourceFile } from '../ecosystem';
import { scopeFromName } from './names';
import { TomlDeclarations } from './tomlDeclarations';

/** Tables that hold settings, not packages. */
const SETTINGS = new Set(['source', 'requires', 'scripts', 'pipenv']);

export function parsePipfile(file: SourceFile): ParsedManifest {
  const out = new TomlDeclarations(file.text);
  for (const section of out.root.entries.values()) {
    if (SETTINGS.has(section.key) || !out.expect(section.value, 'table', `a table of packages in [${section.key}]`)) continue;
    const scope = section.key === 'packages' ? 'runtime' : section.key === 'dev-packages' ? 'dev' : scopeFromName(section.key, 'optional');
    for (const entry of section.value.entries.values()) out.addNamedEntry(entry, scope);
  }
  return out.result();
}
