import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { testContext } from '../../../../test/support/context';
import { CountingFileSystem } from '../../../../test/support/countingFileSystem';
import type { EngineContext } from '../../context';
import { ScopedFileSystem } from '../../fs/scopedFileSystem';
import { NodeFileSystem } from '../../../node/nodeFileSystem';
import type { DeclaredDependency, Resolution } from '../ecosystem';
import { cargo } from '.';
import { cargoCacheRoots } from './home';

const FIXTURES = join(__dirname, 'fixtures');
const HOME = join(FIXTURES, 'home');
const REGISTRY = '~/.cargo/registry/src/index.crates.io-6f17d22bba15001f';

/** A context that reads the real fixture folders, scoped as the host scopes it. */
function fixtureContext(workspace: string, env: Record<string, string> = {}): EngineContext {
  const root = join(FIXTURES, workspace);
  return testContext({ root, home: HOME, env, fs: new ScopedFileSystem(new NodeFileSystem(), [root, ...cargoCacheRoots(env, HOME)]) });
}

/** Every dependency `file` declares, resolved by the resolver of its folder. */
async function resolveFile(context: EngineContext, relative: string): Promise<Map<string, Resolution>> {
  const path = join(context.root, relative);
  const { dependencies } = cargo.parse({ path, text: readFileSync(path, 'utf8') });
  const resolver = cargo.createResolver(join(path, '..'), context);
  const out = new Map<string, Resolution>();
  for (const dependency of dependencies) out.set(`${dependency.name}@${dependency.spec ?? ''}`, await resolver.resolve(dependency));
  return out;
}

test('cache roots follow CARGO_HOME, else ~/.cargo', () => {
  assert.deepEqual(cargoCacheRoots({}, '/home/me'), ['/home/me/.cargo']);
  assert.deepEqual(cargoCacheRoots({ CARGO_HOME: '/opt/cargo' }, '/home/me'), ['/opt/cargo']);
  assert.deepEqual(cargoCacheRoots({}, undefined), []);
});

test('a workspace member: inherited versions pinned by Cargo.lock, registries, git and licence files', async () => {
  const resolved = await resolveFile(fixtureContext('workspace'), 'crates/app/Cargo.toml');
  assert.deepEqual(resolved.get('serde@'), {
    // `1.0.190` from [workspace.dependencies]; Cargo.lock holds 1.0.188 too, which that does not accept.
    version: '1.0.210',
    license: 'MIT OR Apache-2.0',
    evidence: [{ source: 'package-metadata', file: `${REGISTRY}/serde-1.0.210/Cargo.toml`, detail: 'license: "MIT OR Apache-2.0"' }],
  });
  // The lockfile's 1.40.0, though 1.41.1 is downloaded too.
  assert.equal(resolved.get('tokio@')?.version, '1.40.0');
  assert.deepEqual(resolved.get('app-core@'), { version: null, license: null, evidence: [], internal: 'a path dependency of the workspace' });
  // Renamed (`error = { package = "anyhow" }`), found in the legacy git-index download folder.
  assert.deepEqual(resolved.get('anyhow@1'), {
    version: '1.0.89',
    license: 'MIT OR Apache-2.0',
    evidence: [{ source: 'package-metadata', file: '~/.cargo/registry/src/github.com-1ecc6299db9ec823/anyhow-1.0.89/Cargo.toml', detail: 'license: "MIT OR Apache-2.0"' }],
  });
  assert.deepEqual(resolved.get('tracing@'), {
    version: '0.2.0',
    license: 'MIT',
    evidence: [
      { source: 'package-metadata', file: '~/.cargo/git/checkouts/tracing-8e5bc7a1d3f09c42/1a2b3c4/tracing/Cargo.toml', detail: 'license: "MIT"' },
      { source: 'manifest', file: 'crates/app/Cargo.toml', detail: 'from git https://github.com/tokio-rs/tracing at 1a2b3c4d5e6f' },
    ],
  });
  assert.deepEqual(resolved.get('acme-telemetry@2.1'), {
    version: '2.1.0',
    license: 'LicenseRef-Proprietary',
    evidence: [
      {
        source: 'package-metadata',
        file: '~/.cargo/registry/src/cargo.acme.example-5c2a9e8d7f1b3a64/acme-telemetry-2.1.0/Cargo.toml',
        detail: 'license: "Proprietary" → LicenseRef-Proprietary',
      },
      { source: 'manifest', file: 'crates/app/Cargo.toml', detail: 'registry = "acme": sparse+https://cargo.acme.example/index/' },
    ],
  });
  // No licence declared: the LICENSE file decides.
  assert.deepEqual(resolved.get('legacy-parser@0.1'), {
    version: '0.1.4',
    license: 'MIT',
    evidence: [{ source: 'license-file', file: `${REGISTRY}/legacy-parser-0.1.4/LICENSE`, detail: 'MIT text (100% match)' }],
  });
  // The old slash form means OR.
  assert.deepEqual(resolved.get('winapi@0.3'), {
    version: '0.3.9',
    license: 'MIT OR Apache-2.0',
    evidence: [{ source: 'package-metadata', file: `${REGISTRY}/winapi-0.3.9/Cargo.toml`, detail: 'license: "MIT/Apache-2.0" → MIT OR Apache-2.0' }],
  });
  const webpki = resolved.get('webpki@0.22');
  assert.equal(webpki?.license, 'ISC');
  assert.deepEqual(webpki?.evidence[1], { source: 'license-file', file: `${REGISTRY}/webpki-0.22.4/LICENSE`, detail: 'ISC text (99% match)' });
});

