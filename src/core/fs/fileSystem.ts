// The small file-system interface the engine reads through. The extension backs it with
// `vscode.workspace.fs`, the CLI and tests with Node's fs or memory. Paths are absolute and
// POSIX-style (`/home/me/project/package.json`) everywhere in the engine.

export type EntryKind = 'file' | 'directory' | 'other';

export interface DirEntry {
  readonly name: string;
  /** What the entry is (for a symbolic link: what it points to, when that is known). */
  readonly kind: EntryKind;
  readonly symlink: boolean;
}

export interface FileStat {
  readonly kind: EntryKind;
  readonly size: number;
  /** Milliseconds since the epoch. */
  readonly mtime: number;
}

export interface ReadOptions {
  /** Reject with FileTooLargeError, without reading, when the file is larger than this. */
  readonly maxBytes?: number;
}

export class FileTooLargeError extends Error {
  constructor(readonly path: string, readonly size: number, readonly maxBytes: number) {
    super(`${Math.ceil(size / 1048576)} MB is larger than the ${Math.floor(maxBytes / 1048576)} MB limit`);
  }
}

export interface FileSystem {
  /** Rejects when the file cannot be read (or is larger than `maxBytes`). */
  readFile(path: string, options?: ReadOptions): Promise<Uint8Array>;
  /** The first `length` bytes (fewer if the file is shorter); for headers of large binary files. */
  readPrefix(path: string, length: number): Promise<Uint8Array>;
  /** Rejects when the directory cannot be read. */
  readDirectory(path: string): Promise<readonly DirEntry[]>;
  /** Undefined when nothing is there. */
  stat(path: string): Promise<FileStat | undefined>;
}

const decoder = new TextDecoder('utf-8');

/** Decodes UTF-8 and drops a byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when the bytes look like a binary file (a NUL in the first 8 KiB), as git decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Reads a text file, or undefined when it does not exist or cannot be read. */
export async function readTextIfExists(fs: FileSystem, path: string, options?: ReadOptions): Promise<string | undefined> {
  try {
    return decodeText(await fs.readFile(path, options));
  } catch {
    return undefined;
  }
}
