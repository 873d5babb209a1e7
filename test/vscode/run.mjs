#!/usr/bin/env node
// The real-VS-Code tests: package the VSIX, install it into code-server, then
//   A) check what a user sees in the workbench through Chromium (ui.mjs),
//   B) run the mocha suites inside the real extension host (suite/), against the packaged extension,
//   C) run the standard @vscode/test-electron runner (runTest.mjs) through the offline shim, so the
//      runner for machines that can download desktop VS Code keeps working.
// Offline: code-server and Chromium come from npm and Debian (setup.sh installs them).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO, installVsix, isolatedEnv, startCodeServer } from './codeServer.mjs';
import { runHostTests } from './hostTests.mjs';
import { buildSuite } from './suiteBundle.mjs';
import { runUiChecks } from './ui.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const results = path.join(REPO, 'test-results/vscode');
fs.mkdirSync(results, { recursive: true });

execFileSync('bash', [path.join(REPO, 'test/vscode/setup.sh')], { stdio: 'inherit' });

const suite = await buildSuite();

const vsix = path.join(REPO, '.vscode-test/openness.vsix');
const packaged = spawnSync(path.join(REPO, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], { cwd: REPO, encoding: 'utf8' });
if (packaged.status !== 0) {
  console.error(packaged.stdout, packaged.stderr);
  process.exit(1);
}
console.log(`packaged ${path.relative(REPO, vsix)} (${Math.round(fs.statSync(vsix).size / 1024)} KiB) at ${elapsed()}`);

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openness-vscode-'));
const env = isolatedEnv(runDir);
const copySample = (name) => {
  const target = path.join(runDir, name);
  fs.cpSync(path.join(REPO, 'sample'), target, { recursive: true, verbatimSymlinks: true });
  return target;
};

// What the status bar must say, from the CLI's scan of the same files (the same engine).
function expectedSummary(folder) {
  const json = JSON.parse(execFileSync(process.execPath, [path.join(REPO, 'dist/cli.js'), 'scan', folder, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const p = json.summary.packages;
  const total = p.open + p.restricted + p.closed + p.unknown;
  const m = json.summary.models;
  return { percentOpen: total ? Math.floor((p.open / total) * 100) : 100, closed: p.closed, models: m.open + m.restricted + m.closed + m.unknown };
}

let failed = 0;
let passed = 0;
try {
  console.log('A) the packaged extension in the workbench, through Chromium');
  const uiExtensions = path.join(runDir, 'extensions-ui');
  installVsix(vsix, uiExtensions, env);
  const uiFolder = copySample('workspace-ui');
  const ui = await startCodeServer({ runDir: path.join(runDir, 'ui'), extensionsDir: uiExtensions, env });
  try {
    const checks = await runUiChecks({ base: ui.url, folder: uiFolder, runDir: path.join(runDir, 'ui'), env, screenshots: results, expected: expectedSummary(uiFolder) });
    passed += checks.filter((c) => c.ok).length;
    failed += checks.filter((c) => !c.ok).length;
  } finally {
    ui.stop();
  }

  console.log(`B) suites inside the extension host (${elapsed()})`);
  // The unpacked VSIX is the development extension, so the suites test exactly what was packaged.
  const unpacked = fs.readdirSync(uiExtensions).find((name) => name.startsWith('openness.openness-'));
  const hostFolder = copySample('workspace-host');
  const host = await startCodeServer({ runDir: path.join(runDir, 'host'), extensionsDir: path.join(runDir, 'extensions-none'), env });
  try {
    const hostRun = await runHostTests({ base: host.url, folder: hostFolder, developmentPath: path.join(uiExtensions, unpacked), testsPath: suite, runDir: path.join(runDir, 'host'), env });
    passed += hostRun.passing;
    // A run that failed without a mocha failure (a crash, a timeout) still counts as one failure.
    failed += hostRun.code === 0 ? hostRun.failing : Math.max(hostRun.failing, 1);
  } finally {
    host.stop();
  }

  console.log(`C) the @vscode/test-electron runner, through codeServerShim.mjs (${elapsed()})`);
  const electron = spawnSync(process.execPath, [path.join(REPO, 'test/vscode/runTest.mjs')], {
    env: { ...process.env, VSCODE_EXECUTABLE: path.join(REPO, 'test/vscode/codeServerShim.mjs') },
    encoding: 'utf8',
  });
  const ran = /(\d+) passing/.exec(electron.stdout);
  console.log(`  @vscode/test-electron runTests(): ${ran ? ran[1] : 0} passing, exit code ${electron.status}`);
  if (electron.status === 0 && ran) passed++;
  else {
    failed++;
    console.log(electron.stdout.slice(-3000), electron.stderr.slice(-2000));
  }
} finally {
  if (failed && fs.existsSync(path.join(runDir, 'host/code-server.log'))) console.log(`logs kept in ${runDir}`);
  else fs.rmSync(runDir, { recursive: true, force: true });
}
console.log(`real VS Code: ${passed} passed, ${failed} failed in ${elapsed()} (screenshots in ${path.relative(REPO, results)})`);
process.exit(failed ? 1 : 0);
