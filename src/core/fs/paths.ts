// POSIX path helpers for the engine's absolute, forward-slash paths.
import { posix } from 'node:path';

export const joinPath = posix.join;
export const dirname = posix.dirname;
export const basename = posix.basename;
export const extname = posix.extname;

/** True when `path` is `root` or lies inside it. */
export function isInside(root: string, path: string): boolean {
  if (path === root) return true;
  const prefix = root.endsWith('/') ? root : root + '/';
  return path.startsWith(prefix);
}

/**
 * How a path is shown in findings and evidence: relative to the scanned folder, or with the home
 * directory abbreviated to `~` for package caches outside it.
 */
export function displayPath(root: string, path: string, home?: string): string {
  // Engine paths are normalised, so inside a folder the relative path is the rest of the string.
  if (isInside(root, path)) return relativeInside(root, path) || '.';
  if (home && isInside(home, path)) return '~/' + relativeInside(home, path);
  return path;
}

function relativeInside(root: string, path: string): string {
  return path === root ? '' : path.slice(root.endsWith('/') ? root.length : root.length + 1);
}

/** The directories from `dir` up to and including `root` (empty when dir is outside root). */
export function ancestorsWithin(root: string, dir: string): string[] {
  const out: string[] = [];
  if (!isInside(root, dir)) return out;
  for (let d = dir; ; d = posix.dirname(d)) {
    out.push(d);
    if (d === root || d === '/') break;
  }
  return out;
}
