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
import { go } from '.';
import { goCacheRoots } from './home';

const FIXTURES = join(__dirname, 'fixtures');
const HOME = join(FIXTURES, 'home');
const CACHE = '~/go/pkg/mod';

/** A context over a fixture module, scoped as the host scopes it (workspace + module cache). */
function fixtureContext(module: string, env: Record<string, string> = {}): EngineContext {
  const root = join(FIXTURES, module);
  return testContext({ root, home: HOME, env, fs: new ScopedFileSystem(new NodeFileSystem(), [root, ...goCacheRoots(env, HOME)]) });
}

async function resolveFile(context: EngineContext, file: string): Promise<Map<string, Resolution>> {
  const path = join(context.root, file);
  const { dependencies } = go.parse({ path, text: readFileSync(path, 'utf8') });
  const resolver = go.createResolver(context.root, context);
  const out = new Map<string, Resolution>();
  for (const dependency of dependencies) out.set(dependency.name, await resolver.resolve(dependency));
  return out;
}

function licenseFile(file: string, detail: string) {
  return { source: 'license-file', file, detail };
}

test('cache roots: GOMODCACHE, else the first GOPATH entry, else ~/go', () => {
  assert.deepEqual(goCacheRoots({}, '/home/me'), ['/home/me/go/pkg/mod']);
  assert.deepEqual(goCacheRoots({ GOPATH: '/opt/go:/home/me/go' }, '/home/me'), ['/opt/go/pkg/mod']);
  assert.deepEqual(goCacheRoots({ GOPATH: 'C:/Users/me/go;D:/go' }, undefined), ['C:/Users/me/go/pkg/mod']);
  assert.deepEqual(goCacheRoots({ GOMODCACHE: '/cache/mod', GOPATH: '/opt/go' }, '/home/me'), ['/cache/mod']);
  assert.deepEqual(goCacheRoots({}, undefined), []);
});

test('go.mod in the module cache: case-escaped paths, COPYING files, replacements', async () => {
  const resolved = await resolveFile(fixtureContext('server'), 'go.mod');
  assert.deepEqual(resolved.get('github.com/BurntSushi/toml'), {
    version: 'v1.3.2',
    license: 'MIT',
    evidence: [licenseFile(`${CACHE}/github.com/!burnt!sushi/toml@v1.3.2/COPYING`, 'MIT text (100% match)')],
  });
  assert.deepEqual(resolved.get('gopkg.in/yaml.v3'), {
    version: 'v0.0.0-20240115093012-5f4e2d1c0b9a',
    license: 'MIT',
    evidence: [
      licenseFile(`${CACHE}/github.com/acme-forks/yaml@v0.0.0-20240115093012-5f4e2d1c0b9a/LICENSE`, 'MIT text (100% match)'),
      { source: 'manifest', file: 'go.mod', detail: 'replace gopkg.in/yaml.v3 => github.com/acme-forks/yaml v0.0.0-20240115093012-5f4e2d1c0b9a' },
    ],
  });
  assert.deepEqual(resolved.get('example.com/server/util'), {
    version: null,
    license: null,
    evidence: [],
    internal: 'replaced by the workspace module ./internal/util',
  });
  // Outside the scanned folder: not read, but the replacement is shown.
  assert.deepEqual(resolved.get('github.com/acme/legacy'), {
    version: null,
    license: null,
    evidence: [{ source: 'manifest', file: 'go.mod', detail: 'replace github.com/acme/legacy => ../legacy' }],
  });
  // Required but never downloaded.
  assert.deepEqual(resolved.get('golang.org/x/tools'), { version: 'v0.22.0', license: null, evidence: [] });
  assert.equal(resolved.get('github.com/google/uuid')?.license, 'BSD-3-Clause');
});

