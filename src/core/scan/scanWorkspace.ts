// A whole-workspace scan: discover, read and scan files a few at a time, merge.
import type { EngineContext } from '../context';
import type { ScanResult } from '../types';
import { discover, type DiscoverOptions } from './discover';
import { mergeFileScans } from './merge';
import type { ParseCache } from './parseCache';
import { scanPath, type FileScan } from './scanFile';

export interface ScanOptions extends DiscoverOptions {
  readonly cache?: ParseCache;
  /** Called as files complete, for progress reports. */
  readonly onProgress?: (done: number, total: number) => void;
  /** How many files are read at once. */
  readonly concurrency?: number;
}

export interface WorkspaceScan extends ScanResult {
  /** Per file, so a host can update one file's results later without rescanning everything. */
  readonly files: ReadonlyMap<string, FileScan>;
  /** Files the scan looked at. */
  readonly scanned: number;
  /** Paths of the lockfiles among them (for merging later updates). */
  readonly lockfiles: ReadonlySet<string>;
  readonly truncated: boolean;
}

export async function scanWorkspace(context: EngineContext, options: ScanOptions = {}): Promise<WorkspaceScan> {
  const discovery = await discover(context, options);
  // Sorted by path, so results read in a stable order whatever order folders are listed in.
  const discovered = [...discovery.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = new Map<string, FileScan>();
  const lockfiles = new Set(discovered.filter((f) => f.manifest?.role === 'lockfile').map((f) => f.path));
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < discovered.length) {
      const file = discovered[next++];
      await context.checkpoint();
      const scan = await scanPath(context, file, options.cache);
      if (scan) files.set(file.path, scan);
      options.onProgress?.(++done, discovered.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  // Keep discovery order so results are stable from run to run.
  const ordered = discovered.map((f) => files.get(f.path)).filter((s): s is FileScan => s !== undefined);
  const merged = mergeFileScans(ordered, (path) => lockfiles.has(path));
  const errors = [
    ...merged.errors,
    ...discovery.unreadable.map((file) => ({ file, range: null, message: 'Folder could not be read' })),
  ];
  return { root: context.root, findings: merged.findings, errors, files, scanned: discovered.length, lockfiles, truncated: discovery.truncated };
}
