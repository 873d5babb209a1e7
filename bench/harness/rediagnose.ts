// Re-diagnosis as the extension does it on a keystroke: FolderResults.scanDocument → scanText with the
// folder's ParseCache and its long-lived EngineContext. Each edit is one keystroke's new text; the
// time is from the text to the file's findings.
//   node rediagnose.cjs --root <tree> --data <dist/data> --python <file> --manifest <file> --edits 200 [--only python]
import { readFileSync } from 'node:fs';
import { classify } from '../../src/core/scan/discover';
import { ParseCache } from '../../src/core/scan/parseCache';
import { scanText, type FileScan } from '../../src/core/scan/scanFile';
import { argument, option } from './args';
import { createNodeServices, nodeContext } from './engineHost';
import { modelSession, retyping, typing, type Keystrokes } from './keystrokes';
import { distribution } from './stats';

/** A comment typed in the middle of the file, then model ids retyped inside the calls' strings. */
function pythonSession(text: string, count: number): Keystrokes {
  return modelSession(text, count, '\n# TODO: compare against the quantised variant before the release, and log the latency of each call', /model="([^"]+)"/g);
}

/** A new dependency line typed into `dependencies` (broken JSON until it is complete), then versions retyped. */
function manifestSession(text: string, count: number): Keystrokes {
  const at = text.indexOf('"dependencies": {') + '"dependencies": {'.length;
  const keystrokes = typing(text, at, '\n    "left-pad": "^1.3.0",');
  let current = keystrokes[keystrokes.length - 1]!;
  const versions = ['^2.0.0', '~1.4.2', '3.1.0', '^0.9.12'];
  const spec = /": "(\^?\d+\.\d+\.\d+)"/g;
  spec.lastIndex = Math.floor(current.length / 3);
  for (let i = 0; keystrokes.length < count; i++) {
    const m = spec.exec(current) ?? ((spec.lastIndex = 0), spec.exec(current))!;
    const end = m.index + '": "'.length + m[1]!.length;
    const step = retyping(current, end, m[1]!.length, versions[i % versions.length]!);
    keystrokes.push(...step.keystrokes);
    current = step.text;
  }
  return keystrokes.slice(0, count);
}

async function session(label: string, path: string, makeKeystrokes: (text: string, count: number) => Keystrokes, edits: number, scan: (path: string, text: string) => Promise<FileScan>) {
  const text = readFileSync(path, 'utf8');
  let started = performance.now();
  const opened = await scan(path, text);
  const openMs = performance.now() - started;
  const samples: number[] = [];
  let last = opened;
  for (const keystroke of makeKeystrokes(text, edits)) {
    started = performance.now();
    last = await scan(path, keystroke);
    samples.push(performance.now() - started);
  }
  return {
    label,
    file: path,
    lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
    bytes: Buffer.byteLength(text),
    openMs,
    findingsOnOpen: opened.findings.length,
    findingsAfterEdits: last.findings.length,
    problemsAfterEdits: last.errors.length,
    edits: distribution(samples),
  };
}

async function main(): Promise<void> {
  const root = argument('root');
  const edits = Number(argument('edits'));
  const context = nodeContext(root, createNodeServices(argument('data')));
  const cache = new ParseCache();
  const scan = async (path: string, text: string) => {
    const file = classify(path, { packages: true, models: true });
    if (!file) throw new Error(`Openness does not read ${path}`);
    return scanText(context, file, text, cache);
  };
  // `--only python` or `--only package.json`: one session (for profiling it alone).
  const only = option('only');
  const results = [];
  if (only !== 'package.json') results.push(await session('python', argument('python'), pythonSession, edits, scan));
  if (only !== 'python') results.push(await session('package.json', argument('manifest'), manifestSession, edits, scan));
  process.stdout.write(JSON.stringify(results) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
