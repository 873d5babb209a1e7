import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { SourceRange } from '../../types';
import { go } from '.';
import { parseGoMod } from './goMod';
import { parseModulesTxt } from './modulesTxt';

const FIXTURES = join(__dirname, 'fixtures');

function parseFixture(relative: string) {
  const path = join(FIXTURES, relative);
  return go.parse({ path, text: readFileSync(path, 'utf8') });
}

function at(line: number, character: number, length: number): SourceRange {
  return { start: { line, character }, end: { line, character: character + length } };
}

test('reads go.mod and go.sum by name', () => {
  assert.equal(go.roleOf('/p/go.mod'), 'manifest');
  assert.equal(go.roleOf('/p/go.sum'), 'lockfile');
  assert.equal(go.roleOf('/p/go.work'), undefined);
  assert.equal(go.roleOf('/p/go.mod.bak'), undefined);
});

test('go.mod: require blocks and lines, indirect comments, replacements, and the other directives', () => {
  const { dependencies, problems } = parseFixture('server/go.mod');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.direct, d.range, d.locator]),
    [
      ['github.com/BurntSushi/toml', 'v1.3.2', true, at(8, 1, 26), undefined],
      ['github.com/acme/platform', 'v1.4.0', true, at(9, 1, 24), undefined],
      ['github.com/acme/platform/grpc', 'v1.3.0', true, at(10, 1, 29), undefined],
      ['go.opentelemetry.io/otel/metric', 'v1.28.0', true, at(11, 1, 31), undefined],
      // Replaced for this version by a fork at a pseudo-version.
      ['gopkg.in/yaml.v3', 'v3.0.1', true, at(12, 1, 16), 'mod:github.com/acme-forks/yaml@v0.0.0-20240115093012-5f4e2d1c0b9a'],
      // Replaced for every version by folders, inside and outside the module's tree.
      ['example.com/server/util', 'v0.0.0-00010101000000-000000000000', true, at(13, 1, 23), 'dir:./internal/util'],
      ['github.com/acme/legacy', 'v0.9.0', true, at(14, 1, 22), 'dir:../legacy'],
      ['github.com/acme/platform/otel', 'v1.4.0', false, at(18, 1, 29), undefined],
      ['go.example.org/kit', 'v1.0.0', false, at(19, 1, 18), undefined],
      ['go.example.org/kit/log', 'v1.0.0', false, at(20, 1, 22), undefined],
      ['go.opentelemetry.io/otel', 'v1.28.0', false, at(21, 1, 24), undefined],
      // `// indirect; <note>` is still indirect.
      ['golang.org/x/text', 'v0.14.0', false, at(22, 1, 17), undefined],
      ['golang.org/x/tools', 'v0.22.0', false, at(23, 1, 18), undefined],
      // A single-line require whose comment is not `indirect`.
      ['github.com/google/uuid', 'v1.6.0', true, at(26, 8, 22), undefined],
    ],
  );
  assert.ok(dependencies.every((d) => d.scope === 'runtime'));
});

test('go.mod: the module path, quoted paths and the version-specific replacement first', () => {
  const text = [
    'module "example.com/quoted"',
    'require "github.com/a/b" v1.2.0',
    'require `github.com/c/d` v0.1.0 //indirect',
    'replace github.com/a/b => github.com/fork/b v1.3.0',
    'replace github.com/a/b v1.2.0 => github.com/fork/b v1.2.1',
    'replace github.com/c/d v0.0.9 => ./never',
  ].join('\n');
  const parsed = parseGoMod(text);
  assert.equal(parsed.module, 'example.com/quoted');
  const { dependencies, problems } = go.parse({ path: '/p/go.mod', text });
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.direct, d.range, d.locator]),
    [
      ['github.com/a/b', true, at(1, 9, 14), 'mod:github.com/fork/b@v1.2.1'],
      ['github.com/c/d', false, at(2, 9, 14), undefined],
    ],
  );
});

