// What Openness knows about one workspace folder: each file's scan, kept up to date as files are
// edited and as evidence on disk (lockfiles, installed packages) changes.
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { EngineContext } from '../core/context';
import type { EngineServices } from '../core/engine';
import type { DiscoveredFile } from '../core/scan/discover';
import type { MergedResult } from '../core/scan/merge';
import type { ParseCache } from '../core/scan/parseCache';
import type { CancellationSignal } from '../core/scan/checkpoint';
import type { FileScan } from '../core/scan/scanFile';
import type { Settings } from './config';
import { loadEngine } from './loadEngine';
import { WorkspaceFileSystem } from './workspaceFileSystem';

/** Home folder of the machine the files are on (as a URI path, like every engine path), when the extension host runs there. */
function homeFor(uri: vscode.Uri): string | undefined {
  return uri.scheme === 'file' || uri.scheme === 'vscode-remote' ? vscode.Uri.file(os.homedir()).path : undefined;
}

export class FolderResults {
  readonly root: string;
  readonly fs: WorkspaceFileSystem;
  private readonly files = new Map<string, FileScan>();
  private readonly lockfiles = new Set<string>();
  private parseCache: ParseCache | undefined;
  private merged: MergedResult | undefined;
  /** Resolutions are memoised per context: dropping it forgets them when evidence on disk changes. */
  private context: EngineContext | undefined;
  /** The running workspace scan's checkpoint (yield and cancellation); document scans share it. */
  private checkpoint: () => Promise<void> = () => Promise.resolve();

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    private readonly services: () => EngineServices,
  ) {
    this.root = folder.uri.path.replace(/\/$/, '') || '/';
    this.fs = new WorkspaceFileSystem(folder.uri);
  }

  private get cache(): ParseCache {
    return (this.parseCache ??= new (loadEngine().ParseCache)());
  }

  private engineContext(): EngineContext {
    return (this.context ??= loadEngine().createEngineContext({
      fs: this.fs,
      root: this.root,
      home: homeFor(this.folder.uri),
      env: process.env,
      services: this.services(),
      checkpoint: () => this.checkpoint(),
    }));
  }

  uriOf(path: string): vscode.Uri {
    return this.fs.uri(path);
  }

  /** The engine path of a URI in this folder, or undefined when it lies elsewhere. */
  pathOf(uri: vscode.Uri): string | undefined {
    const base = this.folder.uri;
    if (uri.scheme !== base.scheme || uri.authority !== base.authority) return undefined;
    return uri.path === this.root || uri.path.startsWith(this.root === '/' ? '/' : this.root + '/') ? uri.path : undefined;
  }

  /** What Openness reads this file as under the current settings; undefined for files it leaves alone. */
  classify(path: string, settings: Settings): DiscoveredFile | undefined {
    const engine = loadEngine();
    if (!engine.isProjectPath(this.relative(path), settings.exclude)) return undefined;
    return engine.classify(path, { packages: settings.packages.enabled, models: settings.models.enabled });
  }

  /** A path relative to the folder, as findings name files. */
  relative(path: string): string {
    return this.root === '/' ? path.slice(1) : path.slice(this.root.length + 1);
  }

  /** The URI of a file named relative to the folder (as findings and evidence name them). */
  fileUri(relative: string): vscode.Uri {
    return this.fs.uri(this.root === '/' ? `/${relative}` : `${this.root}/${relative}`);
  }

  /** Scans the whole folder; results replace the previous ones only when the scan completes. */
  async scanAll(settings: Settings, signal: CancellationSignal, onProgress: (done: number, total: number) => void): Promise<{ scanned: number; truncated: boolean }> {
    this.context = undefined;
    const engine = loadEngine();
    this.checkpoint = engine.createCheckpoint(signal);
    let result;
    try {
      result = await engine.scanWorkspace(this.engineContext(), {
        exclude: settings.exclude,
        packages: settings.packages.enabled,
        models: settings.models.enabled,
        cache: this.cache,
        onProgress,
      });
    } finally {
      this.checkpoint = () => Promise.resolve();
    }
    this.files.clear();
    this.lockfiles.clear();
    for (const [path, scan] of result.files) this.files.set(path, scan);
    for (const path of result.lockfiles) this.lockfiles.add(path);
    this.merged = undefined;
    return { scanned: result.scanned, truncated: result.truncated };
  }

  /** Scans one file from an editor's text (unsaved edits included). */
  async scanDocument(file: DiscoveredFile, text: string): Promise<FileScan> {
    const scan = await loadEngine().scanText(this.engineContext(), file, text, this.cache);
    this.store(file, scan);
    return scan;
  }

  /** Rescans one file from disk (after it changed there). */
  async scanFromDisk(file: DiscoveredFile): Promise<FileScan | undefined> {
    const scan = await loadEngine().scanPath(this.engineContext(), file, this.cache);
    if (scan) this.store(file, scan);
    else this.remove(file.path);
    return scan;
  }

  private store(file: DiscoveredFile, scan: FileScan): void {
    this.files.set(file.path, scan);
    if (file.manifest?.role === 'lockfile') this.lockfiles.add(file.path);
    this.merged = undefined;
  }

  remove(path: string): void {
    if (this.files.delete(path)) this.merged = undefined;
    this.lockfiles.delete(path);
    this.cache.forget(path);
  }

  /** Evidence on disk changed (a lockfile, node_modules, a virtualenv): resolve afresh from now on. */
  evidenceChanged(): void {
    this.context = undefined;
  }

  /** Every file scanned so far. */
  scannedPaths(): string[] {
    return [...this.files.keys()];
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  result(): MergedResult {
    this.merged ??= loadEngine().mergeFileScans(this.files.values(), (path) => this.lockfiles.has(path));
    return this.merged;
  }

  isLockfile(path: string): boolean {
    return this.lockfiles.has(path);
  }
}
