// The knowledge base's data folder read from disk and compiled: what `npm run build` writes to
// dist/data/models.json (scripts/data/models.mjs bundles this module) and what the tests compile.
// Build and test time only, like the compiler.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileKnowledge, type CompileResult, type DataFile } from './compile';

/** Every data file of `curated/` and `derived/`, in a stable order. */
export function readDataFiles(dataDir: string): DataFile[] {
  return ['curated', 'derived'].flatMap((dir) =>
    readdirSync(join(dataDir, dir)).filter((f) => f.endsWith('.yaml')).sort()
      .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(join(dataDir, dir, f), 'utf8') })));
}

export function compileDataFolder(dataDir: string): CompileResult {
  return compileKnowledge(readDataFiles(dataDir));
}
