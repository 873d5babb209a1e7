// pylock.toml (PEP 751): `[[packages]]` with a name and, for registry packages, a version. The
// format does not say which packages the project asked for, so every entry is indirect.
import type { ParsedManifest, SourceFile } from '../ecosystem';
import { eachLockedPackage } from './lockedPackages';
import { stringAt } from '../../text/toml';
import { TomlDeclarations } from './tomlDeclarations';

export function parsePylock(file: SourceFile): ParsedManifest {
  const out = new TomlDeclarations(file.text);
  eachLockedPackage(out, 'packages', (table, name) => {
    // A `directory` package is the project's own code (`[packages.directory] path = "."`).
    if (table.entries.has('directory')) return;
    const version = stringAt(table, 'version');
    out.add({ name: name.value, spec: version?.value ?? null, range: out.stringRange(name), scope: 'runtime', direct: false });
  });
  return out.result();
}
