// Compiles the model knowledge base (src/core/models/knowledge/data/**/*.yaml) into one JSON file that
// the engine loads lazily. The compiler is TypeScript (src/core/models/knowledge/compile/, unit-tested
// there); esbuild bundles it for this script. Invalid data fails the build with file:line messages.
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const DATA_DIR = 'src/core/models/knowledge/data';
const COMPILER = 'src/core/models/knowledge/compile/dataFolder.ts';

export async function buildModels(outFile) {
  const { compileDataFolder } = await loadCompiler();
  const { knowledge, problems, notes, stats } = compileDataFolder(DATA_DIR);
  if (!knowledge) {
    throw new Error(`model knowledge base has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
  writeFileSync(outFile, JSON.stringify(knowledge));
  const verdicts = Object.entries(stats.byVerdict).map(([v, n]) => `${n} ${v}`).join(', ');
  console.log(`models: ${stats.entries} entries (${stats.curated} curated, ${stats.derived} from EOSAI/MOF records): ${verdicts}`);
  if (process.env.OPENNESS_VERBOSE) for (const note of notes) console.log(`models: note: ${note}`);
  return stats;
}

async function loadCompiler() {
  const dir = 'dist/.build';
  mkdirSync(dir, { recursive: true });
  const outfile = resolve(dir, 'models-compiler.cjs');
  await esbuild.build({ entryPoints: [COMPILER], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  try {
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
