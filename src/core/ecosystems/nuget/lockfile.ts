// packages.lock.json (NuGet's opt-in lockfile): every package restore chose, per target framework.
import { parseJson, stringContentRange } from '../../text/json';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';

export function parseNuGetLock(file: SourceFile): ParsedManifest {
  const { root, lines, problem } = parseJson(file.text);
  const problems: ParseProblem[] = problem ? [problem] : [];
  if (!root) return { dependencies: [], problems };
  const frameworks = root.type === 'object' ? root.children?.find((p) => p.children?.[0]?.value === 'dependencies')?.children?.[1] : undefined;
  if (frameworks?.type !== 'object') {
    problems.push({ range: lines.range(root.offset, 1), message: 'packages.lock.json should hold a "dependencies" object per target framework' });
    return { dependencies: [], problems };
  }
  const dependencies: DeclaredDependency[] = [];
  // The same package under several frameworks (and runtime identifiers) is one dependency per version.
  const seen = new Map<string, number>();
  for (const framework of frameworks.children ?? []) {
    for (const entry of framework.children?.[1]?.children ?? []) {
      const [key, value] = entry.children ?? [];
      if (key?.type !== 'string' || typeof key.value !== 'string' || value?.type !== 'object') continue;
      const field = (name: string): unknown => value.children?.find((p) => p.children?.[0]?.value === name)?.children?.[1]?.value;
      const type = field('type');
      if (type === 'Project') continue; // a project reference: the solution's own code
      const resolved = field('resolved');
      const spec = typeof resolved === 'string' ? resolved : null;
      const direct = type === 'Direct';
      const id = `${key.value.toLowerCase()}@${spec}`;
      const at = seen.get(id);
      if (at !== undefined) {
        if (direct && !dependencies[at]!.direct) dependencies[at] = { ...dependencies[at]!, direct };
        continue;
      }
      seen.set(id, dependencies.length);
      dependencies.push({ name: key.value, spec, range: stringContentRange(key, lines), scope: 'runtime', direct });
    }
  }
  return { dependencies, problems };
}
