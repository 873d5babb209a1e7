import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { SourceRange } from '../../types';
import { cargo } from '.';

const FIXTURES = join(__dirname, 'fixtures');

function parseFixture(relative: string) {
  const path = join(FIXTURES, relative);
  return cargo.parse({ path, text: readFileSync(path, 'utf8') });
}

function at(line: number, character: number, length: number): SourceRange {
  return { start: { line, character }, end: { line, character: character + length } };
}

test('reads Cargo.toml and Cargo.lock by name', () => {
  assert.equal(cargo.roleOf('/p/Cargo.toml'), 'manifest');
  assert.equal(cargo.roleOf('/p/Cargo.lock'), 'lockfile');
  assert.equal(cargo.roleOf('/p/cargo.toml'), undefined);
  assert.equal(cargo.roleOf('/p/Cargo.toml.orig'), undefined);
});

test('a workspace member: inherited, renamed, git, alternative-registry and target-specific dependencies', () => {
  const { dependencies, problems } = parseFixture('workspace/crates/app/Cargo.toml');
  assert.deepEqual(problems, []);
  assert.deepEqual(dependencies, [
    { name: 'serde', spec: null, range: at(8, 0, 5), scope: 'runtime', direct: true, locator: 'workspace' },
    { name: 'tokio', spec: null, range: at(9, 0, 5), scope: 'runtime', direct: true, locator: 'workspace' },
    { name: 'app-core', spec: null, range: at(10, 0, 8), scope: 'runtime', direct: true, locator: 'workspace' },
    // Renamed: the package is anyhow, located where that name is written.
    { name: 'anyhow', spec: '1', range: at(11, 21, 6), scope: 'runtime', direct: true },
    { name: 'tracing', spec: null, range: at(12, 0, 7), scope: 'runtime', direct: true, locator: 'git+https://github.com/tokio-rs/tracing' },
    { name: 'acme-telemetry', spec: '2.1', range: at(13, 61, 14), scope: 'runtime', direct: true, locator: 'registry:acme' },
    { name: 'legacy-parser', spec: '0.1', range: at(14, 0, 13), scope: 'runtime', direct: true },
    // `helper` is a path dependency: the project's own code, not listed.
    { name: 'winapi', spec: '0.3', range: at(18, 0, 6), scope: 'runtime', direct: true },
    // The dev-dependency repeats the runtime `serde = { workspace = true }` and is not listed twice.
    { name: 'webpki', spec: '0.22', range: at(24, 0, 6), scope: 'build', direct: true },
  ]);
});

test('the workspace root reports the versions its members inherit, and skips its path crates', () => {
  const { dependencies, problems } = parseFixture('workspace/Cargo.toml');
  assert.deepEqual(problems, []);
  assert.deepEqual(dependencies, [
    { name: 'serde', spec: '1.0.190', range: at(12, 0, 5), scope: 'runtime', direct: true },
    { name: 'tokio', spec: '1.38', range: at(13, 0, 5), scope: 'runtime', direct: true },
  ]);
});

test('a sub-table dependency before its parent table, and an optional dependency', () => {
  const { dependencies, problems } = parseFixture('workspace/crates/core/Cargo.toml');
  assert.deepEqual(problems, []);
  assert.deepEqual(dependencies, [
    { name: 'serde', spec: '1.0.150', range: at(5, 14, 5), scope: 'runtime', direct: true },
    { name: 'legacy-parser', spec: '=0.1.4', range: at(10, 0, 13), scope: 'optional', direct: true },
  ]);
});

test('dotted keys, quoted names, legacy underscore sections and alternative registry by index', () => {
  const text = [
    '[dependencies]',
    'rand.version = "0.8"',
    'rand.features = ["small_rng"]',
    '"serde_json" = "1"',
    'private = { version = "1", registry-index = "https://example.com/index" }',
    'crates-io-index = { version = "1", registry-index = "sparse+https://index.crates.io/" }',
    '[dev_dependencies]',
    'tempfile = "3"',
    '[target.x86_64-pc-windows-gnu.build-dependencies]',
    'cc = "1.0.83"',
  ].join('\n');
  const { dependencies, problems } = cargo.parse({ path: '/p/Cargo.toml', text });
  assert.deepEqual(problems, []);
  assert.deepEqual(dependencies, [
    { name: 'rand', spec: '0.8', range: at(1, 0, 4), scope: 'runtime', direct: true },
    { name: 'serde_json', spec: '1', range: at(3, 1, 10), scope: 'runtime', direct: true },
    { name: 'private', spec: '1', range: at(4, 0, 7), scope: 'runtime', direct: true, locator: 'registry+https://example.com/index' },
    { name: 'crates-io-index', spec: '1', range: at(5, 0, 15), scope: 'runtime', direct: true },
    { name: 'tempfile', spec: '3', range: at(7, 0, 8), scope: 'dev', direct: true },
    { name: 'cc', spec: '1.0.83', range: at(9, 0, 2), scope: 'build', direct: true },
  ]);
});

