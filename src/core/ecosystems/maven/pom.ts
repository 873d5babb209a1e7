// The parts of a POM Openness reads, and the model built from a POM and its parents: properties,
// `${…}` interpolation, managed versions. Pure: reading parents from disk is the resolver's job.
import { child, childrenNamed, childText, type XmlElement } from '../../text/xml';

export interface PomDependency {
  /** As written, before interpolation. */
  readonly groupId: string | undefined;
  readonly artifactId: string | undefined;
  readonly version: string | undefined;
  readonly scope: string | undefined;
  readonly type: string | undefined;
  readonly optional: boolean;
  /** The `<dependency>` element; its `<artifactId>` is where the name is written. */
  readonly element: XmlElement;
}

export interface ParentReference {
  readonly groupId: string;
  readonly artifactId: string;
  readonly version: string;
  /** As written; undefined means Maven's default `../pom.xml`, '' (`<relativePath/>`) means none. */
  readonly relativePath: string | undefined;
}

export interface PomLicense {
  readonly name: string | undefined;
  readonly url: string | undefined;
}

export interface Pom {
  readonly groupId: string | undefined;
  readonly artifactId: string | undefined;
  readonly version: string | undefined;
  readonly parent: ParentReference | undefined;
  readonly properties: ReadonlyMap<string, string>;
  /** `<dependencies>`, then those of every `<profile>`. */
  readonly dependencies: readonly PomDependency[];
  readonly managed: readonly PomDependency[];
  readonly licenses: readonly PomLicense[];
  readonly modules: readonly string[];
}

export interface Coordinates {
  readonly groupId: string;
  readonly artifactId: string;
  readonly version: string;
}

function dependenciesIn(container: XmlElement | undefined): PomDependency[] {
  return childrenNamed(child(container, 'dependencies'), 'dependency').map((element) => ({
    groupId: childText(element, 'groupId'),
    artifactId: childText(element, 'artifactId'),
    version: childText(element, 'version'),
    scope: childText(element, 'scope'),
    type: childText(element, 'type'),
    optional: childText(element, 'optional') === 'true',
    element,
  }));
}

/** Reads a `<project>` element. */
export function readPom(project: XmlElement): Pom {
  const parentElement = child(project, 'parent');
  const parentGroup = childText(parentElement, 'groupId');
  const parentArtifact = childText(parentElement, 'artifactId');
  const parentVersion = childText(parentElement, 'version');
  const relativePath = child(parentElement, 'relativePath');
  const profiles = childrenNamed(child(project, 'profiles'), 'profile');
  return {
    groupId: childText(project, 'groupId'),
    artifactId: childText(project, 'artifactId'),
    version: childText(project, 'version'),
    parent:
      parentGroup && parentArtifact && parentVersion
        ? { groupId: parentGroup, artifactId: parentArtifact, version: parentVersion, relativePath: relativePath?.text }
        : undefined,
    properties: new Map((child(project, 'properties')?.children ?? []).map((p) => [p.name, p.text])),
    dependencies: [project, ...profiles].flatMap(dependenciesIn),
    managed: dependenciesIn(child(project, 'dependencyManagement')),
    licenses: childrenNamed(child(project, 'licenses'), 'license').map((l) => ({ name: childText(l, 'name'), url: childText(l, 'url') })),
    modules: childrenNamed(child(project, 'modules'), 'module').map((m) => m.text).filter(Boolean),
  };
}

export interface ManagedEntry {
  readonly version: string | undefined;
  readonly scope: string | undefined;
}

/** A POM with its ancestors: what `${…}` and a missing `<version>` mean in it. */
export interface PomModel {
  readonly groupId: string | undefined;
  readonly artifactId: string | undefined;
  readonly version: string | undefined;
  /** Replaces every `${key}` it knows; unknown ones stay as written. */
  interpolate(value: string): string;
  /** `groupId:artifactId` → managed version and scope, the nearest declaration winning. */
  readonly managed: ReadonlyMap<string, ManagedEntry>;
  /** BOMs `<scope>import</scope>`ed into dependencyManagement, in declaration order. */
  readonly imports: readonly Coordinates[];
}

const PLACEHOLDER = /\$\{([^}]+)\}/g;
/** Enough for real property chains; stops cycles (`a=${b}`, `b=${a}`). */
const MAX_INTERPOLATION_DEPTH = 10;

/** `chain[0]` is the POM itself, then its parent, grandparent … as far as they were found. */
export function pomModel(chain: readonly Pom[]): PomModel {
  const self = chain[0]!;
  const groupId = self.groupId ?? self.parent?.groupId;
  const version = self.version ?? self.parent?.version;
  const builtIn: Record<string, string | undefined> = {
    'project.groupId': groupId,
    'project.artifactId': self.artifactId,
    'project.version': version,
    'project.parent.groupId': self.parent?.groupId,
    'project.parent.version': self.parent?.version,
  };
  const lookup = (key: string): string | undefined => {
    // `pom.*` and the bare names are Maven 2 spellings still found in old POMs.
    const canonical = key.replace(/^pom\./, 'project.').replace(/^(groupId|artifactId|version)$/, 'project.$1');
    if (canonical in builtIn) return builtIn[canonical];
    for (const pom of chain) {
      const value = pom.properties.get(key);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const interpolate = (value: string): string => {
    let out = value;
    for (let depth = 0; depth < MAX_INTERPOLATION_DEPTH && out.includes('${'); depth++) {
      const next = out.replace(PLACEHOLDER, (whole, key: string) => lookup(key) ?? whole);
      if (next === out) break;
      out = next;
    }
    return out;
  };

  const managed = new Map<string, ManagedEntry>();
  const imports: Coordinates[] = [];
  for (const pom of chain) {
    for (const entry of pom.managed) {
      if (!entry.groupId || !entry.artifactId) continue;
      const g = interpolate(entry.groupId);
      const a = interpolate(entry.artifactId);
      if (entry.scope === 'import') {
        if (entry.version && (entry.type ?? 'jar') === 'pom') imports.push({ groupId: g, artifactId: a, version: interpolate(entry.version) });
        continue;
      }
      const key = `${g}:${a}`;
      if (!managed.has(key)) managed.set(key, { version: entry.version && interpolate(entry.version), scope: entry.scope });
    }
  }
  return {
    groupId: groupId && interpolate(groupId),
    artifactId: self.artifactId && interpolate(self.artifactId),
    version: version && interpolate(version),
    interpolate,
    managed,
    imports,
  };
}

/** True when a version is concrete: no placeholder left and not a range (`[1.0,2.0)`). */
export function isConcreteVersion(version: string | null | undefined): version is string {
  return !!version && !version.includes('${') && !/^[[(]/.test(version);
}