test('Cargo.lock entries resolve at their exact versions, the older serde included', async () => {
  const resolved = await resolveFile(fixtureContext('workspace'), 'Cargo.lock');
  assert.deepEqual([...resolved.keys()], [
    'acme-telemetry@2.1.0',
    'anyhow@1.0.89',
    'legacy-parser@0.1.4',
    'serde@1.0.188',
    'serde@1.0.210',
    'tokio@1.40.0',
    'tracing@0.2.0',
    'webpki@0.22.4',
    'winapi@0.3.9',
  ]);
  assert.equal(resolved.get('serde@1.0.188')?.evidence[0]?.file, `${REGISTRY}/serde-1.0.188/Cargo.toml`);
  assert.deepEqual(resolved.get('acme-telemetry@2.1.0')?.evidence[1], {
    source: 'lockfile',
    file: 'Cargo.lock',
    detail: 'from the registry sparse+https://cargo.acme.example/index/',
  });
  for (const [key, resolution] of resolved) assert.notEqual(resolution.license, null, key);
});

test('vendored crates: the configured directory, `name` and `name-version` folders', async () => {
  const context = fixtureContext('vendored');
  const manifest = await resolveFile(context, 'Cargo.toml');
  assert.deepEqual(manifest.get('bitflags@2'), {
    version: '2.6.0',
    license: 'MIT OR Apache-2.0',
    evidence: [{ source: 'package-metadata', file: 'third-party/vendor/bitflags/Cargo.toml', detail: 'license: "MIT OR Apache-2.0"' }],
  });
  assert.equal(manifest.get('libc@0.2.150')?.version, '0.2.158');
  const lock = await resolveFile(context, 'Cargo.lock');
  assert.deepEqual(lock.get('bitflags@1.3.2'), {
    version: '1.3.2',
    license: 'MIT OR Apache-2.0',
    evidence: [{ source: 'package-metadata', file: 'third-party/vendor/bitflags-1.3.2/Cargo.toml', detail: 'license: "MIT/Apache-2.0" → MIT OR Apache-2.0' }],
  });
});

const CRATE = (name: string, version: string, license: string) => `[package]\nname = "${name}"\nversion = "${version}"\nlicense = "${license}"\n`;

function dependency(name: string, spec: string | null, locator?: string): DeclaredDependency {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { name, spec, range, scope: 'runtime', direct: true, ...(locator ? { locator } : {}) };
}

test('without a lockfile, the newest downloaded version the requirement accepts (Cargo caret semantics)', async () => {
  const src = '/opt/cargo/registry/src/index.crates.io-1949cf8c6b5b557f';
  const context = testContext({
    root: '/p',
    home: '/home/me',
    env: { CARGO_HOME: '/opt/cargo' },
    files: {
      '/p/Cargo.toml': '[package]\nname = "p"\n',
      [`${src}/tokio-1.38.1/Cargo.toml`]: CRATE('tokio', '1.38.1', 'MIT'),
      [`${src}/tokio-1.41.1/Cargo.toml`]: CRATE('tokio', '1.41.1', 'MIT'),
      [`${src}/tokio-2.0.0/Cargo.toml`]: CRATE('tokio', '2.0.0', 'Apache-2.0'),
      [`${src}/rand-0.7.3/Cargo.toml`]: CRATE('rand', '0.7.3', 'MIT OR Apache-2.0'),
      [`${src}/rand-0.8.5/Cargo.toml`]: CRATE('rand', '0.8.5', 'MIT OR Apache-2.0'),
      [`${src}/wasi-0.11.0+wasi-snapshot-preview1/Cargo.toml`]: CRATE('wasi', '0.11.0+wasi-snapshot-preview1', 'Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT'),
    },
  });
  const resolver = cargo.createResolver('/p', context);
  assert.equal((await resolver.resolve(dependency('tokio', '1.38'))).version, '1.41.1');
  assert.equal((await resolver.resolve(dependency('tokio', '=1.38.1'))).version, '1.38.1');
  assert.equal((await resolver.resolve(dependency('tokio', '>=1.39, <3'))).version, '2.0.0');
  // 0.x: a caret requirement stays within the minor version.
  assert.equal((await resolver.resolve(dependency('rand', '0.7'))).version, '0.7.3');
  assert.equal((await resolver.resolve(dependency('wasi', '0.11'))).version, '0.11.0+wasi-snapshot-preview1');
  const missing = await resolver.resolve(dependency('tokio', '3'));
  assert.deepEqual(missing, { version: null, license: null, evidence: [] });
});

