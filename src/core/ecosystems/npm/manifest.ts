// package.json: the dependencies a project declares, each located where its name is written.
import type { DependencyScope } from '../../types';
import { objectProperties, parseJsonObject, propertyValue, stringContentRange, stringValue } from '../../text/json';
import type { DeclaredDependency, ParsedManifest, SourceFile } from '../ecosystem';

const SECTIONS: readonly (readonly [string, DependencyScope])[] = [
  ['dependencies', 'runtime'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
];

/** Specs that point at the project's own code rather than a third-party package. */
const LOCAL_SPEC = /^(workspace:|file:|link:|portal:)/;

export function parsePackageJson(file: SourceFile): ParsedManifest {
  const { object, lines, problems } = parseJsonObject(file.text, 'package.json');
  const dependencies: DeclaredDependency[] = [];
  const seen = new Set<string>();
  for (const [section, scope] of SECTIONS) {
    for (const { key, keyNode, value } of objectProperties(propertyValue(object, section))) {
      const spec = stringValue(value) ?? null;
      if (!key || (spec !== null && LOCAL_SPEC.test(spec))) continue;
      // A package listed as both peer and dev dependency is reported once, where it is first declared.
      if (seen.has(key)) continue;
      seen.add(key);
      dependencies.push({ name: key, spec, range: stringContentRange(keyNode, lines), scope, direct: true });
    }
  }
  return { dependencies, problems };
}
