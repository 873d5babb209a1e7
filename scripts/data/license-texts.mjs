// Writes dist/data/license-texts.json: the licence texts Openness identifies in LICENSE/COPYING files,
// already normalised to their words, with an index of which licences hold each word, so that loading
// them needs no text processing. Texts come from the installed spdx-license-list package (SPDX License
// List, CC-BY-3.0 texts via spdx-license-list, CC0-1.0 metadata); which ones, and how they are
// normalised, is the identifier's own code (src/core/licenses/identify/), bundled here by esbuild so
// that build and run time share it. Loaded only when a licence file must be identified, so it stays
// out of the bundles.
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const IDENTIFY_DIR = 'src/core/licenses/identify';

export async function buildLicenseTexts(outFile) {
  const { corpusLicenseTexts, prepareLicenseCorpus } = await loadCorpusBuilder();
  const corpus = prepareLicenseCorpus(corpusLicenseTexts(createRequire(import.meta.url)('spdx-license-list/full')));
  writeFileSync(outFile, JSON.stringify(corpus));
}

async function loadCorpusBuilder() {
  const dir = 'dist/.build';
  mkdirSync(dir, { recursive: true });
  const outfile = resolve(dir, 'license-corpus.cjs');
  await esbuild.build({
    stdin: { contents: "export { corpusLicenseTexts } from './corpusLicenses';\nexport { prepareLicenseCorpus } from './corpus';\n", resolveDir: IDENTIFY_DIR, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  try {
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
