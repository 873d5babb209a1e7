// Cargo (Rust): Cargo.toml and Cargo.lock, with crates found vendored, in Cargo's download folder or
// in its git checkouts.
import { basename } from '../../fs/paths';
import type { Ecosystem } from '../ecosystem';
import { cargoCacheRoots } from './home';
import { parseCargoLock } from './lockfile';
import { parseCargoManifest } from './manifest';
import { createCargoResolver } from './resolver';

export const cargo: Ecosystem = {
  id: 'cargo',
  displayName: 'Cargo',
  // `vendor` holds `cargo vendor`'s copies of third-party crates: evidence, not the project's manifests.
  toolDirectories: ['target', 'vendor'],
  roleOf(path) {
    const name = basename(path);
    if (name === 'Cargo.toml') return 'manifest';
    return name === 'Cargo.lock' ? 'lockfile' : undefined;
  },
  parse(file) {
    return basename(file.path) === 'Cargo.toml' ? parseCargoManifest(file) : parseCargoLock(file);
  },
  cacheRoots: cargoCacheRoots,
  createResolver: createCargoResolver,
};
