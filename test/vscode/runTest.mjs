#!/usr/bin/env node
// The standard @vscode/test-electron runner: downloads desktop VS Code and runs the in-host suites
// against this folder's extension on a copy of the sample workspace. Where VS Code cannot be
// downloaded, VSCODE_EXECUTABLE=test/vscode/codeServerShim.mjs runs the same suites in code-server.
//   npm run build && node test/vscode/runTest.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO } from './codeServer.mjs';
import { buildSuite } from './suiteBundle.mjs';

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'openness-electron-'));
fs.cpSync(path.join(REPO, 'sample'), workspace, { recursive: true, verbatimSymlinks: true });
try {
  await runTests({
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: path.resolve(process.env.VSCODE_EXECUTABLE) } : { version: '1.100.3' }),
    extensionDevelopmentPath: REPO,
    extensionTestsPath: await buildSuite(),
    launchArgs: [workspace, '--disable-extensions'],
  });
} catch (error) {
  console.error(`extension tests failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
