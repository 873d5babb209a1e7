// Re-diagnosis as the extension does it on a keystroke: FolderResults.scanDocument → scanText with the
// folder's ParseCache and its long-lived EngineContext. Each edit is one keystroke's new text; the
// time is from the text to the file's findings.
//   node rediagnose.cjs --root <tree> --data <dist/data> --python <file> --manifest <file> --edits 200 [--only python]
import { readFileSync } from 'node:fs';
import { classify } from '../../src/core/scan/discover';
import { ParseCache } from '../../src/core/scan/parseCache';
import { scanText, type FileScan } from '../../src/core/scan/scanFile';
import { argument, createNodeServices, nodeContext } from './engineHost';
import { distribution } from './stats';

/** Keystrokes: each element is the document's whole text after one keystroke. */
type Keystrokes = string[];

/** Typing `typed` at `offset`, one character per keystroke. */
function typing(text: string, offset: number, typed: string): Keystrokes {
  const out: Keystrokes = [];
  for (let i = 1; i <= typed.length; i++) out.push(text.slice(0, offset) + typed.slice(0, i) + text.slice(offset));
  return out;
}

/** Deleting the `length` characters before `end` one backspace at a time, then typing `replacement`. */
function retyping(text: string, end: number, length: number, replacement: string): { keystrokes: Keystrokes; text: string } {
  const keystrokes: Keystrokes = [];
  for (let i = 1; i <= length; i++) keystrokes.push(text.slice(0, end - i) + text.slice(end));
  const base = text.slice(0, end - length) + text.slice(end);
  keystrokes.push(...typing(base, end - length, replacement));
  return { keystrokes, text: text.slice(0, end - length) + replacement + text.slice(end) };
}

/** A new line with a comment typed in the middle of the file, then model ids retyped inside a call's string. */
function pythonSession(text: string, count: number): Keystrokes {
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  const endOfLine = lines.slice(0, middle).join('\n').length;
  const comment = '\n# TODO: compare against the quantised variant before the release, and log the latency of each call';
  const keystrokes = typing(text, endOfLine, comment).slice(0, Math.ceil(count * 0.6));
  let current = keystrokes[keystrokes.length - 1]!;
  const ids = ['gpt-4.1-mini', 'claude-3-5-haiku-latest', 'meta-llama/Llama-3.2-3B-Instruct', 'mistralai/Mistral-7B-Instruct-v0.3'];
  const model = /model="([^"]+)"/g;
  model.lastIndex = endOfLine;
  for (let i = 0; keystrokes.length < count; i++) {
    const m = model.exec(current) ?? ((model.lastIndex = 0), model.exec(current))!;
    const end = m.index + 'model="'.length + m[1]!.length;
    const step = retyping(current, end, m[1]!.length, ids[i % ids.length]!);
    keystrokes.push(...step.keystrokes);
    current = step.text;
  }
  return keystrokes.slice(0, count);
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
  const only = process.argv.includes('--only') ? argument('only') : undefined;
  const results = [];
  if (only !== 'package.json') results.push(await session('python', argument('python'), pythonSession, edits, scan));
  if (only !== 'python') results.push(await session('package.json', argument('manifest'), manifestSession, edits, scan));
  process.stdout.write(JSON.stringify(results) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
