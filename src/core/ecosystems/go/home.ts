// Where the go command keeps modules and how it is told to build: GOMODCACHE, else the first GOPATH
// entry's pkg/mod, else ~/go/pkg/mod; GOFLAGS's `-mod=` flag.
import type { EngineContext } from '../../context';
import { joinPath } from '../../fs/paths';

type Env = EngineContext['env'];

export function goModCache(env: Env, home: string | undefined): string | undefined {
  if (env['GOMODCACHE']) return env['GOMODCACHE'];
  const gopath = firstListEntry(env['GOPATH'] ?? '') ?? (home ? joinPath(home, 'go') : undefined);
  return gopath ? joinPath(gopath, 'pkg', 'mod') : undefined;
}

/** The folders outside the workspace the Go resolver reads (for the host's file-system scope). */
export function goCacheRoots(env: Env, home: string | undefined): string[] {
  const cache = goModCache(env, home);
  return cache ? [cache] : [];
}

/** GOPATH is a list: `;`-separated on Windows (whose paths hold a `:` after the drive), `:` elsewhere. */
function firstListEntry(list: string): string | undefined {
  const separator = list.includes(';') || /^[A-Za-z]:[\\/]/.test(list) ? ';' : ':';
  return list.split(separator).find((entry) => entry.trim()) || undefined;
}

/** The `-mod` mode GOFLAGS sets (`vendor`, `mod`, `readonly`), if any. */
export function goFlagsMod(env: Env): string | undefined {
  return /(?:^|\s)--?mod=(\S+)/.exec(env['GOFLAGS'] ?? '')?.[1];
}

/** Go's case-encoding of module paths and versions on disk: `BurntSushi` → `!burnt!sushi`. */
export function escapeModulePath(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
