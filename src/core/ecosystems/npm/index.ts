// npm: package.json, package-lock.json / npm-shrinkwrap.json, and installed node_modules.
import { basename, joinPath } from '../../fs/paths';
import type { Ecosystem } from '../ecosystem';
import { parsePackageLock } from './lockfile';
import { parsePackageJson } from './manifest';
import { createNpmResolver } from './resolver';

const LOCKFILES = new Set(['package-lock.json', 'npm-shrinkwrap.json', '.package-lock.json']);

export const npm: Ecosystem = {
  id: 'npm',
  displayName: 'npm',
  toolDirectories: ['node_modules', 'bower_components', '.yarn', '.pnpm-store'],
  roleOf(path) {
    const name = basename(path);
    if (name === 'package.json') return 'manifest';
    return LOCKFILES.has(name) ? 'lockfile' : undefined;
  },
  extraFiles(directory, names) {
    // npm ≥ 7 records the installed tree in a hidden lockfile; it stands in for a missing package-lock.json.
    const hasLockfile = names.has('package-lock.json') || names.has('npm-shrinkwrap.json');
    return names.has('package.json') && names.has('node_modules') && !hasLockfile
      ? [joinPath(directory, 'node_modules', '.package-lock.json')]
      : [];
  },
  parse(file) {
    return basename(file.path) === 'package.json' ? parsePackageJson(file) : parsePackageLock(file);
  },
  createResolver: createNpmResolver,
};
