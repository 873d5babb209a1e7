// Builds an EngineContext for unit tests: a memory file system (or a real folder), the real licence
// texts and model knowledge from dist/data (run `npm run build` once first).
import { join } from 'node:path';
import type { EngineContext } from '../../src/core/context';
import type { FileSystem } from '../../src/core/fs/fileSystem';
import { MemoryFileSystem } from '../../src/core/fs/memoryFileSystem';
import { NodeFileSystem } from '../../src/node/nodeFileSystem';
import { createNodeServices } from '../../src/node/services';

const { licenseTexts, models } = createNodeServices(join(__dirname, '../../dist/data'));

export interface TestContextOptions {
  /** The scanned folder (absolute, POSIX). */
  readonly root: string;
  /** Files for a memory file system (absolute paths); omit to read the real disk. */
  readonly files?: Record<string, string | Uint8Array>;
  readonly fs?: FileSystem;
  readonly env?: Record<string, string | undefined>;
  readonly home?: string;
}

export function testContext(options: TestContextOptions): EngineContext {
  return {
    fs: options.fs ?? (options.files ? new MemoryFileSystem(options.files) : new NodeFileSystem()),
    root: options.root,
    home: options.home,
    env: options.env ?? {},
    licenseTexts,
    models,
    checkpoint: () => Promise.resolve(),
  };
}
