import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { ScopedFileSystem } from '../../fs/scopedFileSystem';
import { NodeFileSystem } from '../../../node/nodeFileSystem';
import { testContext } from '../../../../test/support/context';
import { CountingFileSystem } from '../../../../test/support/countingFileSystem';
import type { DeclaredDependency, Resolution } from '../ecosystem';
import { rubygemsCacheRoots } from './gemDirectories';
import { rubygems } from './index';
import { compareGemVersions } from './resolver';

const FIXTURES = join(__dirname, 'fixtures');
const APP = join(FIXTURES, 'app');
const HOME = join(FIXTURES, 'home');

/** Scoped to the fixtures: the gem folders of this machine (/usr/lib/ruby/gems …) must not leak into results. */
const fixtureContext = (fs = new NodeFileSystem()) => testContext({ root: APP, home: HOME, fs: new ScopedFileSystem(fs, [APP, HOME]) });

async function resolveFixture(relative: string, context = fixtureContext()): Promise<Map<string, Resolution>> {
  const path = join(APP, relative);
  const { dependencies } = rubygems.parse({ path, text: readFileSync(path, 'utf8') });
  const resolver = rubygems.createResolver(dirname(path), context);
  const out = new Map<string, Resolution>();
  for (const dependency of dependencies) out.set(dependency.name, await resolver.resolve(dependency));
  return out;
}

const gem = (name: string, spec: string | null): DeclaredDependency => ({
  name,
  spec,
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  scope: 'runtime',
  direct: true,
});

test('cache roots: $GEM_HOME, $GEM_PATH, user, version-manager and system gem folders', () => {
  const roots = rubygemsCacheRoots({ GEM_HOME: '/opt/gems/', GEM_PATH: '/opt/gems:/srv/gems:relative' }, '/home/dev');
  assert.deepEqual(roots.slice(0, 2), ['/opt/gems', '/srv/gems']);
  for (const expected of ['/home/dev/.gem/ruby', '/home/dev/.rbenv/versions', '/home/dev/.rvm/gems', '/home/dev/.asdf/installs/ruby', '/var/lib/gems', '/usr/lib/ruby/gems']) {
    assert.ok(roots.includes(expected), expected);
  }
  assert.ok(!roots.some((r) => r.includes('*') || r === 'relative'));
});

test('cache roots follow the variables each tool reads, and Bundler\'s folders moved out of the project', () => {
  const env = {
    RBENV_ROOT: '/opt/rbenv',
    ASDF_DATA_DIR: '/data/asdf/',
    XDG_DATA_HOME: '/xdg',
    rvm_path: '/usr/local/rvm',
    BUNDLE_PATH: '/usr/local/bundle/',
    BUNDLE_APP_CONFIG: '/usr/local/bundle',
  };
  const roots = rubygemsCacheRoots(env, '/home/dev');
  for (const expected of ['/opt/rbenv/versions', '/data/asdf/installs/ruby', '/xdg/gem/ruby', '/xdg/mise/installs/ruby', '/usr/local/rvm/gems', '/usr/local/bundle', '/home/dev/.gem/ruby']) {
    assert.ok(roots.includes(expected), expected);
  }
  for (const moved of ['/home/dev/.rbenv', '/home/dev/.asdf', '/home/dev/.local', '/home/dev/.rvm']) assert.ok(!roots.some((root) => root.startsWith(moved)), moved);
  assert.equal(roots.filter((r) => r === '/usr/local/bundle').length, 1);
  // Relative Bundler folders are inside the project, which is read anyway.
  assert.deepEqual(rubygemsCacheRoots({ BUNDLE_PATH: 'vendor/bundle' }, '/home/dev'), rubygemsCacheRoots({}, '/home/dev'));
});

test('Bundler settings in its order: the app config (moved by $BUNDLE_APP_CONFIG) before $BUNDLE_PATH', async () => {
  const spec = (license: string) => `Gem::Specification.new do |s|\n  s.licenses = ["${license}"]\nend\n`;
  const files = {
    '/app/Gemfile': "gem 'rack'\n",
    '/app/.bundle/config': 'BUNDLE_PATH: "vendor/bundle"\n',
    '/app/vendor/bundle/ruby/3.3.0/specifications/rack-3.0.8.gemspec': spec('MIT'),
    '/cache/bundle/ruby/3.3.0/specifications/rack-3.0.8.gemspec': spec('BSD-3-Clause'),
    '/ci/bundler/config': 'BUNDLE_PATH: "/cache/bundle"\n',
  };
  const resolveRack = async (env: Record<string, string>) => {
    const context = testContext({ root: '/app', home: '/home/dev', env, files });
    return (await rubygems.createResolver('/app', context).resolve(gem('rack', '3.0.8'))).license;
  };
  // The project's .bundle/config wins over the variable.
  assert.equal(await resolveRack({ BUNDLE_PATH: '/cache/bundle' }), 'MIT');
  // Its config moved elsewhere: that one is read instead.
  assert.equal(await resolveRack({ BUNDLE_APP_CONFIG: '/ci/bundler' }), 'BSD-3-Clause');
  // A moved config that says nothing leaves the variable to decide.
  assert.equal(await resolveRack({ BUNDLE_APP_CONFIG: '/nowhere', BUNDLE_PATH: '/cache/bundle' }), 'BSD-3-Clause');
});

