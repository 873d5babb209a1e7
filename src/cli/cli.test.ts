// The CLI as users run it: the built dist/cli.js in a child process (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseArguments, UsageError } from './arguments';

const CLI = join(__dirname, '../../dist/cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('openness scan', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'openness-cli-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    };
    write('package.json', '{\n  "name": "app",\n  "dependencies": {\n    "express": "^4.19.2",\n    "acme-telemetry": "2.3.0",\n    "secret-sdk": "1.0.0"\n  }\n}\n');
    write('node_modules/express/package.json', '{"name":"express","version":"4.19.2","license":"MIT"}');
    write('node_modules/acme-telemetry/package.json', '{"name":"acme-telemetry","version":"2.3.0","license":"BUSL-1.1"}');
    write('node_modules/secret-sdk/package.json', '{"name":"secret-sdk","version":"1.0.0","license":"UNLICENSED"}');
    write('tools/package.json', '{ "dependencies": { "broken": "1.0.0" ');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('prints the documented JSON shape', () => {
    const { code, stdout } = run('scan', folder, '--format', 'json', '--no-models');
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.schemaVersion, 1);
    const acme = report.findings.find((f: { name: string }) => f.name === 'acme-telemetry');
    assert.deepEqual(
      { kind: acme.kind, ecosystem: acme.ecosystem, name: acme.name, version: acme.version, file: acme.file, line: acme.line, column: acme.column, license: acme.license, verdict: acme.verdict },
      { kind: 'package', ecosystem: 'npm', name: 'acme-telemetry', version: '2.3.0', file: 'package.json', line: 5, column: 6, license: 'BUSL-1.1', verdict: 'restricted' },
    );
    assert.deepEqual(acme.evidence[0], { source: 'package-metadata', file: 'node_modules/acme-telemetry/package.json', detail: 'license: "BUSL-1.1"' });
    assert.deepEqual(report.errors, [{ file: 'tools/package.json', line: 1, message: report.errors[0].message }]);
    assert.match(report.errors[0].message, /^Invalid JSON/);
    assert.deepEqual(
      { open: report.summary.open, restricted: report.summary.restricted, closed: report.summary.closed, unknown: report.summary.unknown },
      { open: 1, restricted: 1, closed: 1, unknown: 1 }, // `broken`, read from the broken manifest, is not installed
    );
  });

  it('exits 1 only when a finding matches --fail-on', () => {
    assert.equal(run('scan', folder, '--fail-on', 'closed', '--no-models').code, 1);
    assert.equal(run('scan', folder, '--fail-on', 'closed,restricted', '--no-models').code, 1);
    assert.equal(run('scan', folder, '--fail-on', 'unknown', '--no-models').code, 1);
    assert.equal(run('scan', folder, '--fail-on', 'unknown', '--no-models', '--exclude', 'tools').code, 0);
    assert.equal(run('scan', folder, '--no-models').code, 0);
  });

  it('prints a readable text report of what is not open', () => {
    const { code, stdout } = run('scan', folder, '--no-models');
    assert.equal(code, 0);
    assert.match(stdout, /package\.json\n {2}5:6 +restricted +acme-telemetry 2\.3\.0 — source-available \(BUSL-1\.1\), not an open-source licence/);
    assert.match(stdout, /6:6 +closed +secret-sdk 1\.0\.0 — proprietary \(UNLICENSED\): no licence granted/);
    assert.doesNotMatch(stdout, /express/);
    assert.match(stdout, /Packages: 4 \(1 open, 1 restricted, 1 closed, 1 unknown\)/);
  });

  it('rejects bad usage with exit code 2', () => {
    assert.equal(run('scan', folder, '--format', 'xml').code, 2);
    assert.equal(run('scan', join(folder, 'missing')).code, 2);
    assert.equal(run('frobnicate').code, 2);
  });
});

describe('arguments', () => {
  it('parses options in both spellings', () => {
    const args = parseArguments(['scan', 'app', '--format=json', '--fail-on', 'closed, restricted', '--exclude', '**/fixtures/**', '--no-models']);
    assert.equal(args.command, 'scan');
    if (args.command !== 'scan') return;
    assert.equal(args.folder, 'app');
    assert.equal(args.format, 'json');
    assert.deepEqual([...args.failOn], ['closed', 'restricted']);
    assert.deepEqual(args.exclude, ['**/fixtures/**']);
    assert.equal(args.models, false);
    assert.equal(args.packages, true);
  });

  it('names what is wrong', () => {
    assert.throws(() => parseArguments(['scan', '--fail-on', 'bad']), (e: unknown) => e instanceof UsageError && /"bad" is none of them/.test(e.message));
    assert.throws(() => parseArguments(['scan', '--format']), /--format needs a value/);
    assert.throws(() => parseArguments(['scan', 'a', 'b']), /only one folder/);
  });
});
