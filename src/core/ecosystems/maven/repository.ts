// Maven's local repository: where it is (as Maven decides), where an artifact's POM lies in it, and
// which versions of an artifact it holds.
import { memo, readText, type EngineContext } from '../../context';
import { joinPath } from '../../fs/paths';
import { childText, parseXml } from '../../text/xml';
import type { Coordinates } from './pom';

type Env = EngineContext['env'];

const REPO_LOCAL = /-Dmaven\.repo\.local=(?:"([^"]*)"|'([^']*)'|(\S+))/;

/** `-Dmaven.repo.local=…` from the command-line arguments Maven reads from the environment. */
function repoLocalFromEnv(env: Env): string | undefined {
  // MAVEN_ARGS (Maven ≥ 3.9) are command-line arguments and override MAVEN_OPTS' JVM properties.
  for (const variable of ['MAVEN_ARGS', 'MAVEN_OPTS']) {
    const m = REPO_LOCAL.exec(env[variable] ?? '');
    const path = m && (m[1] ?? m[2] ?? m[3]);
    if (path?.startsWith('/')) return path.replace(/\/+$/, '');
  }
  return undefined;
}

/**
 * Folders the Maven resolver reads outside the workspace: `~/.m2` (settings.xml and the default
 * repository) and a repository named in the environment. A `<localRepository>` elsewhere, named only
 * in settings.xml, is read if the host allows it too.
 */
export function mavenCacheRoots(env: Env, home: string | undefined): string[] {
  const roots: string[] = [];
  const fromEnv = repoLocalFromEnv(env);
  if (fromEnv) roots.push(fromEnv);
  if (home) roots.push(joinPath(home, '.m2'));
  return roots;
}

/** The local repository: `-Dmaven.repo.local`, else settings.xml's `<localRepository>`, else `~/.m2/repository`. */
export function localRepository(context: EngineContext): Promise<string | undefined> {
  return memo(context, 'maven:local-repository', async () => {
    const fromEnv = repoLocalFromEnv(context.env);
    if (fromEnv) return fromEnv;
    if (!context.home) return undefined;
    const settings = await readText(context, joinPath(context.home, '.m2', 'settings.xml'));
    const configured = settings === undefined ? undefined : childText(parseXml(settings).root, 'localRepository');
    if (configured) {
      const path = configured
        .replace(/\$\{user\.home\}/g, context.home)
        .replace(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => context.env[name] ?? whole);
      if (path.startsWith('/') && !path.includes('${')) return path.replace(/\/+$/, '');
    }
    return joinPath(context.home, '.m2', 'repository');
  });
}

/** `org.slf4j:slf4j-api` → `<repo>/org/slf4j/slf4j-api`. */
export function artifactDirectory(repository: string, groupId: string, artifactId: string): string {
  return joinPath(repository, ...groupId.split('.'), artifactId);
}

export function pomPath(repository: string, { groupId, artifactId, version }: Coordinates): string {
  return joinPath(artifactDirectory(repository, groupId, artifactId), version, `${artifactId}-${version}.pom`);
}

/** Maven's qualifiers below a release, in its order; anything else ranks as a release-like word. */
const QUALIFIERS = ['alpha', 'a', 'beta', 'b', 'milestone', 'm', 'rc', 'cr', 'snapshot'];
const QUALIFIER_RANK = (word: string): number => {
  const at = QUALIFIERS.indexOf(word);
  if (at === -1) return word === 'ga' || word === 'final' || word === 'release' ? QUALIFIERS.length : QUALIFIERS.length + 1;
  return at;
};

/** Orders versions as Maven mostly does: numbers numerically, pre-release qualifiers before releases. */
export function compareMavenVersions(a: string, b: string): number {
  const split = (v: string) => v.toLowerCase().match(/\d+|[a-z]+/g) ?? [];
  const pa = split(a);
  const pb = split(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    // A missing part: `1.0` < `1.0.1`, but `1.0` > `1.0-rc1`.
    if (x === undefined) return /^\d/.test(y!) ? -1 : QUALIFIER_RANK(y!) < QUALIFIERS.length ? 1 : -1;
    if (y === undefined) return -compareMavenVersions(b, a);
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? 1 : -1;
    return QUALIFIER_RANK(x) - QUALIFIER_RANK(y) || (x < y ? -1 : 1);
  }
  return 0;
}

/** The versions of an artifact the repository holds, lowest first (one directory listing, memoised). */
export function installedVersions(context: EngineContext, repository: string, groupId: string, artifactId: string): Promise<string[]> {
  const dir = artifactDirectory(repository, groupId, artifactId);
  return memo(context, `maven:versions:${dir}`, async () => {
    try {
      const entries = await context.fs.readDirectory(dir);
      return entries
        .filter((e) => e.kind === 'directory' && /^\d/.test(e.name))
        .map((e) => e.name)
        .sort(compareMavenVersions);
    } catch {
      return [];
    }
  });
}
