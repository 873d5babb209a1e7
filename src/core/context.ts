// What the engine needs from its host (extension, CLI, tests): files, environment and data loaders.
import type { FileSystem } from './fs/fileSystem';
import type { LicenseTextIdentifier } from './licenses/types';
import type { ModelKnowledge } from './models/knowledge/types';

export interface EngineContext {
  /** Reads files; already scoped to the workspace and the known package caches. */
  readonly fs: FileSystem;
  /** The folder being scanned (absolute, POSIX). Findings' paths are relative to it. */
  readonly root: string;
  /** The user's home directory, for default package-cache locations (`~/.cargo`, `~/go`, …). */
  readonly home: string | undefined;
  /** Environment variables, honoured as each ecosystem's own tools do (CARGO_HOME, GOMODCACHE, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly licenseTexts: LicenseTextIdentifier;
  readonly models: ModelKnowledge;
  /** Cooperative cancellation: long loops call `checkpoint()` to yield and to stop when cancelled. */
  readonly checkpoint: () => Promise<void>;
}

export class CancelledError extends Error {
  constructor() {
    super('Scan cancelled');
  }
}
