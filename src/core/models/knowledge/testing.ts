// For tests: the knowledge base compiled from the YAML in data/ (not dist/, which may be stale), once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileKnowledge, type CompileResult, type DataFile } from './compile/compile';
import { buildIndex } from './match';
import type { CompiledKnowledge, ModelIndex } from './types';

export const DATA_DIR = join(__dirname, 'data');

/** Every data file, as the build reads them. */
export function dataFiles(): DataFile[] {
  return ['curated', 'derived'].flatMap((dir) =>
    readdirSync(join(DATA_DIR, dir)).filter((f) => f.endsWith('.yaml')).sort()
      .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(join(DATA_DIR, dir, f), 'utf8') })));
}

let compiled: CompileResult | undefined;
let index: ModelIndex | undefined;

export function compiledData(): CompileResult {
  return (compiled ??= compileKnowledge(dataFiles()));
}

export function compiledKnowledge(): CompiledKnowledge {
  const { knowledge, problems } = compiledData();
  if (!knowledge) throw new Error(`knowledge base does not compile:\n${problems.join('\n')}`);
  return knowledge;
}

export function knowledgeIndex(): ModelIndex {
  return (index ??= buildIndex(compiledKnowledge()));
}
