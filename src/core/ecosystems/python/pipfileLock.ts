// Pipfile.lock (JSON): `default` and `develop` map package names to pinned versions (`"==2.31.0"`).
// It does not say which packages the Pipfile asked for, so every entry is indirect.
import type { DeclaredDependency, ParsedManifest, SourceFile } from '../ecosystem';
import { objectProperties, parseJson, propertyValue, stringContentRange, stringValue } from '../../text/json';

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
    for (const { key, keyNode, value } of objectProperties(propertyValue(root, section))) {
      const version = stringValue(propertyValue(value, 'version'));
      dependencies.push({
        name: key,
        spec: version === undefined ? null : version.replace(/^==/, ''),
        range: stringContentRange(keyNode, lines),
        scope,
        direct: false,
      });
    }
  }
  return { dependencies, problems };
}
