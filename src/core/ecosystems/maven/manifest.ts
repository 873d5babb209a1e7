// pom.xml: the dependencies a Maven project declares, with versions from its own properties and
// dependencyManagement. What only a parent or an imported BOM knows is left for the resolver.
import type { DependencyScope } from '../../types';
import { child, nameRange, parseXml, textRange } from '../../text/xml';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';
import { pomModel, readPom } from './pom';

/**
 * Maven scopes → Openness scopes. `provided` and `system` are compiled against but not shipped
 * (the container or the machine supplies them): 'build'. `import` only exists in dependencyManagement.
 */
function scopeOf(scope: string | undefined, optional: boolean): DependencyScope | undefined {
  switch (scope ?? 'compile') {
    case 'compile':
    case 'runtime':
      return optional ? 'optional' : 'runtime';
    case 'provided':
    case 'system':
      return 'build';
    case 'test':
      return 'test';
    default:
      return undefined;
  }
}

export function parsePom(file: SourceFile): ParsedManifest {
  const { root, lines, problem } = parseXml(file.text);
  const problems: ParseProblem[] = problem ? [problem] : [];
  if (!root) return { dependencies: [], problems };
  if (root.name !== 'project') {
    problems.push({ range: nameRange(root, lines), message: `A pom.xml's root element should be <project>, not <${root.name}>` });
    return { dependencies: [], problems };
  }
  const pom = readPom(root);
  const model = pomModel([pom]);
  const dependencies: DeclaredDependency[] = [];
  const seen = new Set<string>();
  for (const dependency of pom.dependencies) {
    const artifact = child(dependency.element, 'artifactId');
    if (!dependency.groupId || !dependency.artifactId || !artifact) {
      problems.push({ range: nameRange(dependency.element, lines), message: 'A dependency needs a <groupId> and an <artifactId>' });
      continue;
    }
    const name = `${model.interpolate(dependency.groupId)}:${model.interpolate(dependency.artifactId)}`;
    const managed = model.managed.get(name);
    const scopeWritten = dependency.scope ?? managed?.scope;
    const scope = scopeOf(scopeWritten, dependency.optional);
    if (!scope) {
      const at = child(dependency.element, 'scope') ?? dependency.element;
      problems.push({ range: textRange(at, lines), message: `Unknown Maven scope "${scopeWritten}"` });
      continue;
    }
    // The same artifact again (another classifier or type) has the same licence: reported once.
    if (seen.has(name)) continue;
    seen.add(name);
    const version = dependency.version !== undefined ? model.interpolate(dependency.version) : managed?.version;
    dependencies.push({ name, spec: version ?? null, range: textRange(artifact, lines), scope, direct: true });
  }
  return { dependencies, problems };
}
