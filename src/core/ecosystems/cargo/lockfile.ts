// Cargo.lock (format versions 1 to 4): every crate the build resolved, with its exact version and
// source. Entries without a source are the workspace's own crates and are left out.
import { LineIndex } from '../../text/lineIndex';
import type { DeclaredDependency, ParsedManifest, SourceFile } from '../ecosystem';
import { parseToml, spanRange, stringAt, stringSpan, valueAt, type TomlTable } from '../../text/toml';

/** The `[[package]]` tables of a parsed Cargo.lock. */
function packageTables(root: TomlTable): TomlTable[] {
  const packages = valueAt(root, 'package');
  return packages?.kind === 'array' ? packages.items.filter((item): item is TomlTable => item.kind === 'table') : [];
}

export function parseCargoLock(file: SourceFile): ParsedManifest {
  const document = parseToml(file.text);
  const lines = new LineIndex(file.text);
  const dependencies: DeclaredDependency[] = [];
  for (const table of packageTables(document.root)) {
    const name = stringAt(table, 'name');
    const version = stringAt(table, 'version');
    const source = stringAt(table, 'source');
    if (!name || !version || !source) continue;
    dependencies.push({
      name: name.value,
      spec: version.value,
      range: spanRange(lines, stringSpan(name)),
      scope: 'runtime',
      direct: false,
      // Cargo.lock's `source` notation is the locator's (see source.ts).
      locator: source.value,
    });
  }
  return { dependencies, problems: document.problems.map((p) => ({ range: spanRange(lines, p), message: p.message })) };
}
