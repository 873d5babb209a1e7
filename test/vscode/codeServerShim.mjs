#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }): it
// takes the desktop command line test-electron builds (--extensionTestsPath=…,
// --extensionDevelopmentPath=…, --user-data-dir=…, --extensions-dir=…, a folder) and runs the tests
// in code-server's extension host instead, through Chromium. For machines that cannot download VS Code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isolatedEnv, startCodeServer } from './codeServer.mjs';
import { runHostTests } from './hostTests.mjs';

const args = process.argv.slice(2);
const option = (name) => args.filter((a) => a.startsWith(`--${name}=`)).map((a) => path.resolve(a.slice(name.length + 3)));
const [testsPath] = option('extensionTestsPath');
const [developmentPath] = option('extensionDevelopmentPath');
const folder = args.filter((a) => !a.startsWith('-')).map((a) => path.resolve(a))[0];
if (!testsPath || !developmentPath || !folder) {
  console.error('usage: codeServerShim.mjs --extensionTestsPath=… --extensionDevelopmentPath=… <folder>');
  process.exit(2);
}
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openness-shim-'));
const env = isolatedEnv(runDir);
const server = await startCodeServer({ runDir, extensionsDir: option('extensions-dir')[0] ?? path.join(runDir, 'extensions'), env });
let code = 1;
try {
  code = (await runHostTests({ base: server.url, folder, developmentPath, testsPath, runDir, env })).code;
} finally {
  server.stop();
  fs.rmSync(runDir, { recursive: true, force: true });
}
process.exit(code);
