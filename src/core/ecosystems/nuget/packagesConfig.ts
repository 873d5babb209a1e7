// packages.config: the legacy (non-SDK) .NET projects' list of packages, each pinned to one version.
import { attributeSpan, nameRange, parseXml } from '../../text/xml';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';

export function parsePackagesConfig(file: SourceFile): ParsedManifest {
  const xml = parseXml(file.text);
  const { root, lines, problem } = xml;
  const problems: ParseProblem[] = problem ? [problem] : [];
  if (!root) return { dependencies: [], problems };
  if (root.name !== 'packages') {
    problems.push({ range: nameRange(root, lines), message: `packages.config's root element should be <packages>, not <${root.name}>` });
    return { dependencies: [], problems };
  }
  const dependencies: DeclaredDependency[] = [];
  for (const element of root.children) {
    if (element.name !== 'package') continue;
    const id = element.attributes['id']?.trim();
    const span = attributeSpan(xml, element, 'id');
    if (!id || !span) {
      problems.push({ range: nameRange(element, lines), message: '<package> needs an id attribute' });
      continue;
    }
    dependencies.push({
      name: id,
      spec: element.attributes['version']?.trim() || null,
      range: lines.range(span.offset + xml.text.slice(span.offset, span.offset + span.length).indexOf(id), id.length),
      scope: element.attributes['developmentDependency']?.trim() === 'true' ? 'dev' : 'runtime',
      direct: true,
    });
  }
  return { dependencies, problems };
}
