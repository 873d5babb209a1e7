import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { NodeFileSystem } from '../../../node/nodeFileSystem';
import { MemoryFileSystem } from '../../fs/memoryFileSystem';
import { ScopedFileSystem } from '../../fs/scopedFileSystem';
import { testContext } from '../../../../test/support/context';
import { CountingFileSystem } from '../../../../test/support/countingFileSystem';
import type { DeclaredDependency, Resolution } from '../ecosystem';
import { composer } from './index';

const FIXTURES = join(__dirname, 'fixtures');

function parseFixture(relative: string) {
  const path = join(FIXTURES, relative);
  return composer.parse({ path, text: readFileSync(path, 'utf8') });
}

async function resolveFixture(relative: string, context = testContext({ root: dirname(join(FIXTURES, relative)), home: '/home/nobody' })): Promise<Map<string, Resolution>> {
  const path = join(FIXTURES, relative);
  const { dependencies } = composer.parse({ path, text: readFileSync(path, 'utf8') });
  const resolver = composer.createResolver(dirname(path), context);
  const out = new Map<string, Resolution>();
  for (const dependency of dependencies) out.set(dependency.name, await resolver.resolve(dependency));
  return out;
}

const rangeOf = (d: DeclaredDependency) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

test('roleOf: composer.json and composer.lock', () => {
  assert.equal(composer.roleOf('/app/composer.json'), 'manifest');
  assert.equal(composer.roleOf('/app/composer.lock'), 'lockfile');
  assert.equal(composer.roleOf('/app/package.json'), undefined);
  assert.equal(composer.roleOf('/app/vendor/composer/installed.json'), undefined);
});

test('composer.json: require and require-dev without platform packages, names in lower case, ranges on the key', () => {
  const { dependencies, problems } = parseFixture('app/composer.json');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.scope, rangeOf(d)]),
    [
      ['monolog/monolog', '^3.5', 'runtime', '11:9-11:24'],
      ['nette/utils', '^4.0', 'runtime', '12:9-12:20'],
      ['psr/log', '^3.0', 'runtime', '13:9-13:16'],
      ['symfony/console', '^6.4', 'runtime', '14:9-14:24'],
      ['acme/internal-tools', '@dev', 'runtime', '15:9-15:28'],
      ['phpunit/phpunit', '^10.5', 'dev', '18:9-18:24'],
      ['mockery/mockery', '^1.6', 'dev', '19:9-19:24'],
    ],
  );
});

test('composer.lock: packages and packages-dev with their licence arrays, path packages marked', () => {
  const { dependencies, problems } = parseFixture('app/composer.lock');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.scope, d.direct, d.declaredLicense, d.locator, rangeOf(d)]),
    [
      ['acme/internal-tools', 'dev-main', 'runtime', false, ['proprietary'], 'path', '9:21-9:40'],
      ['monolog/monolog', '3.5.0', 'runtime', false, ['MIT'], undefined, '25:21-25:36'],
      ['nette/utils', 'v4.0.3', 'runtime', false, ['BSD-3-Clause', 'GPL-2.0-only', 'GPL-3.0-only'], undefined, '49:21-49:32'],
      ['psr/log', '3.0.0', 'runtime', false, ['MIT'], undefined, '65:21-65:28'],
      ['symfony/console', 'v6.4.1', 'runtime', false, ['MIT'], undefined, '73:21-73:36'],
      ['mockery/mockery', '1.6.7', 'dev', false, ['BSD-3-Clause'], undefined, '83:21-83:36'],
      ['phpunit/phpunit', '10.5.3', 'dev', false, ['BSD-3-Clause'], undefined, '91:21-91:36'],
    ],
  );
});

