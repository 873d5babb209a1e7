import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileTooLargeError, looksBinary, decodeText } from './fileSystem';
import { compileGlobs } from './glob';
import { MemoryFileSystem } from './memoryFileSystem';
import { ancestorsWithin, displayPath } from './paths';
import { OutsideScopeError, ScopedFileSystem } from './scopedFileSystem';

describe('scoped file system', () => {
  const inner = new MemoryFileSystem({ '/ws/a.txt': 'a', '/home/me/.cargo/registry/x.toml': 'x', '/etc/passwd': 'root' });
  const fs = new ScopedFileSystem(inner, ['/ws', '/home/me/.cargo']);

  it('reads inside the workspace and the allowed caches', async () => {
    assert.equal(decodeText(await fs.readFile('/ws/a.txt')), 'a');
    assert.equal(decodeText(await fs.readFile('/home/me/.cargo/registry/x.toml')), 'x');
  });

  it('refuses everything else, including paths that climb out with ..', async () => {
    await assert.rejects(fs.readFile('/etc/passwd'), OutsideScopeError);
    await assert.rejects(fs.readFile('/ws/../etc/passwd'), OutsideScopeError);
    await assert.rejects(fs.readDirectory('/home/me'), OutsideScopeError);
    await assert.rejects(fs.readFile('/wsx/a.txt'), OutsideScopeError, 'a sibling folder sharing the prefix is outside');
    assert.equal(await fs.stat('/etc/passwd'), undefined);
  });

  it('enforces size limits before reading', async () => {
    await assert.rejects(fs.readFile('/ws/a.txt', { maxBytes: 0 }), FileTooLargeError);
  });
});

describe('paths and globs', () => {
  it('shows paths relative to the folder, caches under ~', () => {
    assert.equal(displayPath('/ws', '/ws/src/a.py'), 'src/a.py');
    assert.equal(displayPath('/ws', '/home/me/.cargo/x', '/home/me'), '~/.cargo/x');
    assert.equal(displayPath('/ws', '/opt/x', '/home/me'), '/opt/x');
    assert.deepEqual(ancestorsWithin('/ws', '/ws/a/b'), ['/ws/a/b', '/ws/a', '/ws']);
    assert.deepEqual(ancestorsWithin('/ws', '/other'), []);
  });

  it('matches globs as .gitignore does: a folder pattern covers what is beneath it', () => {
    const excluded = compileGlobs(['**/fixtures/**', 'legacy', 'docs/*.md']);
    assert.ok(excluded('src/fixtures/package.json'));
    assert.ok(excluded('fixtures/a/b.py'));
    assert.ok(excluded('legacy/package.json'));
    assert.ok(excluded('docs/readme.md'));
    assert.ok(!excluded('docs/sub/readme.md'));
    assert.ok(!excluded('src/app.py'));
  });

  it('tells binary files by a NUL byte', () => {
    assert.ok(looksBinary(new Uint8Array([71, 71, 85, 70, 0, 1])));
    assert.ok(!looksBinary(new TextEncoder().encode('{"a": 1}')));
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), 'A');
  });
});
