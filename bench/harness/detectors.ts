// The Python and JavaScript model detectors alone, as the extension runs them on every pause in typing:
// the whole document's text after each keystroke, detected again. Run through detectorBench.mjs,
// which generates the inputs and bundles this file the way the production build is bundled.
//   node detectors.cjs --python <file.py> --typescript <file.ts> [--edits 400] [--warmup 50]
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import type { TextModelDetector } from '../../src/core/models/detector';
import { javascriptModelDetector } from '../../src/core/models/detectors/javascript';
import { pythonModelDetector } from '../../src/core/models/detectors/python';
import { distribution } from './stats';

/** Each element is the document's whole text after one keystroke. */
type Keystrokes = string[];

/** A comment typed on a new line in the middle of the file, then the model ids of `model` retyped one by one. */
function session(text: string, count: number, comment: string, model: RegExp, ids: readonly string[]): Keystrokes {
  const keystrokes: Keystrokes = [];
  const at = text.indexOf('\n', text.length >> 1);
  for (let i = 1; i <= comment.length && keystrokes.length < count * 0.6; i++) {
    keystrokes.push(text.slice(0, at) + comment.slice(0, i) + text.slice(at));
  }
  let current = keystrokes[keystrokes.length - 1] ?? text;
  model.lastIndex = at;
  for (let n = 0; keystrokes.length < count; n++) {
    const m = model.exec(current) ?? ((model.lastIndex = 0), model.exec(current));
    if (!m) break;
    const end = m.index + m[0].length - 1;
    const start = end - m[1]!.length;
    for (let i = 1; i <= m[1]!.length; i++) keystrokes.push(current.slice(0, end - i) + current.slice(end));
    const id = ids[n % ids.length]!;
    for (let i = 1; i <= id.length; i++) keystrokes.push(current.slice(0, start) + id.slice(0, i) + current.slice(end));
    current = current.slice(0, start) + id + current.slice(end);
    model.lastIndex = start + id.length;
  }
  return keystrokes.slice(0, count);
}

const IDS = ['gpt-4.1-mini', 'claude-3-5-haiku-latest', 'meta-llama/Llama-3.2-3B-Instruct', 'mistralai/Mistral-7B-Instruct-v0.3'];

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

function argument(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : process.argv[at + 1];
  if (value === undefined) throw new Error(`missing --${name}`);
  return value;
}

async function main(): Promise<void> {
  const edits = Number(argument('edits', '400'));
  const warmup = Number(argument('warmup', '50'));
  const python = argument('python');
  const typescript = argument('typescript');
  const pythonText = readFileSync(python, 'utf8');
  const typescriptText = readFileSync(typescript, 'utf8');
  const results = [
    await measure('python', pythonModelDetector, python, session(pythonText, edits, '\n# TODO: compare against the quantised variant before the release', /model="([^"]+)"/g, IDS), warmup),
    await measure('typescript', javascriptModelDetector, typescript, session(typescriptText, edits, '\n// TODO: compare against the quantised variant before the release', /model: '([^']+)'/g, IDS), warmup),
  ];
  process.stdout.write(JSON.stringify(results) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
