#!/usr/bin/env node
// Times the Python and JavaScript model detectors on 5,000-line AI-heavy files, keystroke by keystroke,
// in a bundle built as the production build is (scripts/bundleOptions.mjs, minified):
//   node bench/harness/detectorBench.mjs [--python <file.py>] [--edits 400] [--runs 3]
// The Python file is the benchmark tree's large one (generated alike when the tree is absent); the
// TypeScript file is generated here: modules that call AI SDKs, one after another, to 5,000 lines.
// Inputs and the bundle go to bench/.work/detectors/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS } from '../../scripts/bundleOptions.mjs';
import { createRandom } from '../generate/random.mjs';
import { largePythonWithModels, typescriptWithModels } from '../generate/sources.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = join(repo, 'bench', '.work', 'detectors');
const LINES = 5000;

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};

function largePython() {
  const manifest = join(repo, 'bench', '.work', 'monorepo.manifest.json');
  if (existsSync(manifest)) {
    const path = join(repo, 'bench', '.work', 'monorepo', JSON.parse(readFileSync(manifest, 'utf8')).largePython);
    if (existsSync(path)) return path;
  }
  const path = join(work, 'large.py');
  writeFileSync(path, largePythonWithModels(createRandom('openness-bench-1'), LINES));
  return path;
}

function largeTypeScript() {
  const random = createRandom('openness-detectors-ts');
  const modules = [];
  let lines = 0;
  while (lines < LINES) {
    const module = typescriptWithModels(random, 45);
    modules.push(module);
    lines += module.split('\n').length;
  }
  const path = join(work, 'large.ts');
  writeFileSync(path, modules.join('\n').split('\n').slice(0, LINES).join('\n') + '\n');
  return path;
}

mkdirSync(work, { recursive: true });
const python = option('python', undefined) ?? largePython();
const typescript = largeTypeScript();
const bundle = join(work, 'detectors.cjs');
await esbuild.build({ ...BUNDLE_OPTIONS, entryPoints: [join(repo, 'bench', 'harness', 'detectors.ts')], outfile: bundle, minify: true, logLevel: 'error' });

const runs = Number(option('runs', '3'));
const edits = option('edits', '400');
const results = [];
for (let run = 0; run < runs; run++) {
  const child = spawnSync(process.execPath, [bundle, '--python', python, '--typescript', typescript, '--edits', edits], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  results.push(...JSON.parse(child.stdout));
}
const ms = (x) => `${x.toFixed(2)} ms`;
for (const label of ['python', 'typescript']) {
  const mine = results.filter((r) => r.label === label);
  const middle = (pick) => mine.map(pick).sort((a, b) => a - b)[mine.length >> 1];
  const { file, lines, references } = mine[0];
  console.log(`${label.padEnd(10)} ${String(lines).padStart(5)} lines, ${references} references (${file})`);
  console.log(`           median ${ms(middle((r) => r.edits.median))}, p95 ${ms(middle((r) => r.edits.p95))}, GC ${(middle((r) => r.gcShare) * 100).toFixed(0)} % (middle of ${runs} runs of ${edits} keystrokes)`);
  console.log(`           CPU time: median ${ms(middle((r) => r.cpu.median))}, p95 ${ms(middle((r) => r.cpu.p95))} (all of the process's threads)`);
}