test('Gemfile gems: the locked version\'s installed specification (vendor/bundle from .bundle/config)', async () => {
  const gems = await resolveFixture('Gemfile');
  assert.deepEqual(gems.get('rails'), {
    version: '7.1.2',
    license: 'MIT',
    evidence: [{ source: 'package-metadata', file: 'vendor/bundle/ruby/3.2.0/specifications/rails-7.1.2.gemspec', detail: 'licenses: "MIT"' }],
  });
  // A platform build: nokogiri-1.16.0-x86_64-linux.gemspec.
  assert.equal(gems.get('nokogiri')?.version, '1.16.0');
  assert.equal(gems.get('nokogiri')?.evidence[0]?.file, 'vendor/bundle/ruby/3.2.0/specifications/nokogiri-1.16.0-x86_64-linux.gemspec');
  assert.equal(gems.get('pg')?.license, 'BSD-2-Clause');
});

test('several licences in a gemspec are alternatives (OR)', async () => {
  const gems = await resolveFixture('Gemfile');
  assert.equal(gems.get('racc')?.license, 'Ruby OR BSD-2-Clause');
  assert.equal(gems.get('racc')?.evidence[0]?.detail, 'licenses: "Ruby, BSD-2-Clause" → Ruby OR BSD-2-Clause');
});

test('a specification without licences: the gem folder\'s LICENSE file', async () => {
  const gems = await resolveFixture('Gemfile');
  assert.deepEqual(gems.get('bootsnap'), {
    version: '1.17.0',
    license: 'MIT',
    evidence: [{ source: 'license-file', file: 'vendor/bundle/ruby/3.2.0/gems/bootsnap-1.17.0/LICENSE.txt', detail: 'MIT text (100% match)' }],
  });
});

test('a git gem: Bundler\'s checkout and its source gemspec; a path gem is the project\'s own', async () => {
  const gems = await resolveFixture('Gemfile');
  assert.deepEqual(gems.get('kaminari'), {
    version: '1.2.2',
    license: 'MIT',
    evidence: [{ source: 'package-metadata', file: 'vendor/bundle/ruby/3.2.0/bundler/gems/kaminari-1a2b3c4d5e6f/kaminari.gemspec', detail: 'licenses: "MIT"' }],
  });
  assert.equal(gems.get('internal_auth')?.internal, 'a gem from a local path');
  const locked = await resolveFixture('Gemfile.lock');
  assert.equal(locked.get('internal_auth')?.internal, 'a gem from a local path');
  assert.equal(locked.get('kaminari')?.license, 'MIT');
});

test('a gem installed for the user (~/.gem) when the bundle does not have it', async () => {
  const gems = await resolveFixture('Gemfile');
  assert.equal(gems.get('debug')?.version, '1.9.0');
  assert.equal(gems.get('debug')?.license, 'Ruby OR BSD-2-Clause');
  assert.equal(gems.get('debug')?.evidence[0]?.file, '~/.gem/ruby/3.2.0/specifications/debug-1.9.0.gemspec');
  // Nowhere installed or locked.
  assert.deepEqual(gems.get('capybara'), { version: null, license: null, evidence: [] });
});

test('a gemspec in a sub-folder is bundled by the app: the app\'s lockfile gives versions', async () => {
  const gems = await resolveFixture('engines/internal_auth/internal_auth.gemspec');
  assert.equal(gems.get('jwt')?.version, '2.7.1');
});

test('$GEM_HOME and $BUNDLE_PATH; without a version the newest installed stands in', async () => {
  const spec = (license: string) => `Gem::Specification.new do |s|\n  s.licenses = ["${license}".freeze]\nend\n`;
  const context = testContext({
    root: '/app',
    home: '/home/dev',
    env: { GEM_HOME: '/opt/gems', BUNDLE_PATH: '/cache/bundle' },
    files: {
      '/app/Gemfile': "gem 'rack'\ngem 'net-http'\n",
      '/opt/gems/specifications/rack-2.2.8.gemspec': spec('MIT'),
      '/opt/gems/specifications/rack-3.0.8.gemspec': spec('MIT'),
      '/opt/gems/specifications/rack-3.0.10.gemspec': spec('BSD-3-Clause'),
      '/cache/bundle/ruby/3.3.0/specifications/net-http-0.4.1.gemspec': spec('BSD-2-Clause'),
    },
  });
  const resolver = rubygems.createResolver('/app', context);
  const rack = await resolver.resolve(gem('rack', '~> 3.0'));
  assert.equal(rack.version, '3.0.10');
  assert.equal(rack.license, 'BSD-3-Clause');
  assert.equal(rack.evidence[0]?.file, '/opt/gems/specifications/rack-3.0.10.gemspec');
  const netHttp = await resolver.resolve(gem('net-http', null));
  assert.equal(netHttp.version, '0.4.1');
  assert.equal(netHttp.license, 'BSD-2-Clause');
});

test('gem version order: numeric segments, pre-releases before releases', () => {
  assert.deepEqual(['1.10.0', '1.9.3', '2.0.0.rc1', '2.0.0', '2.0.0.beta2', '1.16.0.1'].sort(compareGemVersions), ['1.9.3', '1.10.0', '1.16.0.1', '2.0.0.beta2', '2.0.0.rc1', '2.0.0']);
  assert.equal(compareGemVersions('2.0', '2.0.0'), 0);
  assert.ok(compareGemVersions('2.0', '2.0.0.beta2') > 0);
});

test('each gem folder is listed once and each specification read once, for Gemfile and lockfile alike', async () => {
  const fs = new CountingFileSystem(new NodeFileSystem());
  const context = fixtureContext(fs);
  await resolveFixture('Gemfile', context);
  await resolveFixture('Gemfile.lock', context);
  await resolveFixture('engines/internal_auth/internal_auth.gemspec', context);
  assert.deepEqual(fs.repeated(), []);
  assert.equal(fs.reads.get(join(APP, 'vendor/bundle/ruby/3.2.0/specifications')), 1);
});
