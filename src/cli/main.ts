// `openness scan [folder] [--format text|json] [--fail-on <verdicts>]` — the same engine as the
// extension, for terminals and CI.
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEngineContext } from '../core/engine';
import { scanWorkspace } from '../core/scan/scanWorkspace';
import { summarize } from '../core/scan/summary';
import { jsonReport } from '../core/report/json';
import { textReport } from '../core/report/text';
import { NodeFileSystem } from '../node/nodeFileSystem';
import { createNodeServices } from '../node/services';
import { parseArguments, UsageError, USAGE, type Arguments } from './arguments';

declare const OPENNESS_VERSION: string | undefined;
const VERSION = typeof OPENNESS_VERSION === 'string' ? OPENNESS_VERSION : '0.0.0-dev';

/** Exit codes: 0 fine, 1 a finding matched --fail-on, 2 usage or scan failure. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const args = parseOrReport(argv);
  if (!args) return 2;
  if (args.command === 'help') {
    out.write(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    out.write(`${VERSION}\n`);
    return 0;
  }
  let root: string;
  try {
    root = realpathSync(resolve(args.folder)).split('\\').join('/');
  } catch {
    process.stderr.write(`openness: no such folder: ${args.folder}\n`);
    return 2;
  }
  const context = createEngineContext({
    fs: new NodeFileSystem(),
    root,
    home: homedir().split('\\').join('/'),
    env: process.env,
    services: createNodeServices(join(__dirname, 'data')),
  });
  const result = await scanWorkspace(context, { exclude: args.exclude, packages: args.packages, models: args.models });
  const summary = summarize(result.findings);
  if (args.format === 'json') {
    out.write(JSON.stringify(jsonReport(result.findings, result.errors, summary, VERSION), null, 2) + '\n');
  } else {
    const color = args.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
    out.write(textReport(args.folder, result.findings, result.errors, summary, { all: args.all, color }));
  }
  const failing = result.findings.filter((f) => args.failOn.has(f.verdict));
  if (failing.length && args.format === 'text') {
    process.stderr.write(`openness: ${failing.length} finding${failing.length === 1 ? '' : 's'} matched --fail-on ${[...args.failOn].join(',')}\n`);
  }
  return failing.length ? 1 : 0;
}


function parseOrReport(argv: readonly string[]): Arguments | undefined {
  try {
    return parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`openness: ${error.message}\n\n${USAGE}`);
    return undefined;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`openness: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
