// The engine's FileSystem over Node's fs, for batch hosts: the CLI, the benchmark and tests. Calls
// are synchronous underneath — several times faster than fs/promises for many small files, and
// nothing else needs the event loop in a batch scan. The extension uses WorkspaceFileSystem instead.
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { FileTooLargeError, type DirEntry, type EntryKind, type FileStat, type FileSystem, type ReadOptions } from '../core/fs/fileSystem';

function kindOf(s: { isFile(): boolean; isDirectory(): boolean }): EntryKind {
  return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
}

/** Reads up to `length` bytes from the start of an open file. */
function readFrom(fd: number, length: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const n = readSync(fd, buffer, filled, length - filled, filled);
    if (n === 0) break;
    filled += n;
  }
  return buffer.subarray(0, filled);
}

/** The first `length` bytes of a file (fewer when it is shorter). */
function readPrefixSync(path: string, length: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    return readFrom(fd, length);
  } finally {
    closeSync(fd);
  }
}

export class NodeFileSystem implements FileSystem {
  async readFile(path: string, options?: ReadOptions): Promise<Uint8Array> {
    const fd = openSync(path, 'r');
    try {
      const { size } = fstatSync(fd);
      if (options?.maxBytes !== undefined && size > options.maxBytes) throw new FileTooLargeError(path, size, options.maxBytes);
      return readFrom(fd, size);
    } finally {
      closeSync(fd);
    }
  }

  async readPrefix(path: string, length: number): Promise<Uint8Array> {
    return readPrefixSync(path, length);
  }

  async readDirectory(path: string): Promise<readonly DirEntry[]> {
    return readdirSync(path, { withFileTypes: true }).map((e): DirEntry => {
      if (!e.isSymbolicLink()) return { name: e.name, kind: kindOf(e), symlink: false };
      const target = statSync(`${path}/${e.name}`, { throwIfNoEntry: false });
      return { name: e.name, kind: target ? kindOf(target) : 'other', symlink: true };
    });
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = statSync(path, { throwIfNoEntry: false });
      return s && { kind: kindOf(s), size: s.size, mtime: s.mtimeMs };
    } catch {
      return undefined;
    }
  }
}
