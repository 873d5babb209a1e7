// Builds the EngineContext every host (extension, CLI, benchmark) scans with: the same scoping rules
// and services everywhere.
import type { EngineContext } from './context';
import type { FileSystem } from './fs/fileSystem';
import { ScopedFileSystem } from './fs/scopedFileSystem';
import { ECOSYSTEMS } from './ecosystems/registry';
import type { LicenseTextIdentifier } from './licenses/types';
import { modelCacheRoots } from './models/local';
import type { ModelKnowledge } from './models/knowledge/types';

export interface EngineServices {
  readonly licenseTexts: LicenseTextIdentifier;
  readonly models: ModelKnowledge;
}

export interface ContextOptions {
  readonly fs: FileSystem;
  readonly root: string;
  readonly home: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly services: EngineServices;
  readonly checkpoint?: () => Promise<void>;
}

/** Where the engine may read: the scanned folder and the package and model caches of the machine. */
export function readableRoots(root: string, env: ContextOptions['env'], home: string | undefined): string[] {
  return [
    root,
    ...ECOSYSTEMS.flatMap((e) => e.cacheRoots?.(env, home) ?? []),
    ...modelCacheRoots(env, home),
  ];
}

export function createEngineContext(options: ContextOptions): EngineContext {
  return {
    fs: new ScopedFileSystem(options.fs, readableRoots(options.root, options.env, options.home)),
    root: options.root,
    home: options.home,
    env: options.env,
    licenseTexts: options.services.licenseTexts,
    models: options.services.models,
    checkpoint: options.checkpoint ?? (() => Promise.resolve()),
  };
}
