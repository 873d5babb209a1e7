// composer.json: the packages a PHP project requires, each located where its name is written.
import type { DependencyScope } from '../../types';
import { parseJson, property, stringContentRange } from '../../text/json';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';

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
  const { root, lines, problem } = parseJson(file.text);
  const problems: ParseProblem[] = problem ? [problem] : [];
  if (!root) return { dependencies: [], problems };
  if (root.type !== 'object') {
    return { dependencies: [], problems: [...problems, { range: lines.range(root.offset, 1), message: 'composer.json should hold a JSON object' }] };
  }
  const dependencies: DeclaredDependency[] = [];
  const seen = new Set<string>();
  for (const [section, scope] of SECTIONS) {
    const block = property(root, section)?.children?.[1];
    if (block?.type !== 'object') continue;
    for (const entry of block.children ?? []) {
      const [key, value] = entry.children ?? [];
      if (key?.type !== 'string' || typeof key.value !== 'string' || isPlatformPackage(key.value)) continue;
      // Composer package names are case-insensitive; it knows them in lower case, as lockfiles write them.
      const name = key.value.toLowerCase();
      if (seen.has(name)) continue;
      seen.add(name);
      const spec = value?.type === 'string' && typeof value.value === 'string' ? value.value : null;
      dependencies.push({ name, spec, range: stringContentRange(key, lines), scope, direct: true });
    }
  }
  return { dependencies, problems };
}
