// Maven: pom.xml (with its parents and imported BOMs) and the local repository's POMs.
import { basename } from '../../fs/paths';
import type { Ecosystem } from '../ecosystem';
import { parsePom } from './manifest';
import { mavenCacheRoots } from './repository';
import { createMavenResolver } from './resolver';

export const maven: Ecosystem = {
  id: 'maven',
  displayName: 'Maven',
  toolDirectories: ['target', '.mvn'],
  roleOf: (path) => (basename(path) === 'pom.xml' ? 'manifest' : undefined),
  parse: parsePom,
  cacheRoots: mavenCacheRoots,
  createResolver: createMavenResolver,
};
