// Where Cargo keeps its downloads: $CARGO_HOME, else ~/.cargo.
import type { EngineContext } from '../../context';
import { joinPath } from '../../fs/paths';

type Env = EngineContext['env'];

export function cargoHome(env: Env, home: string | undefined): string | undefined {
  return env['CARGO_HOME'] || (home ? joinPath(home, '.cargo') : undefined);
}

/** The folders outside the workspace the Cargo resolver reads (for the host's file-system scope). */
export function cargoCacheRoots(env: Env, home: string | undefined): string[] {
  const root = cargoHome(env, home);
  return root ? [root] : [];
}