test('a nested module inherits the root licence when the repository is proven, and stays unknown otherwise', async () => {
  const resolved = await resolveFile(fixtureContext('server'), 'go.mod');
  // github.com/<owner>/<repo> fixes the repository; the root module is cached at the same version.
  assert.deepEqual(resolved.get('github.com/acme/platform/otel'), {
    version: 'v1.4.0',
    license: 'BSD-3-Clause',
    evidence: [
      licenseFile(`${CACHE}/github.com/acme/platform@v1.4.0/LICENSE`, 'BSD-3-Clause text (100% match); the repository root module github.com/acme/platform@v1.4.0'),
    ],
  });
  // The root module is cached only at v1.4.0, not at the nested module's v1.3.0.
  assert.deepEqual(resolved.get('github.com/acme/platform/grpc'), { version: 'v1.3.0', license: null, evidence: [] });
  // A vanity path, proven by the origins the go command recorded: same repository, same commit.
  assert.deepEqual(resolved.get('go.opentelemetry.io/otel/metric'), {
    version: 'v1.28.0',
    license: 'Apache-2.0',
    evidence: [
      licenseFile(`${CACHE}/go.opentelemetry.io/otel@v1.28.0/LICENSE`, 'Apache-2.0 text (100% match); the repository root module go.opentelemetry.io/otel@v1.28.0'),
    ],
  });
  // A vanity path with no recorded origin: the path proves nothing.
  assert.deepEqual(resolved.get('go.example.org/kit/log'), { version: 'v1.0.0', license: null, evidence: [] });
  assert.equal(resolved.get('go.example.org/kit')?.license, 'MIT');
});

test('go.sum entries resolve at their versions in the cache', async () => {
  const resolved = await resolveFile(fixtureContext('server'), 'go.sum');
  assert.equal(resolved.size, 12);
  assert.deepEqual(resolved.get('github.com/acme-forks/yaml'), {
    version: 'v0.0.0-20240115093012-5f4e2d1c0b9a',
    license: 'MIT',
    evidence: [licenseFile(`${CACHE}/github.com/acme-forks/yaml@v0.0.0-20240115093012-5f4e2d1c0b9a/LICENSE`, 'MIT text (100% match)')],
  });
});

test('a vendored module: vendor/ first, nested modules inherit only from a root at the same version', async () => {
  const resolved = await resolveFile(fixtureContext('vendored'), 'go.mod');
  assert.deepEqual(resolved.get('github.com/spf13/cobra'), {
    version: 'v1.8.0',
    license: 'Apache-2.0',
    evidence: [licenseFile('vendor/github.com/spf13/cobra/LICENSE.txt', 'Apache-2.0 text (100% match)')],
  });
  // Also in the module cache, but the go command builds from vendor/.
  assert.deepEqual(resolved.get('github.com/spf13/pflag')?.evidence, [licenseFile('vendor/github.com/spf13/pflag/LICENSE', 'BSD-3-Clause text (100% match)')]);
  assert.deepEqual(resolved.get('github.com/acme/platform/otel'), {
    version: 'v1.4.0',
    license: 'BSD-3-Clause',
    evidence: [licenseFile('vendor/github.com/acme/platform/LICENSE', 'BSD-3-Clause text (100% match); the repository root module github.com/acme/platform@v1.4.0')],
  });
  // modules.txt lists github.com/acme/tools at v0.3.0, not at lint's v0.2.0: its LICENSE is not lint's proof.
  assert.deepEqual(resolved.get('github.com/acme/tools/lint'), { version: 'v0.2.0', license: null, evidence: [] });
  assert.equal(resolved.get('github.com/acme/tools')?.license, 'MIT');
});

test('GOFLAGS=-mod=mod puts the module cache before vendor/', async () => {
  const resolved = await resolveFile(fixtureContext('vendored', { GOFLAGS: '-trimpath -mod=mod' }), 'go.mod');
  assert.deepEqual(resolved.get('github.com/spf13/pflag')?.evidence, [licenseFile(`${CACHE}/github.com/spf13/pflag@v1.0.5/LICENSE`, 'BSD-3-Clause text (100% match)')]);
  // Not in the cache: vendor/ still answers.
  assert.equal(resolved.get('github.com/spf13/cobra')?.license, 'Apache-2.0');
});