test('a renamed crate required at two versions is listed at both', () => {
  const text = '[dependencies]\nrand = "0.8"\nrand07 = { package = "rand", version = "0.7" }\n';
  const { dependencies } = cargo.parse({ path: '/p/Cargo.toml', text });
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.range]),
    [
      ['rand', '0.8', at(1, 0, 4)],
      ['rand', '0.7', at(2, 22, 4)],
    ],
  );
});

test('broken TOML: a problem with its range, and the other lines still count', () => {
  const text = '[package]\nname = "x"\n\n[dependencies]\nserde = "1\ntokio = { version = "1", features = ["full"] }\nlog = 0.4\n';
  const { dependencies, problems } = cargo.parse({ path: '/p/Cargo.toml', text });
  assert.deepEqual(problems, [
    { range: at(4, 8, 2), message: 'Unterminated string' },
    // 0.4 is a valid TOML float, but not a requirement.
    { range: at(6, 6, 3), message: "The dependency 'log' should be a version string or a table" },
  ]);
  assert.deepEqual(dependencies.map((d) => d.name), ['tokio']);
});

test('values that are not dependencies, and requirements Cargo would refuse, are problems', () => {
  const text = '[dependencies]\nserde = 1\nrand = "latest"\ntokio = { version = "^^1" }\nok = "1"\n';
  const { dependencies, problems } = cargo.parse({ path: '/p/Cargo.toml', text });
  assert.deepEqual(problems, [
    { range: at(1, 8, 1), message: "The dependency 'serde' should be a version string or a table" },
    { range: at(2, 8, 6), message: "'latest' is not a valid version requirement" },
    { range: at(3, 21, 3), message: "'^^1' is not a valid version requirement" },
  ]);
  assert.deepEqual(dependencies.map((d) => d.name), ['rand', 'tokio', 'ok']);
});

test('binary or empty input gives problems or nothing, never an exception', () => {
  const binary = String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 31) % 256));
  assert.ok(cargo.parse({ path: '/p/Cargo.toml', text: binary }).problems.length > 0);
  assert.deepEqual(cargo.parse({ path: '/p/Cargo.toml', text: '' }), { dependencies: [], problems: [] });
});

test('Cargo.lock v3: every crate with a source, not direct, at the name it records', () => {
  const { dependencies, problems } = parseFixture('workspace/Cargo.lock');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.direct, d.locator]),
    [
      ['acme-telemetry', '2.1.0', false, 'sparse+https://cargo.acme.example/index/'],
      ['anyhow', '1.0.89', false, 'registry+https://github.com/rust-lang/crates.io-index'],
      ['legacy-parser', '0.1.4', false, 'registry+https://github.com/rust-lang/crates.io-index'],
      ['serde', '1.0.188', false, 'registry+https://github.com/rust-lang/crates.io-index'],
      ['serde', '1.0.210', false, 'registry+https://github.com/rust-lang/crates.io-index'],
      ['tokio', '1.40.0', false, 'registry+https://github.com/rust-lang/crates.io-index'],
      ['tracing', '0.2.0', false, 'git+https://github.com/tokio-rs/tracing?branch=master#1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'],
      ['webpki', '0.22.4', false, 'registry+https://github.com/rust-lang/crates.io-index'],
      ['winapi', '0.3.9', false, 'registry+https://github.com/rust-lang/crates.io-index'],
    ],
  );
  assert.deepEqual(dependencies[0].range, at(5, 8, 14));
  assert.equal(dependencies[0].scope, 'runtime');
});

test('Cargo.lock v1, with its [metadata] checksums, reads the same way', () => {
  const text = [
    '[[package]]',
    'name = "itoa"',
    'version = "0.4.8"',
    'source = "registry+https://github.com/rust-lang/crates.io-index"',
    '',
    '[[package]]',
    'name = "demo"',
    'version = "0.1.0"',
    'dependencies = [',
    ' "itoa 0.4.8 (registry+https://github.com/rust-lang/crates.io-index)",',
    ']',
    '',
    '[metadata]',
    '"checksum itoa 0.4.8 (registry+https://github.com/rust-lang/crates.io-index)" = "b71991ff56294aa922b450139ee08b3bfc70982c6b2c7562771375cf73542dd4"',
  ].join('\n');
  const { dependencies, problems } = cargo.parse({ path: '/p/Cargo.lock', text });
  assert.deepEqual(problems, []);
  assert.deepEqual(dependencies, [
    { name: 'itoa', spec: '0.4.8', range: at(1, 8, 4), scope: 'runtime', direct: false, locator: 'registry+https://github.com/rust-lang/crates.io-index' },
  ]);
});

test('a broken Cargo.lock keeps the entries it can read', () => {
  const text = 'version = 3\n\n[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index\n\n[[package]]\nname = "b"\nversion = "2.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n';
  const { dependencies, problems } = cargo.parse({ path: '/p/Cargo.lock', text });
  assert.equal(problems.length, 1);
  assert.deepEqual(problems[0].range, at(5, 9, 54));
  assert.deepEqual(dependencies.map((d) => d.name), ['b']);
});
