// Openness's licence-text identification, timed per file on the generated LICENSE files: the texts are
// read first, so only identification is timed; loading the corpus (dist/data/license-texts.json) and
// indexing it is timed apart, as the first call pays for it.
//   node identify.cjs --data <dist/data> --list <file of paths, one a line>
import { readFileSync } from 'node:fs';
import { createLicenseTextIdentifier } from '../../src/core/licenses';
import { createDataLoader } from '../../src/node/dataFiles';
import { argument } from './args';

async function main(): Promise<void> {
  const paths = readFileSync(argument('list'), 'utf8').split('\n').filter(Boolean);
  const texts = paths.map((path) => readFileSync(path, 'utf8'));
  const load = createDataLoader(argument('data'));
  const identifier = createLicenseTextIdentifier(() => load('license-texts'));

  let started = performance.now();
  await identifier.identify('MIT License');
  const loadMs = performance.now() - started;

  const results = [];
  const samples: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    started = performance.now();
    const identification = await identifier.identify(texts[i]!);
    samples.push(performance.now() - started);
    results.push({ path: paths[i], id: identification.id, similarity: identification.similarity, detail: identification.detail });
  }
  process.stdout.write(JSON.stringify({ loadMs, samplesMs: samples, results }) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
