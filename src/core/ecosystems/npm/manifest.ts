// package.json: the dependencies a project declares, each located where its name is written.
import type { DependencyScope } from '../../types';
import { parseJson, property, stringContentRange } from '../../text/json';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';

const SECTIONS: readonly (readonly [string, DependencyScope])[] = [
  ['dependencies', 'runtime'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
];

/** Specs that point at the project's own code rather than a third-party package. */
const LOCAL_SPEC = /^(workspace:|file:|link:|portal:)/;

export function parsePackageJson(file: SourceFile): ParsedManifest {
  const { root, lines, problem } = parseJson(file.text);
  const problems: ParseProblem[] = problem ? [problem] : [];
  if (!root) return { dependencies: [], problems };
  if (root.type !== 'object') {
    return { dependencies: [], problems: [...problems, { range: lines.range(root.offset, 1), message: 'package.json should hold a JSON object' }] };
  }
  const dependencies: DeclaredDependency[] = [];
  const seen = new Set<string>();
  for (const [section, scope] of SECTIONS) {
    const block = property(root, section)?.children?.[1];
    if (block?.type !== 'object') continue;
    for (const entry of block.children ?? []) {
      const [key, value] = entry.children ?? [];
      if (key?.type !== 'string' || typeof key.value !== 'string' || !key.value) continue;
      const spec = value?.type === 'string' && typeof value.value === 'string' ? value.value : null;
      if (spec !== null && LOCAL_SPEC.test(spec)) continue;
      // A package listed as both peer and dev dependency is reported once, where it is first declared.
      if (seen.has(key.value)) continue;
      seen.add(key.value);
      dependencies.push({ name: key.value, spec, range: stringContentRange(key, lines), scope, direct: true });
    }
  }
  return { dependencies, problems };
}
