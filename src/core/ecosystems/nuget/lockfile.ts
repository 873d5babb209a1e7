// packages.lock.json (NuGet's opt-in lockfile): every package restore chose, per target framework.
import { objectProperties, parseJson, propertyValue, stringContentRange, stringValue } from '../../text/json';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';

export function parseNuGetLock(file: SourceFile): ParsedManifest {
  const { root, lines, problem } = parseJson(file.text);
  const problems: ParseProblem[] = problem ? [problem] : [];
  if (!root) return { dependencies: [], problems };
  const frameworks = propertyValue(root, 'dependencies');
  if (frameworks?.type !== 'object') {
    problems.push({ range: lines.range(root.offset, 1), message: 'packages.lock.json should hold a "dependencies" object per target framework' });
    return { dependencies: [], problems };
  }
  const dependencies: DeclaredDependency[] = [];
  // The same package under several frameworks (and runtime identifiers) is one dependency per version.
  const seen = new Map<string, number>();
  for (const framework of objectProperties(frameworks)) {
    for (const { key, keyNode, value } of objectProperties(framework.value)) {
      if (value?.type !== 'object') continue;
      const type = stringValue(propertyValue(value, 'type'));
      if (type === 'Project') continue; // a project reference: the solution's own code
      const spec = stringValue(propertyValue(value, 'resolved')) ?? null;
      const direct = type === 'Direct';
      const id = `${key.toLowerCase()}@${spec}`;
      const at = seen.get(id);
      if (at !== undefined) {
        if (direct && !dependencies[at]!.direct) dependencies[at] = { ...dependencies[at]!, direct };
        continue;
      }
      seen.set(id, dependencies.length);
      dependencies.push({ name: key, spec, range: stringContentRange(keyNode, lines), scope: 'runtime', direct });
    }
  }
  return { dependencies, problems };
}
