// How the scan behaves in the extension host: the longest the event loop is blocked during a full
// in-process scan (with the same cooperative checkpoint the extension uses), and how long a cancel
// takes to stop it. Files are read asynchronously here, as vscode.workspace.fs does.
//   node responsiveness.cjs --root <tree> --data <dist/data> [--cancel-after 300]
import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { CancelledError } from '../../src/core/context';
import type { DirEntry, EntryKind, FileStat, FileSystem } from '../../src/core/fs/fileSystem';
import { createCheckpoint } from '../../src/core/scan/checkpoint';
import { ParseCache } from '../../src/core/scan/parseCache';
import { scanWorkspace } from '../../src/core/scan/scanWorkspace';
import { readFilePrefix } from '../../src/node/readFilePrefix';
import { argument, option } from './args';
import { createNodeServices, nodeContext } from './engineHost';

const kindOf = (s: Pick<Stats, 'isFile' | 'isDirectory'> | undefined): EntryKind => (s?.isFile() ? 'file' : s?.isDirectory() ? 'directory' : 'other');

/** fs/promises, like the extension host's asynchronous workspace.fs (which gives a symlink its target's kind). */
const asyncFs: FileSystem = {
  readFile: (path) => readFile(path),
  readPrefix: readFilePrefix,
  async readDirectory(path): Promise<readonly DirEntry[]> {
    const entries = await readdir(path, { withFileTypes: true });
    return Promise.all(entries.map((e): DirEntry | Promise<DirEntry> => e.isSymbolicLink()
      ? stat(`${path}/${e.name}`).then(kindOf, () => kindOf(undefined)).then((kind) => ({ name: e.name, kind, symlink: true }))
      : { name: e.name, kind: kindOf(e), symlink: false }));
  },
  async stat(path): Promise<FileStat | undefined> {
    const s = await stat(path).catch(() => undefined);
    return s && { kind: kindOf(s), size: s.size, mtime: s.mtimeMs };
  },
};

async function main(): Promise<void> {
  const root = argument('root');
  const services = createNodeServices(argument('data'));
  const cancelAfter = Number(option('cancel-after') ?? 300);

  // 1. A full scan, watching the event loop.
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const signal = { isCancellationRequested: false };
  const context = nodeContext(root, services, { fs: asyncFs, checkpoint: createCheckpoint(signal) });
  histogram.enable();
  const t0 = performance.now();
  const result = await scanWorkspace(context, { cache: new ParseCache() });
  const scanMs = performance.now() - t0;
  histogram.disable();

  // 2. The same scan, cancelled part-way.
  const cancelSignal = { isCancellationRequested: false };
  const cancelled = nodeContext(root, services, { fs: asyncFs, checkpoint: createCheckpoint(cancelSignal) });
  let requestedAt = 0;
  setTimeout(() => {
    requestedAt = performance.now();
    cancelSignal.isCancellationRequested = true;
  }, cancelAfter);
  let stoppedAt = 0;
  try {
    await scanWorkspace(cancelled, { cache: new ParseCache() });
  } catch (error) {
    if (!(error instanceof CancelledError)) throw error;
    stoppedAt = performance.now();
  }
  process.stdout.write(JSON.stringify({
    scanMs,
    findings: result.findings.length,
    // The histogram counts delays of the 1 ms timer: the longest and the 99th percentile, in ms.
    maxBlockMs: histogram.max / 1e6,
    p99BlockMs: histogram.percentile(99) / 1e6,
    cancelMs: stoppedAt && requestedAt ? stoppedAt - requestedAt : null,
  }) + '\n');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
