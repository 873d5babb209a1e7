// Bundles the in-host suites (suite/*.ts) for the extension host; `vscode` and `mocha` stay external.
import path from 'node:path';
import * as esbuild from 'esbuild';
import { REPO } from './codeServer.mjs';

const SUITE = path.join(REPO, '.vscode-test/suite/index.js');

export async function buildSuite() {
  await esbuild.build({
    entryPoints: [path.join(REPO, 'test/vscode/suite/index.ts')],
    outfile: SUITE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE;
}
