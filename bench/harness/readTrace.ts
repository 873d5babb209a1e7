// The Openness scan in-process, with its file-system calls counted: what it reads (to compare with
// the floor's reads) and how the time splits between discovery and the rest.
//   node readTrace.cjs --root <tree> --data <dist/data>
import type { DirEntry, FileStat, FileSystem } from '../../src/core/fs/fileSystem';
import { discover } from '../../src/core/scan/discover';
import { scanWorkspace } from '../../src/core/scan/scanWorkspace';
import { NodeFileSystem } from '../../src/node/nodeFileSystem';
import { argument, createNodeServices, nodeContext } from './engineHost';

class CountingFileSystem implements FileSystem {
  readonly counts = { readFile: 0, readPrefix: 0, readDirectory: 0, stat: 0, failedReads: 0, bytes: 0 };
  private readonly inner = new NodeFileSystem();

  private async counted(read: Promise<Uint8Array>): Promise<Uint8Array> {
    try {
      const bytes = await read;
      this.counts.bytes += bytes.length;
      return bytes;
    } catch (error) {
      this.counts.failedReads++;
      throw error;
    }
  }

  readFile(path: string): Promise<Uint8Array> {
    this.counts.readFile++;
    return this.counted(this.inner.readFile(path));
  }

  readPrefix(path: string, length: number): Promise<Uint8Array> {
    this.counts.readPrefix++;
    return this.counted(this.inner.readPrefix(path, length));
  }

  readDirectory(path: string): Promise<readonly DirEntry[]> {
    this.counts.readDirectory++;
    return this.inner.readDirectory(path);
  }

  stat(path: string): Promise<FileStat | undefined> {
    this.counts.stat++;
    return this.inner.stat(path);
  }
}

async function main(): Promise<void> {
  const root = argument('root');
  const services = createNodeServices(argument('data'));

  let started = performance.now();
  const discovery = await discover(nodeContext(root, services));
  const discoverMs = performance.now() - started;

  const fs = new CountingFileSystem();
  started = performance.now();
  const result = await scanWorkspace(nodeContext(root, services, fs));
  const scanMs = performance.now() - started;
  process.stdout.write(JSON.stringify({
    discoverMs,
    scanMs,
    discovered: discovery.files.length,
    findings: result.findings.length,
    errors: result.errors.length,
    reads: { ...fs.counts, successfulReads: fs.counts.readFile + fs.counts.readPrefix - fs.counts.failedReads },
  }) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
