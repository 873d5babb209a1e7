// MSBuild files: SDK-style projects (*.csproj, *.fsproj, *.vbproj), Directory.Build.props/targets and
// Directory.Packages.props (central package management). MSBuild item and property names ignore case.
import type { DependencyScope } from '../../types';
import { attributeSpan, nameRange, parseXml, type ParsedXml, type XmlElement } from '../../text/xml';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';

/** The package that makes a project a test project for `dotnet test`. */
const TEST_SDK = 'microsoft.net.test.sdk';
const PROPERTY = /\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g;

function named(element: XmlElement, name: string): boolean {
  return element.name.toLowerCase() === name;
}

/** The attribute's name as written: MSBuild's usual spelling (`Include`), else any other case. */
function attributeName(element: XmlElement, name: string): string | undefined {
  if (name in element.attributes) return name;
  const lower = name.toLowerCase();
  for (const key in element.attributes) if (key.length === lower.length && key.toLowerCase() === lower) return key;
  return undefined;
}

function attribute(element: XmlElement, name: string): string | undefined {
  const key = attributeName(element, name);
  return key === undefined ? undefined : element.attributes[key];
}

/** Item metadata: an attribute (`Version="1.0"`) or a child element (`<Version>1.0</Version>`). */
function metadata(element: XmlElement, name: string): string | undefined {
  const fromAttribute = attribute(element, name);
  if (fromAttribute !== undefined) return fromAttribute.trim();
  const lower = name.toLowerCase();
  return element.children.find((c) => named(c, lower))?.text;
}

/** Every element of the given item type, in document order, inside any `<ItemGroup>` (conditions are not evaluated). */
function items(project: XmlElement, type: string): XmlElement[] {
  return project.children.filter((c) => named(c, 'itemgroup')).flatMap((group) => group.children.filter((c) => named(c, type)));
}

/** Properties defined in the file, last definition winning as in MSBuild; keys in lower case. */
export function projectProperties(project: XmlElement): Map<string, string> {
  const properties = new Map<string, string>();
  for (const group of project.children) {
    if (named(group, 'propertygroup')) for (const p of group.children) properties.set(p.name.toLowerCase(), p.text);
  }
  return properties;
}

/** Expands `$(Name)` from `properties`; unknown properties stay as written. */
export function expandProperties(value: string, properties: ReadonlyMap<string, string>): string {
  let out = value;
  for (let depth = 0; depth < 10 && out.includes('$('); depth++) {
    const next = out.replace(PROPERTY, (whole, name: string) => properties.get(name.toLowerCase()) ?? whole);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** `PrivateAssets="all"`: the package is used to build (analyzers, tools) and never flows to consumers. */
function isPrivate(element: XmlElement): boolean {
  return /(^|;)\s*all\s*(;|$)/i.test(metadata(element, 'PrivateAssets') ?? '');
}

/** The names an `Include` lists (MSBuild allows several, `;`-separated), each with its place. */
function includedNames(xml: ParsedXml, element: XmlElement, key: string): { name: string; range: DeclaredDependency['range'] }[] {
  const span = attributeSpan(xml, element, key);
  const value = element.attributes[key]!;
  if (!span) return value.trim() ? [{ name: value.trim(), range: nameRange(element, xml.lines) }] : [];
  const out: { name: string; range: DeclaredDependency['range'] }[] = [];
  let offset = 0;
  for (const part of value.split(';')) {
    const name = part.trim();
    // Attribute values are decoded; package ids never hold entities, so raw and decoded offsets agree.
    if (name) out.push({ name, range: xml.lines.range(span.offset + offset + part.indexOf(name), name.length) });
    offset += part.length + 1;
  }
  return out;
}

/** Central package versions (`<PackageVersion Include="X" Version="1.0"/>`), keys in lower case. */
export function centralVersions(project: XmlElement): Map<string, string> {
  const properties = projectProperties(project);
  const versions = new Map<string, string>();
  for (const item of items(project, 'packageversion')) {
    const include = attribute(item, 'Include')?.trim();
    const version = metadata(item, 'Version');
    if (include && version) versions.set(include.toLowerCase(), expandProperties(version, properties));
  }
  return versions;
}

export function parseMsBuildProject(file: SourceFile): ParsedManifest {
  const xml = parseXml(file.text);
  const { root, lines, problem } = xml;
  const problems: ParseProblem[] = problem ? [problem] : [];
  if (!root) return { dependencies: [], problems };
  if (!named(root, 'project')) {
    problems.push({ range: nameRange(root, lines), message: `An MSBuild file's root element should be <Project>, not <${root.name}>` });
    return { dependencies: [], problems };
  }
  const properties = projectProperties(root);
  const references = items(root, 'packagereference');
  const isTest =
    properties.get('istestproject')?.toLowerCase() === 'true' ||
    references.some((r) => attribute(r, 'Include')?.trim().toLowerCase() === TEST_SDK);

  const dependencies: DeclaredDependency[] = [];
  const byName = new Map<string, number>();
  const add = (element: XmlElement, defaultScope: DependencyScope): void => {
    const include = attributeName(element, 'Include');
    const update = attribute(element, 'Update');
    const version = metadata(element, 'VersionOverride') ?? metadata(element, 'Version');
    const spec = version === undefined ? null : expandProperties(version, properties);
    if (!include) {
      if (!update) {
        problems.push({ range: nameRange(element, lines), message: `<${element.name}> needs an Include attribute` });
        return;
      }
      // `Update` changes an item included earlier; another file's items are not this file's dependencies.
      const at = byName.get(update.trim().toLowerCase());
      if (at !== undefined && spec !== null) dependencies[at] = { ...dependencies[at]!, spec };
      return;
    }
    const scope = isTest ? 'test' : isPrivate(element) ? 'dev' : defaultScope;
    for (const { name, range } of includedNames(xml, element, include)) {
      if (byName.has(name.toLowerCase())) continue;
      byName.set(name.toLowerCase(), dependencies.length);
      dependencies.push({ name, spec, range, scope, direct: true });
    }
  };
  for (const reference of references) add(reference, 'runtime');
  // Directory.Packages.props: a global reference applies to every project, always as a private asset.
  for (const reference of items(root, 'globalpackagereference')) add(reference, 'dev');
  return { dependencies, problems };
}