const MIT = readFileSync(join(HOME, 'go/pkg/mod/go.example.org/kit@v1.0.0/LICENSE'), 'utf8');

function required(name: string, version: string): DeclaredDependency {
  return { name, spec: version, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, scope: 'runtime', direct: true };
}

test('recorded origins that disagree veto the inheritance a GitHub path would allow', async () => {
  const cache = '/gocache';
  const info = (hash: string) => JSON.stringify({ Version: 'v1.2.0', Origin: { VCS: 'git', URL: 'https://github.com/org/repo', Hash: hash } });
  const files = {
    '/p/go.mod': 'module example.com/p\n',
    [`${cache}/github.com/org/repo@v1.2.0/go.mod`]: 'module github.com/org/repo\n',
    [`${cache}/github.com/org/repo@v1.2.0/LICENSE`]: MIT,
    [`${cache}/github.com/org/repo/sub@v1.2.0/go.mod`]: 'module github.com/org/repo/sub\n',
    [`${cache}/github.com/org/repo/same@v1.2.0/go.mod`]: 'module github.com/org/repo/same\n',
    [`${cache}/cache/download/github.com/org/repo/@v/v1.2.0.info`]: info('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
    [`${cache}/cache/download/github.com/org/repo/sub/@v/v1.2.0.info`]: info('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'),
    [`${cache}/cache/download/github.com/org/repo/same/@v/v1.2.0.info`]: info('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
  };
  const context = testContext({ root: '/p', env: { GOMODCACHE: cache }, files });
  const resolver = go.createResolver('/p', context);
  assert.equal((await resolver.resolve(required('github.com/org/repo/sub', 'v1.2.0'))).license, null);
  assert.equal((await resolver.resolve(required('github.com/org/repo/same', 'v1.2.0'))).license, 'MIT');
});

test('a parent folder that is not the module its path names proves nothing', async () => {
  const cache = '/home/me/go/pkg/mod';
  const files = {
    // The folder exists at the version, but its go.mod declares another module.
    [`${cache}/github.com/org/repo@v1.0.0/go.mod`]: 'module github.com/other/name\n',
    [`${cache}/github.com/org/repo@v1.0.0/LICENSE`]: MIT,
    [`${cache}/github.com/org/repo/sub@v1.0.0/go.mod`]: 'module github.com/org/repo/sub\n',
  };
  const context = testContext({ root: '/p', home: '/home/me', files });
  assert.equal((await go.createResolver('/p', context).resolve(required('github.com/org/repo/sub', 'v1.0.0'))).license, null);
});

test('versions are case-escaped like paths in the cache', async () => {
  const files = { '/gopath/pkg/mod/github.com/!azure/go-ntlmssp@v0.0.0-!r!c1/LICENSE': MIT };
  const context = testContext({ root: '/p', env: { GOPATH: '/gopath' }, files });
  const resolution = await go.createResolver('/p', context).resolve(required('github.com/Azure/go-ntlmssp', 'v0.0.0-RC1'));
  assert.equal(resolution.license, 'MIT');
  assert.equal(resolution.evidence[0]?.file, '/gopath/pkg/mod/github.com/!azure/go-ntlmssp@v0.0.0-!r!c1/LICENSE');
});

test('reads each module folder, go.mod and LICENSE once per scan', async () => {
  const context = fixtureContext('server');
  const fs = new CountingFileSystem(context.fs);
  const counting: EngineContext = { ...context, fs };
  await resolveFile(counting, 'go.mod');
  await resolveFile(counting, 'go.sum');
  assert.deepEqual(fs.repeated(), []);
  assert.ok(fs.fileReads.includes(join(HOME, 'go/pkg/mod/github.com/acme/platform@v1.4.0/LICENSE')));
});
