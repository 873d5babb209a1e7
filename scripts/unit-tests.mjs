#!/usr/bin/env node
// Runs every `*.test.ts` under src/ (or under the folders given) with Node's own test runner.
// Hidden folders and node_modules are not searched: they hold generated trees (bench/.work) and
// fixtures' installed packages, never the project's tests.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!name.startsWith('.') && name !== 'node_modules') walk(path);
    } else if (name.endsWith('.test.ts')) files.push(path);
  }
};
for (const root of roots.length ? roots : ['src']) statSync(root).isDirectory() ? walk(root) : files.push(root);
if (!files.length) { console.error('no test files found'); process.exit(1); }
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...flags, ...files.sort()], { stdio: 'inherit' });
process.exit(result.status ?? 1);
