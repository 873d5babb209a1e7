// What the engine needs from its host (extension, CLI, tests): files, environment and data loaders.
import { readTextIfExists, type FileSystem } from './fs/fileSystem';
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

const memos = new WeakMap<EngineContext, Map<string, unknown>>();

/**
 * Computes `compute()` once per context and key: how resolvers share work (a lockfile index, a
 * site-packages listing) across the many files of one scan. A new context starts afresh.
 */
export function memo<T>(context: EngineContext, key: string, compute: () => T): T {
  let table = memos.get(context);
  if (!table) memos.set(context, (table = new Map()));
  if (table.has(key)) return table.get(key) as T;
  const value = compute();
  table.set(key, value);
  return value;
}

/**
 * A file's text, read once per context (undefined when it cannot be read). The scanner records here
 * the manifests and lockfiles it has read, so a resolver that consults one — a lockfile, a parent
 * POM, a workspace root — does not read it again.
 */
export function readText(context: EngineContext, path: string): Promise<string | undefined> {
  return memo(context, `text:${path}`, () => readTextIfExists(context.fs, path));
}

/** Records a file's text as the scanner read it (from disk, or an editor's unsaved buffer). */
export function rememberText(context: EngineContext, path: string, text: string): void {
  let table = memos.get(context);
  if (!table) memos.set(context, (table = new Map()));
  table.set(`text:${path}`, Promise.resolve(text));
}
