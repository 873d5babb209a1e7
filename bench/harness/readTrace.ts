// The Openness scan in-process, with its file-system calls counted: what it reads (to compare with
// the floor's reads) and how the time splits between discovery and the rest.
//   node readTrace.cjs --root <tree> --data <dist/data>
import type { DirEntry, FileStat, FileSystem } from '../../src/core/fs/fileSystem';
import { discover } from '../../src/core/scan/discover';
import { scanWorkspace } from '../../src/core/scan/scanWorkspace';
import { NodeFileSystem } from '../../src/node/nodeFileSystem';
import { argument } from './args';
import { createNodeServices, nodeContext } from './engineHost';

/** Groups paths by what they are: the file name, with node_modules packages and dist-infos folded. */
function kindOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const where = path.includes('/node_modules/') ? 'node_modules/**/' : path.includes('/site-packages/') ? 'site-packages/**/' : '';
  return /^(?:licen[cs]e|copying)/i.test(name) ? `${where}LICENSE*` : /\.(?:[cm]?[jt]sx?|py|ipynb|ya?ml|md)$/.test(name) ? `${where}*${name.slice(name.lastIndexOf('.'))}` : `${where}${name}`;
}

function count(table: Map<string, number>, key: string, by = 1): void {
  table.set(key, (table.get(key) ?? 0) + by);
}

/** The Node file system, with every call counted: successes and failures, bytes, by path and by kind. */
class TracingFileSystem implements FileSystem {
  readonly counts = { readFile: 0, readPrefix: 0, readDirectory: 0, stat: 0, failedReads: 0, bytes: 0 };
  readonly readsByPath = new Map<string, number>();
  readonly bytesByPath = new Map<string, number>();
  readonly failedByKind = new Map<string, number>();
  readonly statsByKind = new Map<string, number>();
  private readonly inner = new NodeFileSystem();

  private async counted(path: string, read: Promise<Uint8Array>): Promise<Uint8Array> {
    try {
      const bytes = await read;
      this.counts.bytes += bytes.length;
      count(this.readsByPath, path);
      this.bytesByPath.set(path, bytes.length);
      return bytes;
    } catch (error) {
      this.counts.failedReads++;
      count(this.failedByKind, kindOf(path));
      throw error;
    }
  }

  readFile(path: string): Promise<Uint8Array> {
    this.counts.readFile++;
    return this.counted(path, this.inner.readFile(path));
  }

  readPrefix(path: string, length: number): Promise<Uint8Array> {
    this.counts.readPrefix++;
    return this.counted(path, this.inner.readPrefix(path, length));
  }

  readDirectory(path: string): Promise<readonly DirEntry[]> {
    this.counts.readDirectory++;
    return this.inner.readDirectory(path);
  }

  stat(path: string): Promise<FileStat | undefined> {
    this.counts.stat++;
    count(this.statsByKind, kindOf(path));
    return this.inner.stat(path);
  }

  /** Files read more than once, by kind: extra reads and the bytes they read again. */
  repeats(): { kind: string; extraReads: number; extraBytes: number }[] {
    const byKind = new Map<string, { kind: string; extraReads: number; extraBytes: number }>();
    for (const [path, reads] of this.readsByPath) {
      if (reads < 2) continue;
      const kind = kindOf(path);
      const entry = byKind.get(kind) ?? { kind, extraReads: 0, extraBytes: 0 };
      entry.extraReads += reads - 1;
      entry.extraBytes += (reads - 1) * (this.bytesByPath.get(path) ?? 0);
      byKind.set(kind, entry);
    }
    return [...byKind.values()].sort((a, b) => b.extraBytes - a.extraBytes || b.extraReads - a.extraReads);
  }
}

const top = (table: Map<string, number>, n = 8) => [...table].sort((a, b) => b[1] - a[1]).slice(0, n).map(([kind, calls]) => ({ kind, calls }));

async function main(): Promise<void> {
  const root = argument('root');
  const services = createNodeServices(argument('data'));

  let started = performance.now();
  const discovery = await discover(nodeContext(root, services));
  const discoverMs = performance.now() - started;

  const fs = new TracingFileSystem();
  started = performance.now();
  const result = await scanWorkspace(nodeContext(root, services, { fs }));
  const scanMs = performance.now() - started;
  process.stdout.write(JSON.stringify({
    discoverMs,
    scanMs,
    discovered: discovery.files.length,
    findings: result.findings.length,
    errors: result.errors.length,
    reads: { ...fs.counts, successfulReads: fs.counts.readFile + fs.counts.readPrefix - fs.counts.failedReads, distinctFiles: fs.readsByPath.size },
    repeatedReads: fs.repeats().slice(0, 8),
    failedReads: top(fs.failedByKind),
    stats: top(fs.statsByKind),
  }) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
