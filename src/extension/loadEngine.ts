// Requires the engine bundle the first time something needs it (the first scan, after activation).
import type * as EngineModule from './engine';

export type Engine = typeof EngineModule;

let engine: Engine | undefined;

export function loadEngine(): Engine {
  // A plain require: the build leaves it to load dist/engine.js beside dist/extension.js.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (engine ??= require('./engine') as Engine);
}
