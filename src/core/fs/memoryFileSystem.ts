// An in-memory file system for tests and for documents held by an editor.
import { FileTooLargeError, type DirEntry, type FileStat, type FileSystem, type ReadOptions } from './fileSystem';
import { dirname, basename } from './paths';

export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Set<string>(['/']);

  /** `files` maps absolute paths to contents. */
  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    for (let d = dirname(path); !this.dirs.has(d); d = dirname(d)) this.dirs.add(d);
  }

  async readFile(path: string, options?: ReadOptions): Promise<Uint8Array> {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error(`ENOENT: ${path}`);
    if (options?.maxBytes !== undefined && bytes.length > options.maxBytes) throw new FileTooLargeError(path, bytes.length, options.maxBytes);
    return bytes;
  }

  async readPrefix(path: string, length: number): Promise<Uint8Array> {
    return (await this.readFile(path)).subarray(0, length);
  }

  async readDirectory(path: string): Promise<readonly DirEntry[]> {
    if (!this.dirs.has(path)) throw new Error(`ENOENT: ${path}`);
    const out: DirEntry[] = [];
    for (const d of this.dirs) if (d !== path && dirname(d) === path) out.push({ name: basename(d), kind: 'directory', symlink: false });
    for (const f of this.files.keys()) if (dirname(f) === path) out.push({ name: basename(f), kind: 'file', symlink: false });
    return out;
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const bytes = this.files.get(path);
    if (bytes) return { kind: 'file', size: bytes.length, mtime: 0 };
    if (this.dirs.has(path)) return { kind: 'directory', size: 0, mtime: 0 };
    return undefined;
  }
}
