// Composer: composer.json, composer.lock, and the installed vendor folder.
import { basename } from '../../fs/paths';
import type { Ecosystem } from '../ecosystem';
import { parseComposerLock } from './lockfile';
import { parseComposerJson } from './manifest';
import { composerCacheRoots, createComposerResolver } from './resolver';

export const composer: Ecosystem = {
  id: 'composer',
  displayName: 'Composer',
  toolDirectories: ['vendor'],
  roleOf(path) {
    const name = basename(path);
    if (name === 'composer.json') return 'manifest';
    return name === 'composer.lock' ? 'lockfile' : undefined;
  },
  parse: (file) => (basename(file.path) === 'composer.lock' ? parseComposerLock(file) : parseComposerJson(file)),
  cacheRoots: composerCacheRoots,
  createResolver: createComposerResolver,
};
