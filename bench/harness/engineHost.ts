// An EngineContext built the way the CLI and the extension build theirs: the Node file system, the
// data files of dist/, the machine's home and environment.
import { homedir } from 'node:os';
import type { EngineContext } from '../../src/core/context';
import { createEngineContext, type EngineServices } from '../../src/core/engine';
import type { FileSystem } from '../../src/core/fs/fileSystem';
import { NodeFileSystem } from '../../src/node/nodeFileSystem';
import { createNodeServices } from '../../src/node/services';

export function nodeContext(root: string, services: EngineServices, fs: FileSystem = new NodeFileSystem()): EngineContext {
  return createEngineContext({ fs, root, home: homedir().split('\\').join('/'), env: process.env, services });
}

export { createNodeServices };

/** `--name value` from the command line, or an error naming what is missing. */
export function argument(name: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? undefined : process.argv[at + 1];
  if (value === undefined) throw new Error(`missing --${name}`);
  return value;
}