test('composer.lock laid out otherwise (minified, reordered) reads the same, ranges included', () => {
  const text = readFileSync(join(FIXTURES, 'app/composer.lock'), 'utf8');
  const formatted = composer.parse({ path: '/app/composer.lock', text });
  const minifiedText = JSON.stringify(JSON.parse(text));
  const minified = composer.parse({ path: '/app/composer.lock', text: minifiedText });
  const strip = (d: DeclaredDependency) => ({ ...d, range: undefined });
  assert.deepEqual(minified.dependencies.map(strip), formatted.dependencies.map(strip));
  for (const d of minified.dependencies) {
    assert.equal(d.range.start.line, 0);
    assert.equal(minifiedText.slice(d.range.start.character, d.range.end.character), d.name);
    assert.equal(minifiedText.slice(d.range.start.character - 8, d.range.start.character), '"name":"');
  }
  const { 'packages-dev': dev, ...rest } = JSON.parse(text) as Record<string, unknown>;
  const reordered = composer.parse({ path: '/app/composer.lock', text: JSON.stringify({ 'packages-dev': dev, ...rest }, null, 4) });
  assert.deepEqual(reordered.dependencies.map((d) => d.name).sort(), formatted.dependencies.map((d) => d.name).sort());
  assert.equal(reordered.dependencies.find((d) => d.name === 'phpunit/phpunit')?.range.start.line, 11);
});

test('installed.json (Composer 2) first, then the lockfile; a licence array means a choice (OR)', async () => {
  const app = await resolveFixture('app/composer.json');
  assert.deepEqual(app.get('nette/utils'), {
    version: 'v4.0.3',
    license: 'BSD-3-Clause OR GPL-2.0-only OR GPL-3.0-only',
    evidence: [
      { source: 'package-metadata', file: 'vendor/composer/installed.json', detail: 'license: ["BSD-3-Clause","GPL-2.0-only","GPL-3.0-only"]' },
      { source: 'lockfile', file: 'composer.lock', detail: 'license: ["BSD-3-Clause","GPL-2.0-only","GPL-3.0-only"]' },
    ],
  });
  // Not installed: the lockfile alone.
  assert.deepEqual(app.get('symfony/console'), {
    version: 'v6.4.1',
    license: 'MIT',
    evidence: [{ source: 'lockfile', file: 'composer.lock', detail: 'license: ["MIT"]' }],
  });
});

test('installed without a licence field: the package\'s own composer.json, then its LICENSE file', async () => {
  const app = await resolveFixture('app/composer.json');
  assert.equal(app.get('psr/log')?.license, 'MIT');
  assert.deepEqual(app.get('psr/log')?.evidence[0], { source: 'license-file', file: 'vendor/psr/log/LICENSE', detail: 'MIT text (100% match)' });
});

test('a package from a path repository is the project\'s own code', async () => {
  assert.equal((await resolveFixture('app/composer.json')).get('acme/internal-tools')?.internal, 'a package from a path repository');
  assert.equal((await resolveFixture('app/composer.lock')).get('acme/internal-tools')?.internal, 'a package from a path repository');
});

test('installed.json in Composer 1\'s array format, under config.vendor-dir', async () => {
  const legacy = await resolveFixture('legacy/composer.json');
  assert.deepEqual(legacy.get('twig/twig'), {
    version: 'v2.16.0',
    license: 'BSD-3-Clause',
    evidence: [{ source: 'package-metadata', file: 'lib/vendor/composer/installed.json', detail: 'license: ["BSD-3-Clause"]' }],
  });
});

test('composer.json and composer.lock share one reading of installed.json, the lockfile and each package', async () => {
  const fs = new CountingFileSystem(new NodeFileSystem());
  const context = testContext({ root: join(FIXTURES, 'app'), home: '/home/nobody', fs });
  await resolveFixture('app/composer.json', context);
  await resolveFixture('app/composer.lock', context);
  assert.deepEqual(fs.repeated(), []);
  assert.equal(fs.reads.get(join(FIXTURES, 'app/vendor/composer/installed.json')), 1);
});

