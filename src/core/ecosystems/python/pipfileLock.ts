// Pipfile.lock (JSON): `default` and `develop` map package names to pinned versions (`"==2.31.0"`).
// It does not say which packages the Pipfile asked for, so every entry is indirect.
import type { DeclaredDependency, ParsedManifest, SourceFile } from '../ecosystem';
import { parseJson, propertyValue, stringContentRange } from '../../text/json';

const SECTIONS = [
  ['default', 'runtime'],
  ['develop', 'dev'],
] as const;

export function parsePipfileLock(file: SourceFile): ParsedManifest {
  const { root, lines, problem } = parseJson(file.text);
  const problems = problem ? [problem] : [];
  if (root && root.type !== 'object') problems.push({ range: lines.range(root.offset, root.length), message: 'Expected a JSON object' });
  const dependencies: DeclaredDependency[] = [];
  for (const [section, scope] of SECTIONS) {
    const packages = propertyValue(root, section);
    for (const entry of packages?.type === 'object' ? packages.children ?? [] : []) {
      const [name, details] = entry.children ?? [];
      if (name?.type !== 'string') continue;
      const version = propertyValue(details, 'version')?.value;
      dependencies.push({
        name: name.value as string,
        spec: typeof version === 'string' ? version.replace(/^==/, '') : null,
        range: stringContentRange(name, lines),
        scope,
        direct: false,
      });
    }
  }
  return { dependencies, problems };
}
