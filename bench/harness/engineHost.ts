// An EngineContext built the way the CLI and the extension build theirs: the Node file system (or
// another), the data files of dist/, the machine's home and environment.
import { homedir } from 'node:os';
import type { EngineContext } from '../../src/core/context';
import { createEngineContext, type EngineServices } from '../../src/core/engine';
import type { FileSystem } from '../../src/core/fs/fileSystem';
import { NodeFileSystem } from '../../src/node/nodeFileSystem';

export { createNodeServices } from '../../src/node/services';

export function nodeContext(root: string, services: EngineServices, options: { fs?: FileSystem; checkpoint?: () => Promise<void> } = {}): EngineContext {
  return createEngineContext({ fs: options.fs ?? new NodeFileSystem(), root, home: homedir().split('\\').join('/'), env: process.env, services, checkpoint: options.checkpoint });
}