test('go.mod: broken lines are problems with ranges, the rest still counts', () => {
  const text = [
    'module example.com/broken',
    '',
    'require (',
    '\tgithub.com/ok/one v1.0.0',
    '\tgithub.com/no/version',
    '\tgithub.com/bad/version 1.2.3',
    '\tgithub.com/ok/two v2.0.0+incompatible // indirect',
    ')',
    'requires github.com/typo v1.0.0',
    'replace github.com/x/y v1.0.0',
    'module "unterminated',
    'require (',
    '\tgithub.com/ok/three v0.3.0',
  ].join('\n');
  const { dependencies, problems } = go.parse({ path: '/p/go.mod', text });
  assert.deepEqual(problems, [
    { range: at(4, 1, 21), message: 'usage: require module/path v1.2.3' },
    { range: at(5, 24, 5), message: "invalid version '1.2.3': should be like v1.2.3" },
    { range: at(8, 0, 8), message: 'unknown directive: requires' },
    { range: at(9, 0, 29), message: 'usage: replace module/path [v1.2.3] => other/module v1.4.5 or => ../local/directory' },
    { range: at(10, 0, 6), message: 'usage: module module/path' },
    { range: at(10, 7, 13), message: 'unterminated string' },
    { range: at(11, 8, 1), message: "the require block is never closed with ')'" },
  ]);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.direct]),
    [
      ['github.com/ok/one', 'v1.0.0', true],
      ['github.com/bad/version', '1.2.3', true],
      ['github.com/ok/two', 'v2.0.0+incompatible', false],
      ['github.com/ok/three', 'v0.3.0', true],
    ],
  );
});

test('go.mod: binary input gives a bounded list of problems, never an exception', () => {
  const binary = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 37) % 256));
  const { problems } = go.parse({ path: '/p/go.mod', text: binary });
  assert.ok(problems.length > 0 && problems.length <= 20);
  assert.deepEqual(go.parse({ path: '/p/go.mod', text: '' }), { dependencies: [], problems: [] });
});

test('go.sum: module lines are dependencies at their versions; /go.mod lines are not', () => {
  const { dependencies, problems } = parseFixture('server/go.sum');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.range]),
    [
      ['github.com/BurntSushi/toml', 'v1.3.2', at(0, 0, 26)],
      ['github.com/acme-forks/yaml', 'v0.0.0-20240115093012-5f4e2d1c0b9a', at(2, 0, 26)],
      ['github.com/acme/platform', 'v1.4.0', at(4, 0, 24)],
      ['github.com/acme/platform/grpc', 'v1.3.0', at(6, 0, 29)],
      ['github.com/acme/platform/otel', 'v1.4.0', at(8, 0, 29)],
      // uuid v1.5.0 has only a /go.mod line: its source was never downloaded.
      ['github.com/google/uuid', 'v1.6.0', at(11, 0, 22)],
      ['go.example.org/kit', 'v1.0.0', at(13, 0, 18)],
      ['go.example.org/kit/log', 'v1.0.0', at(15, 0, 22)],
      ['go.opentelemetry.io/otel', 'v1.28.0', at(17, 0, 24)],
      ['go.opentelemetry.io/otel/metric', 'v1.28.0', at(19, 0, 31)],
      ['golang.org/x/text', 'v0.14.0', at(21, 0, 17)],
      ['golang.org/x/tools', 'v0.22.0', at(23, 0, 18)],
    ],
  );
  assert.ok(dependencies.every((d) => !d.direct && d.scope === 'runtime'));
});

test('go.sum: a malformed line is a problem at that line', () => {
  const text = 'github.com/a/b v1.0.0 h1:abc=\r\n  github.com/c/d v1.0.0\ngithub.com/e/f v0.1.0 h1:def=\n';
  const { dependencies, problems } = go.parse({ path: '/p/go.sum', text });
  assert.deepEqual(problems, [{ range: at(1, 2, 21), message: 'malformed go.sum line: expected "<module> <version> <hash>"' }]);
  assert.deepEqual(dependencies.map((d) => d.name), ['github.com/a/b', 'github.com/e/f']);
});

test('vendor/modules.txt: versions and replacements by module path', () => {
  const modules = parseModulesTxt(
    '# github.com/a/b v1.0.0\n## explicit; go 1.21\ngithub.com/a/b\n# example.com/old v1.0.0 => example.com/new v1.2.0\n## explicit\nexample.com/old\n# example.com/local v0.0.0 => ../local\n# example.com/all => ../all\n',
  );
  assert.deepEqual(Object.fromEntries(modules), {
    'github.com/a/b': { version: 'v1.0.0' },
    'example.com/old': { version: 'v1.0.0', replacement: { kind: 'module', path: 'example.com/new', version: 'v1.2.0' } },
    'example.com/local': { version: 'v0.0.0', replacement: { kind: 'directory', path: '../local' } },
    'example.com/all': { version: null, replacement: { kind: 'directory', path: '../all' } },
  });
});
