// A FileSystem wrapper that counts reads and listings per path, for tests that check nothing is read twice.
import type { FileSystem, ReadOptions } from '../../src/core/fs/fileSystem';

export class CountingFileSystem implements FileSystem {
  /** Reads (whole or prefix) and directory listings, by path. */
  readonly reads = new Map<string, number>();
  /** The paths of each kind of call, in order. */
  readonly fileReads: string[] = [];
  readonly prefixReads: string[] = [];
  readonly listings: string[] = [];

  constructor(private readonly inner: FileSystem) {}

  private count(path: string, calls: string[]): void {
    this.reads.set(path, (this.reads.get(path) ?? 0) + 1);
    calls.push(path);
  }

  readFile(path: string, options?: ReadOptions) {
    this.count(path, this.fileReads);
    return this.inner.readFile(path, options);
  }

  readPrefix(path: string, length: number) {
    this.count(path, this.prefixReads);
    return this.inner.readPrefix(path, length);
  }

  readDirectory(path: string) {
    this.count(path, this.listings);
    return this.inner.readDirectory(path);
  }

  stat(path: string) {
    return this.inner.stat(path);
  }

  /** Paths read or listed more than once. */
  repeated(): [string, number][] {
    return [...this.reads].filter(([, n]) => n > 1);
  }
}
