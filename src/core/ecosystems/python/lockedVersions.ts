// The versions the project's lockfiles pin, for dependencies that are not installed: the lockfiles
// beside the manifest or in the nearest folder above it (up to the workspace root) that has any.
import { memo, readText, type EngineContext } from '../../context';
import { ancestorsWithin, joinPath } from '../../fs/paths';
import type { ParsedManifest, SourceFile } from '../ecosystem';
import { normalizeName } from './names';
import { parsePipfileLock } from './pipfileLock';
import { parsePoetryLock } from './poetryLock';
import { parsePylock } from './pylock';
import { parseUvLock } from './uvLock';

export interface LockedVersion {
  readonly version: string;
  /** The lockfile's path. */
  readonly file: string;
}

const LOCKFILES: readonly [string, (file: SourceFile) => ParsedManifest][] = [
  ['uv.lock', parseUvLock],
  ['poetry.lock', parsePoetryLock],
  ['pylock.toml', parsePylock],
  ['Pipfile.lock', parsePipfileLock],
];

export async function lockedVersion(directory: string, name: string, context: EngineContext): Promise<LockedVersion | undefined> {
  const key = normalizeName(name);
  for (const dir of ancestorsWithin(context.root, directory)) {
    const pins = await pinsIn(dir, context);
    if (pins.size) return pins.get(key);
  }
  return undefined;
}

/** Every pin of the lockfiles in one folder (the first lockfile that names a package wins). */
function pinsIn(dir: string, context: EngineContext): Promise<ReadonlyMap<string, LockedVersion>> {
  return memo(context, `pypi:locked:${dir}`, async () => {
    const pins = new Map<string, LockedVersion>();
    for (const [name, parse] of LOCKFILES) {
      const path = joinPath(dir, name);
      const text = await readText(context, path);
      if (text === undefined) continue;
      for (const dependency of parse({ path, text }).dependencies) {
        const key = normalizeName(dependency.name);
        if (dependency.spec && !pins.has(key)) pins.set(key, { version: dependency.spec, file: path });
      }
    }
    return pins;
  });
}
