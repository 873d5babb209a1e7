// Loads the data files the build writes beside the bundles (dist/data/*.json), each once, on first use.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type DataFileName = 'license-texts' | 'models';

export function createDataLoader(dataDir: string): (name: DataFileName) => Promise<unknown> {
  const cache = new Map<DataFileName, Promise<unknown>>();
  return (name) => {
    let loaded = cache.get(name);
    if (!loaded) {
      loaded = readFile(join(dataDir, `${name}.json`), 'utf8').then((text) => JSON.parse(text) as unknown);
      cache.set(name, loaded);
    }
    return loaded;
  };
}
