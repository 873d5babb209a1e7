import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testContext } from '../../../test/support/context';
import { CountingFileSystem } from '../../../test/support/countingFileSystem';
import { CancelledError } from '../context';
import type { DirEntry, FileSystem } from '../fs/fileSystem';
import { MemoryFileSystem } from '../fs/memoryFileSystem';
import { createCheckpoint } from './checkpoint';
import { discover, isProjectPath } from './discover';
import { scanWorkspace } from './scanWorkspace';
import { openPercent, summarize } from './summary';

const files = {
  '/ws/package.json': JSON.stringify({ name: 'app', dependencies: { express: '^4.19.2', 'acme-telemetry': '2.3.0' } }, null, 2),
  '/ws/package-lock.json': JSON.stringify(
    {
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { express: '^4.19.2', 'acme-telemetry': '2.3.0' } },
        'node_modules/express': { version: '4.19.2', license: 'MIT' },
        'node_modules/acme-telemetry': { version: '2.3.0', license: 'BUSL-1.1' },
        'node_modules/debug': { version: '2.6.9', license: 'MIT' },
        'node_modules/private-thing': { version: '1.0.0', license: 'UNLICENSED' },
      },
    },
    null,
    2,
  ),
  '/ws/node_modules/express/package.json': JSON.stringify({ name: 'express', version: '4.19.2', license: 'MIT' }),
  '/ws/node_modules/acme-telemetry/package.json': JSON.stringify({ name: 'acme-telemetry', version: '2.3.0', license: 'BUSL-1.1' }),
  '/ws/packages/broken/package.json': '{ "dependencies": { "a": "1" ',
  '/ws/.git/config': '[core]',
  '/ws/.venv/pyvenv.cfg': 'home = /usr/bin',
  '/ws/.venv/lib/python3.12/site-packages/x/package.json': '{"dependencies":{"should-not-appear":"1"}}',
  '/ws/env2/pyvenv.cfg': 'home = /usr/bin',
  '/ws/env2/package.json': '{"dependencies":{"should-not-appear-either":"1"}}',
  '/ws/test/fixtures/package.json': '{"dependencies":{"excluded":"1"}}',
};

describe('discovery', () => {
  it('finds manifests anywhere, but never inside tool folders, virtualenvs or excluded paths', async () => {
    const context = testContext({ root: '/ws', files });
    const { files: found } = await discover(context, { exclude: ['test/fixtures/**'] });
    assert.deepEqual(found.map((f) => f.path).sort(), ['/ws/package-lock.json', '/ws/package.json', '/ws/packages/broken/package.json']);
  });

  it('does not follow symbolic links to folders (loops)', async () => {
    const inner = new MemoryFileSystem({ '/ws/package.json': '{}' });
    const looping: FileSystem = {
      ...inner,
      readFile: (p) => inner.readFile(p),
      readPrefix: (p, n) => inner.readPrefix(p, n),
      stat: (p) => inner.stat(p),
      readDirectory: async (p): Promise<readonly DirEntry[]> => [...(await inner.readDirectory(p)), { name: 'loop', kind: 'directory', symlink: true }],
    };
    const { files: found } = await discover(testContext({ root: '/ws', fs: looping }));
    assert.deepEqual(found.map((f) => f.path), ['/ws/package.json']);
  });

  it('tells project paths from tool folders', () => {
    assert.equal(isProjectPath('src/app/package.json'), true);
    assert.equal(isProjectPath('node_modules/x/package.json'), false);
    assert.equal(isProjectPath('a/.git/x.py'), false);
    assert.equal(isProjectPath('fixtures/p.json', ['fixtures/**']), false);
  });
});

describe('workspace scan', () => {
  it('reports each package once, where the user acts on it', async () => {
    const result = await scanWorkspace(testContext({ root: '/ws', files }), { models: false, exclude: ['test/fixtures'] });
    const packages = result.findings.filter((f) => f.kind === 'package');
    assert.deepEqual(
      packages.map((f) => [f.name, f.file, f.verdict, f.direct]).sort(),
      [
        // What could be read of the broken manifest is kept.
        ['a', 'packages/broken/package.json', 'unknown', true],
        ['acme-telemetry', 'package.json', 'restricted', true],
        ['debug', 'package-lock.json', 'open', false],
        ['express', 'package.json', 'open', true],
        ['private-thing', 'package-lock.json', 'closed', false],
      ],
    );
  });

  it('reads npm\'s hidden lockfile when there is no package-lock.json, reporting each package once', async () => {
    const hidden = {
      '/app/package.json': JSON.stringify({ dependencies: { express: '^4.19.2' } }),
      '/app/node_modules/.package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: { 'node_modules/express': { version: '4.19.2', license: 'MIT' }, 'node_modules/debug': { version: '2.6.9', license: 'MIT' } },
      }),
      '/app/node_modules/express/package.json': JSON.stringify({ name: 'express', version: '4.19.2', license: 'MIT' }),
    };
    const result = await scanWorkspace(testContext({ root: '/app', files: hidden }), { models: false });
    assert.deepEqual(result.findings.map((f) => [f.name, f.file]).sort(), [['debug', 'node_modules/.package-lock.json'], ['express', 'package.json']]);
  });

  it('reads each file once: resolvers reuse the manifests and lockfiles the scan has read', async () => {
    const counting = new CountingFileSystem(new MemoryFileSystem(files));
    await scanWorkspace(testContext({ root: '/ws', fs: counting }), { models: false, exclude: ['test/**', 'packages/broken/**'] });
    const readTwice = counting.fileReads.filter((path, i) => counting.fileReads.indexOf(path) !== i);
    assert.deepEqual(readTwice, []);
    assert.ok(counting.fileReads.includes('/ws/package-lock.json'));
  });

  it('keeps other files\' results when one manifest is broken, with a clear error', async () => {
    const result = await scanWorkspace(testContext({ root: '/ws', files }), { models: false });
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0].file, 'packages/broken/package.json');
    assert.match(result.errors[0].message, /^Invalid JSON: /);
    assert.ok(result.findings.length >= 4);
  });

  it('says a binary file is not read, without losing anything else', async () => {
    const result = await scanWorkspace(testContext({ root: '/ws', files: { ...files, '/ws/sub/package.json': new Uint8Array([0x7b, 0, 0, 1, 2]) } }), { models: false });
    const error = result.errors.find((e) => e.file === 'sub/package.json');
    assert.match(error?.message ?? '', /binary/);
    assert.ok(result.findings.some((f) => f.name === 'express'));
  });

  it('stops when cancelled', async () => {
    const signal = { isCancellationRequested: true };
    const context = { ...testContext({ root: '/ws', files }), checkpoint: createCheckpoint(signal) };
    await assert.rejects(scanWorkspace(context), CancelledError);
  });

  it('summarises verdicts for the status bar', async () => {
    const result = await scanWorkspace(testContext({ root: '/ws', files }), { models: false, exclude: ['test/**', 'packages/broken/**'] });
    const summary = summarize(result.findings);
    assert.deepEqual(summary.packages, { open: 2, restricted: 1, closed: 1, unknown: 0 });
    assert.equal(openPercent(summary.packages), 50);
  });
});
