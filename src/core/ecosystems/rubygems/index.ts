// RubyGems: Gemfile, Gemfile.lock, *.gemspec, and installed gem specifications (Bundler's install
// path, $GEM_HOME, $GEM_PATH, user and version-manager gem folders).
import { basename } from '../../fs/paths';
import type { Ecosystem, ManifestRole } from '../ecosystem';
import { rubygemsCacheRoots } from './gemDirectories';
import { parseGemfile } from './gemfile';
import { parseGemspec } from './gemspec';
import { parseGemfileLock } from './lockfile';
import { createRubyGemsResolver } from './resolver';

function kindOf(path: string): 'gemfile' | 'lockfile' | 'gemspec' | undefined {
  const name = basename(path);
  if (name === 'Gemfile' || name === 'gems.rb') return 'gemfile';
  if (name === 'Gemfile.lock' || name === 'gems.locked') return 'lockfile';
  return name.endsWith('.gemspec') && name.length > '.gemspec'.length ? 'gemspec' : undefined;
}

export const rubygems: Ecosystem = {
  id: 'rubygems',
  displayName: 'RubyGems',
  // Bundler installs into vendor/bundle and caches into vendor/cache; it keeps its settings in .bundle.
  toolDirectories: ['vendor', '.bundle'],
  roleOf(path): ManifestRole | undefined {
    const kind = kindOf(path);
    if (!kind) return undefined;
    return kind === 'lockfile' ? 'lockfile' : 'manifest';
  },
  parse(file) {
    const kind = kindOf(file.path);
    if (kind === 'lockfile') return parseGemfileLock(file);
    return kind === 'gemspec' ? parseGemspec(file) : parseGemfile(file);
  },
  cacheRoots: rubygemsCacheRoots,
  createResolver: createRubyGemsResolver,
};
