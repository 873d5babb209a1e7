// The engine's FileSystem over Node's fs, for the CLI, the benchmark and tests.
import { open, readdir, readFile, stat } from 'node:fs/promises';
import type { DirEntry, EntryKind, FileStat, FileSystem } from '../core/fs/fileSystem';

function kindOf(s: { isFile(): boolean; isDirectory(): boolean }): EntryKind {
  return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
}

export class NodeFileSystem implements FileSystem {
  readFile(path: string): Promise<Uint8Array> {
    return readFile(path);
  }

  async readPrefix(path: string, length: number): Promise<Uint8Array> {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  async readDirectory(path: string): Promise<readonly DirEntry[]> {
    const entries = await readdir(path, { withFileTypes: true });
    return Promise.all(
      entries.map(async (e): Promise<DirEntry> => {
        if (!e.isSymbolicLink()) return { name: e.name, kind: kindOf(e), symlink: false };
        const target = await stat(`${path}/${e.name}`).catch(() => undefined);
        return { name: e.name, kind: target ? kindOf(target) : 'other', symlink: true };
      }),
    );
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await stat(path);
      return { kind: kindOf(s), size: s.size, mtime: s.mtimeMs };
    } catch {
      return undefined;
    }
  }
}