test('$COMPOSER_VENDOR_DIR overrides config.vendor-dir', async () => {
  const context = testContext({
    root: '/app',
    env: { COMPOSER_VENDOR_DIR: 'deps' },
    files: {
      '/app/composer.json': '{"require": {"a/b": "^1"}, "config": {"vendor-dir": "lib"}}',
      '/app/deps/composer/installed.json': '{"packages": [{"name": "a/b", "version": "1.2.0", "license": "Apache-2.0", "install-path": "../a/b"}]}',
      '/app/lib/composer/installed.json': '{"packages": [{"name": "a/b", "version": "1.0.0", "license": "GPL-3.0-only"}]}',
    },
  });
  const [dependency] = composer.parse({ path: '/app/composer.json', text: '{"require": {"a/b": "^1"}}' }).dependencies;
  const resolution = await composer.createResolver('/app', context).resolve(dependency!);
  assert.equal(resolution.version, '1.2.0');
  assert.equal(resolution.license, 'Apache-2.0');
  assert.equal(resolution.evidence[0]?.file, 'deps/composer/installed.json');
});

test('an absolute $COMPOSER_VENDOR_DIR is outside the project: a cache root the host allows', async () => {
  const env = { COMPOSER_VENDOR_DIR: '/opt/php-vendor' };
  assert.deepEqual(composer.cacheRoots!(env, '/home/dev'), ['/opt/php-vendor']);
  assert.deepEqual(composer.cacheRoots!({ COMPOSER_VENDOR_DIR: 'deps' }, '/home/dev'), []);
  const memory = new MemoryFileSystem({
    '/app/composer.json': '{"require": {"a/b": "^1"}}',
    '/opt/php-vendor/composer/installed.json': '{"packages": [{"name": "a/b", "version": "1.2.0", "license": "MIT", "install-path": "../a/b"}]}',
  });
  const fs = new ScopedFileSystem(memory, ['/app', ...composer.cacheRoots!(env, '/home/dev')]);
  const [dependency] = composer.parse({ path: '/app/composer.json', text: '{"require": {"a/b": "^1"}}' }).dependencies;
  const resolution = await composer.createResolver('/app', testContext({ root: '/app', env, fs })).resolve(dependency!);
  assert.deepEqual(resolution, {
    version: '1.2.0',
    license: 'MIT',
    evidence: [{ source: 'package-metadata', file: '/opt/php-vendor/composer/installed.json', detail: 'license: "MIT"' }],
  });
});

test('broken JSON gives a problem with a range; odd shapes never throw', () => {
  const broken = composer.parse({ path: '/app/composer.json', text: '{\n  "require": {\n    "monolog/monolog": "^3.5",\n    "psr/log" "^3.0"\n  }\n}\n' });
  assert.deepEqual(broken.problems[0]?.range, { start: { line: 3, character: 14 }, end: { line: 3, character: 20 } });
  assert.match(broken.problems[0]!.message, /Invalid JSON: expected a colon/);
  assert.deepEqual(broken.dependencies.map((d) => d.name), ['monolog/monolog', 'psr/log']);

  const lock = composer.parse({ path: '/app/composer.lock', text: '{"packages": [{"version": "1.0"}, 42, {"name": "a/b"}]}' });
  assert.deepEqual(lock.dependencies.map((d) => [d.name, d.spec]), [['a/b', null]]);
  assert.equal(lock.problems.length, 2);
  assert.ok(lock.problems.every((p) => p.range));

  for (const [path, text] of [
    ['/app/composer.json', ''],
    ['/app/composer.json', '[]'],
    ['/app/composer.json', '\u0000\u0001'],
    ['/app/composer.lock', '"just a string"'],
    ['/app/composer.lock', '{"packages": '],
  ] as const) {
    const result = composer.parse({ path, text });
    assert.ok(result.problems.length >= 1 && result.problems.every((p) => p.range), `${path}: ${JSON.stringify(text)}`);
  }
});