test('an alternative registry configured nowhere: not taken from another registry, and said so', async () => {
  const context = testContext({
    root: '/p',
    home: '/home/me',
    files: {
      '/p/Cargo.toml': '[dependencies]\nsecret = { version = "1", registry = "corp" }\n',
      '/home/me/.cargo/registry/src/index.crates.io-6f17d22bba15001f/secret-1.0.0/Cargo.toml': CRATE('secret', '1.0.0', 'MIT'),
      '/home/me/.cargo/registry/src/other.example-0123456789abcdef/secret-1.0.0/Cargo.toml': CRATE('secret', '1.0.0', 'MIT'),
    },
  });
  const resolution = await cargo.createResolver('/p', context).resolve(dependency('secret', '1', 'registry:corp'));
  assert.deepEqual(resolution, {
    version: null,
    license: null,
    evidence: [{ source: 'manifest', file: 'Cargo.toml', detail: 'registry = "corp", an index not configured in .cargo/config.toml' }],
  });
});

test('an alternative registry configured by environment variable, as Cargo reads it', async () => {
  const context = testContext({
    root: '/p',
    home: '/home/me',
    env: { CARGO_REGISTRIES_MY_CORP_INDEX: 'https://git.corp.example/cargo-index' },
    files: {
      '/p/Cargo.toml': '',
      '/home/me/.cargo/registry/src/git.corp.example-0123456789abcdef/secret-1.2.0/Cargo.toml': CRATE('secret', '1.2.0', 'LicenseRef-Corp'),
    },
  });
  const resolution = await cargo.createResolver('/p', context).resolve(dependency('secret', '1', 'registry:my-corp'));
  assert.equal(resolution.version, '1.2.0');
  assert.equal(resolution.license, 'LicenseRef-Corp');
});

test('an excluded folder is not a workspace member: its `workspace = true` cannot inherit', async () => {
  const src = '/home/me/.cargo/registry/src/index.crates.io-6f17d22bba15001f';
  const files = {
    '/ws/Cargo.toml': '[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/scratch"]\n[workspace.dependencies]\nlog = "=0.4.20"\n',
    '/ws/crates/a/Cargo.toml': '[package]\nname = "a"\n[dependencies]\nlog.workspace = true\n',
    '/ws/crates/scratch/Cargo.toml': '[package]\nname = "scratch"\n[dependencies]\nlog = { workspace = true }\n',
    [`${src}/log-0.4.20/Cargo.toml`]: CRATE('log', '0.4.20', 'MIT OR Apache-2.0'),
    [`${src}/log-0.4.22/Cargo.toml`]: CRATE('log', '0.4.22', 'MIT OR Apache-2.0'),
  };
  const context = testContext({ root: '/ws', home: '/home/me', files });
  const member = await cargo.createResolver('/ws/crates/a', context).resolve(dependency('log', null, 'workspace'));
  assert.equal(member.version, '0.4.20');
  // Not a member: nothing to inherit from, so any downloaded version stands in.
  const excluded = await cargo.createResolver('/ws/crates/scratch', context).resolve(dependency('log', null, 'workspace'));
  assert.equal(excluded.version, '0.4.22');
});

test('a member that names its workspace with `package.workspace` inherits from it', async () => {
  const files = {
    '/ws/Cargo.toml': '[workspace]\nmembers = []\n[workspace.dependencies]\nlog = "0.4.20"\n',
    '/ws/tools/gen/Cargo.toml': '[package]\nname = "gen"\nworkspace = "../.."\n[dependencies]\nlog.workspace = true\n',
    '/ws/Cargo.lock': 'version = 3\n[[package]]\nname = "log"\nversion = "0.4.21"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
  };
  const context = testContext({ root: '/ws', home: '/home/me', files });
  const resolution = await cargo.createResolver('/ws/tools/gen', context).resolve(dependency('log', null, 'workspace'));
  assert.equal(resolution.version, '0.4.21');
});

test('reads each download folder listing and each Cargo.toml once per scan', async () => {
  const context = fixtureContext('workspace');
  const fs = new CountingFileSystem(context.fs);
  const counting: EngineContext = { ...context, fs };
  await resolveFile(counting, 'crates/app/Cargo.toml');
  await resolveFile(counting, 'Cargo.toml');
  await resolveFile(counting, 'Cargo.lock');
  assert.deepEqual(fs.repeated(), []);
  assert.ok(fs.listings.includes(join(HOME, '.cargo/registry/src/index.crates.io-6f17d22bba15001f')));
});
