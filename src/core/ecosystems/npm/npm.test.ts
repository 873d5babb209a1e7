import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testContext } from '../../../../test/support/context';
import type { DeclaredDependency } from '../ecosystem';
import { npm } from './index';

const MIT_TEXT = `MIT License

Copyright (c) 2021 Jane Doe

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

const PACKAGE_JSON = `{
  "name": "demo-app",
  "version": "1.0.0",
  "dependencies": {
    "express": "^4.19.2",
    "@acme/telemetry": "2.3.0",
    "left-pad": "1.3.0"
  },
  "devDependencies": {
    "typescript": "~5.4.0",
    "react": "^18.0.0"
  },
  "peerDependencies": {
    "react": ">=17"
  },
  "optionalDependencies": {
    "fsevents": "^2.3.3"
  }
}
`;

function parse(path: string, text: string) {
  return npm.parse({ path, text });
}

function byName(deps: readonly DeclaredDependency[], name: string): DeclaredDependency {
  const dep = deps.find((d) => d.name === name);
  assert.ok(dep, `${name} not found in ${deps.map((d) => d.name).join(', ')}`);
  return dep;
}

describe('npm package.json', () => {
  it('reads every dependency section with the range of the name', () => {
    const { dependencies, problems } = parse('/ws/package.json', PACKAGE_JSON);
    assert.deepEqual(problems, []);
    assert.deepEqual(dependencies.map((d) => [d.name, d.scope, d.spec]), [
      ['express', 'runtime', '^4.19.2'],
      ['@acme/telemetry', 'runtime', '2.3.0'],
      ['left-pad', 'runtime', '1.3.0'],
      ['typescript', 'dev', '~5.4.0'],
      ['react', 'dev', '^18.0.0'],
      ['fsevents', 'optional', '^2.3.3'],
    ]);
    assert.deepEqual(byName(dependencies, '@acme/telemetry').range, { start: { line: 5, character: 5 }, end: { line: 5, character: 20 } });
    assert.ok(dependencies.every((d) => d.direct));
  });

  it('skips the project\'s own packages linked with workspace:, file: and link: specs', () => {
    const { dependencies } = parse('/ws/package.json', JSON.stringify({ dependencies: { a: 'workspace:*', b: 'file:../b', c: 'link:../c', d: '1.0.0' } }));
    assert.deepEqual(dependencies.map((d) => d.name), ['d']);
  });

  it('reports invalid JSON once, at the error, and keeps what it could read', () => {
    const text = '{\n  "dependencies": {\n    "express": "^4.0.0"\n    "lodash": "^4.17.21"\n  }\n}\n';
    const { dependencies, problems } = parse('/ws/package.json', text);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /Invalid JSON: expected a comma \(line 4, column 5\)/);
    assert.deepEqual(problems[0].range?.start, { line: 3, character: 4 });
    assert.deepEqual(dependencies.map((d) => d.name), ['express', 'lodash']);
  });

  it('rejects a manifest that is not an object, without throwing', () => {
    const { dependencies, problems } = parse('/ws/package.json', '[1, 2]');
    assert.equal(dependencies.length, 0);
    assert.match(problems[0].message, /should hold a JSON object/);
  });
});

describe('npm package-lock.json', () => {
  const LOCK_V3 = JSON.stringify(
    {
      name: 'demo-app',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'demo-app', dependencies: { express: '^4.19.2' }, devDependencies: { typescript: '~5.4.0' } },
        'node_modules/express': { version: '4.19.2', license: 'MIT' },
        'node_modules/typescript': { version: '5.4.5', dev: true, license: 'Apache-2.0' },
        'node_modules/debug': { version: '2.6.9', license: 'MIT' },
        'node_modules/express/node_modules/ms': { version: '2.0.0', license: 'MIT' },
        'node_modules/@scope/pkg': { version: '1.0.0', license: 'BUSL-1.1', optional: true },
        'node_modules/@mono/b': { resolved: 'packages/b', link: true },
        'packages/b': { name: '@mono/b', version: '0.1.0' },
      },
    },
    null,
    2,
  );

  it('lists every installed package with its location, scope and licence (v3)', () => {
    const { dependencies, problems } = parse('/ws/package-lock.json', LOCK_V3);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      dependencies.map((d) => [d.name, d.spec, d.scope, d.direct, d.declaredLicense, d.locator]),
      [
        ['express', '4.19.2', 'runtime', true, 'MIT', 'node_modules/express'],
        ['typescript', '5.4.5', 'dev', true, 'Apache-2.0', 'node_modules/typescript'],
        ['debug', '2.6.9', 'runtime', false, 'MIT', 'node_modules/debug'],
        ['ms', '2.0.0', 'runtime', false, 'MIT', 'node_modules/express/node_modules/ms'],
        ['@scope/pkg', '1.0.0', 'optional', false, 'BUSL-1.1', 'node_modules/@scope/pkg'],
      ],
    );
    // Ranges point at the key as npm writes it: 4 spaces in, after the quote.
    const lines = LOCK_V3.split('\n');
    const ms = byName(dependencies, 'ms');
    assert.equal(lines[ms.range.start.line].slice(ms.range.start.character, ms.range.end.character), 'node_modules/express/node_modules/ms');
  });

  it('finds the same positions when the lockfile is not formatted as npm writes it', () => {
    const compact = JSON.stringify(JSON.parse(LOCK_V3));
    const { dependencies } = parse('/ws/package-lock.json', compact);
    const debug = byName(dependencies, 'debug');
    assert.equal(compact.slice(debug.range.start.character, debug.range.end.character), 'node_modules/debug');
  });

  it('reads the nested tree of a v1 lockfile', () => {
    const v1 = JSON.stringify(
      {
        name: 'old-app',
        lockfileVersion: 1,
        dependencies: {
          express: { version: '4.17.1', dependencies: { ms: { version: '2.0.0' } } },
          jest: { version: '26.6.3', dev: true },
        },
      },
      null,
      2,
    );
    const { dependencies } = parse('/ws/package-lock.json', v1);
    assert.deepEqual(dependencies.map((d) => [d.name, d.spec, d.scope, d.locator]), [
      ['express', '4.17.1', 'runtime', 'node_modules/express'],
      ['ms', '2.0.0', 'runtime', 'node_modules/express/node_modules/ms'],
      ['jest', '26.6.3', 'dev', 'node_modules/jest'],
    ]);
    const ms = byName(dependencies, 'ms');
    assert.equal(v1.split('\n')[ms.range.start.line].trim().startsWith('"ms"'), true);
  });

  it('reports a broken lockfile at the error', () => {
    const { dependencies, problems } = parse('/ws/package-lock.json', '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": { "version": "1.0.0" ,}\n  }\n}\n');
    assert.equal(dependencies.length, 0);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range?.start.line, 3);
  });
});

describe('npm resolver', () => {
  const files = {
    '/ws/package.json': PACKAGE_JSON,
    '/ws/node_modules/express/package.json': JSON.stringify({ name: 'express', version: '4.19.2', license: 'MIT' }),
    '/ws/node_modules/@acme/telemetry/package.json': JSON.stringify({ name: '@acme/telemetry', version: '2.3.0', license: 'BUSL-1.1' }),
    '/ws/node_modules/typescript/package.json': JSON.stringify({ name: 'typescript', version: '5.4.5', license: { type: 'Apache-2.0', url: 'https://…' } }),
    '/ws/node_modules/react/package.json': JSON.stringify({ name: 'react', version: '18.3.1', licenses: [{ type: 'MIT' }] }),
    '/ws/node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
    '/ws/node_modules/left-pad/LICENSE': MIT_TEXT,
    '/ws/node_modules/private-sdk/package.json': JSON.stringify({ name: 'private-sdk', version: '0.9.0', license: 'UNLICENSED' }),
    '/ws/node_modules/see-file/package.json': JSON.stringify({ name: 'see-file', version: '1.0.0', license: 'SEE LICENSE IN LICENSE.md' }),
    '/ws/node_modules/see-file/LICENSE.md': MIT_TEXT,
    '/ws/node_modules/express/node_modules/ms/package.json': JSON.stringify({ name: 'ms', version: '2.0.0', license: 'GPL-2.0+' }),
  };

  async function resolve(dependency: Partial<DeclaredDependency> & { name: string }, dir = '/ws', extra: Record<string, string> = {}) {
    const context = testContext({ root: '/ws', files: { ...files, ...extra } });
    return npm.createResolver(dir, context).resolve({ spec: null, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, scope: 'runtime', direct: true, ...dependency });
  }

  it('reads the installed package\'s licence and version', async () => {
    const r = await resolve({ name: 'express', spec: '^4.19.2' });
    assert.equal(r.license, 'MIT');
    assert.equal(r.version, '4.19.2');
    assert.deepEqual(r.evidence[0], { source: 'package-metadata', file: 'node_modules/express/package.json', detail: 'license: "MIT"' });
  });

  it('reads legacy licence objects and arrays', async () => {
    assert.equal((await resolve({ name: 'typescript' })).license, 'Apache-2.0');
    assert.equal((await resolve({ name: 'react' })).license, 'MIT');
  });

  it('keeps UNLICENSED proprietary, never the Unlicense', async () => {
    assert.equal((await resolve({ name: 'private-sdk' })).license, 'LicenseRef-UNLICENSED');
  });

  it('identifies the licence file of a package that declares nothing', async () => {
    const r = await resolve({ name: 'left-pad' });
    assert.equal(r.license, 'MIT');
    assert.ok(r.evidence.some((e) => e.source === 'license-file' && e.file === 'node_modules/left-pad/LICENSE'), JSON.stringify(r.evidence));
  });

  it('follows SEE LICENSE IN to a file inside the package', async () => {
    const r = await resolve({ name: 'see-file' });
    assert.equal(r.license, 'MIT');
    assert.ok(r.evidence.some((e) => e.file === 'node_modules/see-file/LICENSE.md'));
  });

  it('finds scoped packages, and packages hoisted above a workspace member', async () => {
    assert.equal((await resolve({ name: '@acme/telemetry' })).license, 'BUSL-1.1');
    const fromMember = await resolve({ name: 'express' }, '/ws/packages/app', { '/ws/packages/app/package.json': '{"dependencies":{"express":"^4"}}' });
    assert.equal(fromMember.license, 'MIT');
    assert.equal(fromMember.evidence[0].file, 'node_modules/express/package.json');
  });

  it('resolves a lockfile entry at its nested install location', async () => {
    const r = await resolve({ name: 'ms', direct: false, locator: 'node_modules/express/node_modules/ms' }, '/ws', {
      '/ws/package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/express/node_modules/ms': { version: '2.0.0', license: 'GPL-2.0+' } } }),
    });
    assert.equal(r.license, 'GPL-2.0-or-later');
    assert.equal(r.evidence[0].file, 'node_modules/express/node_modules/ms/package.json');
    assert.equal(r.evidence[1].source, 'lockfile');
  });

  it('falls back to the lockfile\'s licence when the package is not installed', async () => {
    const r = await resolve({ name: 'not-installed', spec: '^1.0.0' }, '/ws', {
      '/ws/package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/not-installed': { version: '1.2.0', license: 'ISC' } } }),
    });
    assert.equal(r.license, 'ISC');
    assert.equal(r.version, '1.2.0');
    assert.deepEqual(r.evidence, [{ source: 'lockfile', file: 'package-lock.json', detail: 'license: "ISC"' }]);
  });

  it('says nothing when there is no evidence', async () => {
    const r = await resolve({ name: 'nowhere', spec: '^1.0.0' });
    assert.equal(r.license, null);
    assert.equal(r.version, null);
    assert.deepEqual(r.evidence, []);
  });

  it('marks workspace members as the project\'s own code', async () => {
    const extra = {
      '/ws/package.json': JSON.stringify({ name: 'mono', workspaces: ['packages/*'] }),
      '/ws/packages/app/package.json': JSON.stringify({ name: '@mono/app', dependencies: { '@mono/util': '^1.0.0' } }),
      '/ws/packages/util/package.json': JSON.stringify({ name: '@mono/util', version: '1.0.0', license: 'UNLICENSED', private: true }),
    };
    const r = await resolve({ name: '@mono/util', spec: '^1.0.0' }, '/ws/packages/app', extra);
    assert.ok(r.internal);
    const pnpm = await resolve({ name: '@mono/util' }, '/ws/packages/app', { ...extra, '/ws/package.json': '{"name":"mono"}', '/ws/pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n" });
    assert.ok(pnpm.internal);
    const linked = await resolve({ name: '@mono/b' }, '/ws', { '/ws/package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/@mono/b': { resolved: 'packages/b', link: true } } }) });
    assert.ok(linked.internal);
  });

  it('takes as workspace members only the folders a pattern matches, exclusions left out', async () => {
    const extra = {
      '/ws/package.json': JSON.stringify({ name: 'mono', workspaces: { packages: ['plugins/*-plugin', 'apps/**', '!apps/legacy'] } }),
      '/ws/plugins/auth-plugin/package.json': JSON.stringify({ name: 'auth-plugin' }),
      '/ws/plugins/shared/package.json': JSON.stringify({ name: 'shared-lib' }),
      '/ws/apps/web/admin/package.json': JSON.stringify({ name: 'admin-app' }),
      '/ws/apps/legacy/package.json': JSON.stringify({ name: 'legacy-app' }),
    };
    const internal = async (name: string) => (await resolve({ name }, '/ws/apps/web/admin', extra)).internal !== undefined;
    assert.deepEqual(
      await Promise.all(['auth-plugin', 'shared-lib', 'admin-app', 'legacy-app'].map(internal)),
      [true, false, true, false],
    );
  });

  it('finds a manifest\'s dependency in a v1 lockfile, nested where npm installed it', async () => {
    const v1 = { lockfileVersion: 1, dependencies: { express: { version: '4.17.1', dependencies: { ms: { version: '2.0.0' } } } } };
    const r = await resolve({ name: 'ms' }, '/ws/node_modules/express', { '/ws/package-lock.json': JSON.stringify(v1) });
    assert.equal(r.version, '2.0.0');
    assert.equal(r.license, 'GPL-2.0-or-later');
    assert.equal(r.evidence[0]!.file, 'node_modules/express/node_modules/ms/package.json');
  });

  it('reads npm\'s hidden lockfile when no package-lock.json sits beside package.json', () => {
    assert.deepEqual(npm.extraFiles?.('/ws', new Set(['package.json', 'node_modules'])), ['/ws/node_modules/.package-lock.json']);
    assert.deepEqual(npm.extraFiles?.('/ws', new Set(['package.json', 'node_modules', 'package-lock.json'])), []);
    assert.equal(npm.roleOf('/ws/node_modules/.package-lock.json'), 'lockfile');
  });
});
