// Enforces "never read outside the workspace and the known package caches".
import type { DirEntry, FileStat, FileSystem, ReadOptions } from './fileSystem';
import { isInside } from './paths';

/** A `..` segment could climb out of an allowed root. */
const PARENT_SEGMENT = /(?:^|\/)\.\.(?:\/|$)/;

export class OutsideScopeError extends Error {
  constructor(readonly path: string) {
    super(`Openness does not read outside the workspace and known package caches: ${path}`);
  }
}

export class ScopedFileSystem implements FileSystem {
  constructor(private readonly inner: FileSystem, private readonly roots: readonly string[]) {}

  allows(path: string): boolean {
    return this.roots.some((root) => isInside(root, path));
  }

  private check(path: string): void {
    if (!this.allows(path) || PARENT_SEGMENT.test(path)) throw new OutsideScopeError(path);
  }

  // Async, so a refusal is a rejected promise like any other failure (callers use .catch()).
  async readFile(path: string, options?: ReadOptions): Promise<Uint8Array> {
    this.check(path);
    return this.inner.readFile(path, options);
  }

  async readPrefix(path: string, length: number): Promise<Uint8Array> {
    this.check(path);
    return this.inner.readPrefix(path, length);
  }

  async readDirectory(path: string): Promise<readonly DirEntry[]> {
    this.check(path);
    return this.inner.readDirectory(path);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    if (!this.allows(path)) return undefined;
    return this.inner.stat(path);
  }
}
