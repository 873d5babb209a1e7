// For tests: the knowledge base compiled from the YAML in data/ (not dist/, which may be stale), once.
import { join } from 'node:path';
import type { CompileResult, DataFile } from './compile/compile';
import { compileDataFolder, readDataFiles } from './compile/dataFolder';
import { buildIndex } from './match';
import type { CompiledKnowledge, ModelIndex } from './types';

export const DATA_DIR = join(__dirname, 'data');

/** Every data file, as the build reads them. */
export function dataFiles(): DataFile[] {
  return readDataFiles(DATA_DIR);
}

let compiled: CompileResult | undefined;
let index: ModelIndex | undefined;

export function compiledData(): CompileResult {
  return (compiled ??= compileDataFolder(DATA_DIR));
}

export function compiledKnowledge(): CompiledKnowledge {
  const { knowledge, problems } = compiledData();
  if (!knowledge) throw new Error(`knowledge base does not compile:\n${problems.join('\n')}`);
  return knowledge;
}

export function knowledgeIndex(): ModelIndex {
  return (index ??= buildIndex(compiledKnowledge()));
}
