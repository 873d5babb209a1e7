// Go modules: go.mod and go.sum, with licences identified from LICENSE files in the vendor folder or
// the module cache.
import { basename } from '../../fs/paths';
import type { Ecosystem } from '../ecosystem';
import { parseGoModFile } from './goMod';
import { parseGoSum } from './goSum';
import { goCacheRoots } from './home';
import { createGoResolver } from './resolver';

export const go: Ecosystem = {
  id: 'go',
  displayName: 'Go',
  // `go mod vendor` copies third-party packages here: evidence, not the project's own modules.
  toolDirectories: ['vendor'],
  roleOf(path) {
    const name = basename(path);
    if (name === 'go.mod') return 'manifest';
    return name === 'go.sum' ? 'lockfile' : undefined;
  },
  parse(file) {
    return basename(file.path) === 'go.mod' ? parseGoModFile(file) : parseGoSum(file);
  },
  cacheRoots: goCacheRoots,
  createResolver: createGoResolver,
};
