// The Python and JavaScript model detectors alone, as the extension runs them on every pause in typing:
// the whole document's text after each keystroke, detected again. Run through detectorBench.mjs,
// which generates the inputs and bundles this file the way the production build is bundled.
//   node detectors.cjs --python <file.py> --typescript <file.ts> [--edits 400] [--warmup 50]
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import type { TextModelDetector } from '../../src/core/models/detector';
import { javascriptModelDetector } from '../../src/core/models/detectors/javascript';
import { pythonModelDetector } from '../../src/core/models/detectors/python';
import { argument, option } from './args';
import { modelSession, type Keystrokes } from './keystrokes';
import { distribution } from './stats';

/** Garbage collection time observed while `run` runs (reported asynchronously, hence the wait). */
async function withGcTime<T>(run: () => T): Promise<{ result: T; gcMs: number }> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const result = run();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { result, gcMs };
}

async function measure(label: string, detector: TextModelDetector, path: string, keystrokes: Keystrokes, warmup: number) {
  const detect = (text: string) => detector.detect({ path, text });
  for (let i = 0; i < warmup; i++) detect(keystrokes[i % keystrokes.length]!);
  const samples: number[] = [];
  // CPU time as well: on a busy machine the wall time also counts the time other processes ran.
  const cpuSamples: number[] = [];
  let references = 0;
  const { gcMs } = await withGcTime(() => {
    for (const text of keystrokes) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      references = detect(text).references.length;
      samples.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      cpuSamples.push((used.user + used.system) / 1000);
    }
  });
  const edits = distribution(samples);
  const total = samples.reduce((sum, x) => sum + x, 0);
  return { label, file: path, lines: keystrokes[0]!.split('\n').length, references, edits, cpu: distribution(cpuSamples), gcShare: gcMs / total };
}

async function main(): Promise<void> {
  const edits = Number(option('edits') ?? 400);
  const warmup = Number(option('warmup') ?? 50);
  const python = argument('python');
  const typescript = argument('typescript');
  const pythonText = readFileSync(python, 'utf8');
  const typescriptText = readFileSync(typescript, 'utf8');
  const results = [
    await measure('python', pythonModelDetector, python, modelSession(pythonText, edits, '\n# TODO: compare against the quantised variant before the release', /model="([^"]+)"/g), warmup),
    await measure('typescript', javascriptModelDetector, typescript, modelSession(typescriptText, edits, '\n// TODO: compare against the quantised variant before the release', /model: '([^']+)'/g), warmup),
  ];
  process.stdout.write(JSON.stringify(results) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
