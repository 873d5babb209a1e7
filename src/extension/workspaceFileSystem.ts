// The engine's FileSystem over vscode.workspace.fs, so remote and virtual workspaces work. Engine
// paths are URI paths; every URI keeps the workspace folder's scheme and authority.
import * as vscode from 'vscode';
import { FileTooLargeError, type DirEntry, type EntryKind, type FileStat, type FileSystem, type ReadOptions } from '../core/fs/fileSystem';
import { readFilePrefix } from '../node/readFilePrefix';

function kindOf(type: vscode.FileType): EntryKind {
  if (type & vscode.FileType.File) return 'file';
  if (type & vscode.FileType.Directory) return 'directory';
  return 'other';
}

export class WorkspaceFileSystem implements FileSystem {
  constructor(private readonly base: vscode.Uri) {}

  uri(path: string): vscode.Uri {
    return this.base.with({ path, query: '', fragment: '' });
  }

  async readFile(path: string, options?: ReadOptions): Promise<Uint8Array> {
    const uri = this.uri(path);
    if (options?.maxBytes !== undefined) {
      const { size } = await vscode.workspace.fs.stat(uri);
      if (size > options.maxBytes) throw new FileTooLargeError(path, size, options.maxBytes);
    }
    return vscode.workspace.fs.readFile(uri);
  }

  async readPrefix(path: string, length: number): Promise<Uint8Array> {
    // workspace.fs cannot read part of a file, and model files are gigabytes. Files on the disk of
    // this extension host (local, or the remote machine for a remote workspace) Node can read in part.
    const uri = this.uri(path);
    if (uri.scheme === 'file' || uri.scheme === 'vscode-remote') return readFilePrefix(uri.scheme === 'file' ? uri.fsPath : uri.path, length);
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > 64 * 1024 * 1024) throw new Error('too large to read its header through this file system');
    return (await vscode.workspace.fs.readFile(uri)).subarray(0, length);
  }

  async readDirectory(path: string): Promise<readonly DirEntry[]> {
    // Resolvers probe folders that often do not exist (`Lib/site-packages`, `vendor/`); the extension
    // host logs a stack for every failed listing, but not for a failed stat.
    if ((await this.stat(path))?.kind !== 'directory') throw new Error(`Not a folder: ${path}`);
    const entries = await vscode.workspace.fs.readDirectory(this.uri(path));
    return entries.map(([name, type]) => ({ name, kind: kindOf(type), symlink: (type & vscode.FileType.SymbolicLink) !== 0 }));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(this.uri(path));
      return { kind: kindOf(s.type), size: s.size, mtime: s.mtime };
    } catch {
      return undefined;
    }
  }
}
