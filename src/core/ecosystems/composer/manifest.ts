// composer.json: the packages a PHP project requires, each located where its name is written.
import type { DependencyScope } from '../../types';
import { objectProperties, parseJsonObject, propertyValue, stringContentRange, stringValue } from '../../text/json';
import type { DeclaredDependency, ParsedManifest, SourceFile } from '../ecosystem';

const SECTIONS: readonly (readonly [string, DependencyScope])[] = [
  ['require', 'runtime'],
  ['require-dev', 'dev'],
];

/**
 * Platform packages (`php`, `ext-json`, `lib-icu`, `composer-plugin-api` …) are the runtime, not
 * packages: Composer's own package names always have a vendor and a slash.
 */
function isPlatformPackage(name: string): boolean {
  return !name.includes('/');
}

export function parseComposerJson(file: SourceFile): ParsedManifest {
  const { object, lines, problems } = parseJsonObject(file.text, 'composer.json');
  const dependencies: DeclaredDependency[] = [];
  const seen = new Set<string>();
  for (const [section, scope] of SECTIONS) {
    for (const { key, keyNode, value } of objectProperties(propertyValue(object, section))) {
      if (isPlatformPackage(key)) continue;
      // Composer package names are case-insensitive; it knows them in lower case, as lockfiles write them.
      const name = key.toLowerCase();
      if (seen.has(name)) continue;
      seen.add(name);
      dependencies.push({ name, spec: stringValue(value) ?? null, range: stringContentRange(keyNode, lines), scope, direct: true });
    }
  }
  return { dependencies, problems };
}
