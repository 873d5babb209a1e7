import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseToml, tomlGet, tomlString, type TomlValue } from './toml';

/** The plain value of a node; numbers and dates as written, or as `scalarWord` when given. */
function plain(value: TomlValue, scalarWord?: string): unknown {
  switch (value.kind) {
    case 'string':
    case 'boolean':
      return value.value;
    case 'other':
      return scalarWord ?? value.raw;
    case 'array':
      return value.items.map((item) => plain(item, scalarWord));
    case 'table':
      return Object.fromEntries([...value.entries].map(([k, e]) => [k, plain(e.value, scalarWord)]));
  }
}

/** smol-toml's value with numbers and dates replaced by a word, to compare structure and strings. */
function smolPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(smolPlain);
  if (value instanceof Date || typeof value === 'number' || typeof value === 'bigint') return 'scalar';
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, smolPlain(v)]));
  return value;
}

const VALID = `# A document touching most of TOML
title = "TOML \\"quoted\\" \\u00e9 \\U0001F600"
literal = 'C:\\Users\\nodejs\\templates'
multi = """
Roses are red
Violets are \\
    blue"""
multi_literal = '''
The first newline is
trimmed in raw strings.'''
quotes = """Here are two quotation marks: "". Simple enough.""""
int = +99
hex = 0xDEAD_BEEF
float = 6.626e-34
special = -inf
date = 1979-05-27T07:32:00-08:00
local = 1979-05-27 07:32:00
time = 07:32:00
bools = [true, false]
nested = [ [ 1, 2 ], ["a", 'b'], ]
"quoted key" = 1
site."google.com" = true
fruit.apple.color = "red"
inline = { x = 1, y.z = "deep" }

[table]   # a comment
key = "value"

[ dog . "tater.man" ]
type.name = "pug"

[[products]]
name = "Hammer"

[[products]]

[[products]]
name = "Nail"
[products.dims]
size = 3
`;

test('reads a valid document to the same values as smol-toml', async () => {
  // smol-toml is an ES module; this test file is compiled as CommonJS.
  const { parse: smolParse } = await import('smol-toml');
  const { root, problems } = parseToml(VALID);
  assert.deepEqual(problems, []);
  assert.deepEqual(plain(root, 'scalar'), smolPlain(smolParse(VALID)));
});

test('keeps the positions of keys and string contents', () => {
  const text = '[dependencies]\nserde = "1.0"\n"quoted" = { version = "2" }\n[dependencies.tokio]\nversion = "1"\n';
  const { root } = parseToml(text);
  const serde = (tomlGet(root, 'dependencies') as { entries: ReadonlyMap<string, { key: { start: number; end: number } }> }).entries.get('serde')!;
  assert.equal(text.slice(serde.key.start, serde.key.end), 'serde');
  const quoted = (tomlGet(root, 'dependencies') as { entries: ReadonlyMap<string, { key: { start: number; end: number } }> }).entries.get('quoted')!;
  assert.equal(text.slice(quoted.key.start, quoted.key.end), 'quoted');
  const tokio = (tomlGet(root, 'dependencies') as { entries: ReadonlyMap<string, { key: { start: number; end: number } }> }).entries.get('tokio')!;
  assert.equal(tokio.key.start, text.indexOf('tokio'));
  const version = tomlString(root, 'dependencies', 'serde')!;
  assert.equal(text.slice(version.span.start, version.span.end), '1.0');
  assert.equal(tomlString(root, 'dependencies', 'tokio', 'version')?.value, '1');
});

test('extends the last table of an array of tables', () => {
  const { root, problems } = parseToml('[[package]]\nname = "a"\n[[package]]\nname = "b"\n[package.metadata]\nx = 1\n');
  assert.deepEqual(problems, []);
  const packages = tomlGet(root, 'package');
  assert.equal(packages?.kind, 'array');
  assert.deepEqual(plain(packages!), [{ name: 'a' }, { name: 'b', metadata: { x: '1' } }]);
});

test('reports a broken line with its place and keeps the rest', () => {
  const text = '[dependencies]\nserde = 1.0.0\nrand = "0.8"\nlog = "0.4\nregex = { version = "1" \n[dev-dependencies]\ntempfile = "3"\n';
  const { root, problems } = parseToml(text);
  assert.deepEqual(
    problems.map((p) => [p.message, text.slice(p.span.start, p.span.end)]),
    [
      ["Invalid value '1.0.0' (strings need quotes)", '1.0.0'],
      ['Unterminated string', '"0.4'],
      ["Expected ',' or '}' in the inline table", '['],
    ],
  );
  assert.deepEqual(plain(root), { dependencies: { rand: '0.8' }, 'dev-dependencies': { tempfile: '3' } });
});

test('reports duplicate keys and tables, and keys after a bad header go nowhere', () => {
  const text = 'a = 1\na = 2\n[t]\n[t]\nb = 1\n[a.x]\nlost = true\n[ok]\nc = "kept"\n';
  const { root, problems } = parseToml(text);
  assert.deepEqual(
    problems.map((p) => [p.message, text.slice(p.span.start, p.span.end)]),
    [
      ["'a' is defined twice", 'a'],
      ['Table [t] is defined twice', '[t]'],
      ["'a' is already defined as a value", 'a'],
    ],
  );
  assert.deepEqual(plain(root), { a: '1', t: { b: '1' }, ok: { c: 'kept' } });
});

test('an inline table is closed to later headers and dotted keys', () => {
  const text = 'dep = { version = "1" }\n[dep.extra]\nx = 1\n';
  const { problems } = parseToml(text);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].message, "'dep' is already defined as a value");
});

test('an unterminated multi-line string or array is reported where it opens', () => {
  const strings = parseToml('a = 1\nb = """never\nclosed\n');
  assert.deepEqual(strings.problems, [{ span: { start: 10, end: 13 }, message: 'Unterminated multi-line string' }]);
  const arrays = parseToml('x = [1,\n2,\n');
  assert.deepEqual(arrays.problems, [{ span: { start: 4, end: 5 }, message: 'Unterminated array' }]);
});

test('an invalid escape is reported but the string is kept', () => {
  const text = 'path = "C:\\dir"\n';
  const { root, problems } = parseToml(text);
  assert.equal(tomlString(root, 'path')?.value, 'C:\\dir');
  assert.deepEqual(problems, [{ span: { start: 10, end: 12 }, message: "Invalid escape sequence '\\d'" }]);
});

test('binary garbage gives a bounded list of problems and no exception', () => {
  const bytes = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  const { problems } = parseToml(bytes);
  assert.ok(problems.length > 0 && problems.length <= 20);
});

test('CRLF line ends are read like LF', () => {
  const { root, problems } = parseToml('[package]\r\nname = "x"\r\nversion = "1.0.0" # c\r\n');
  assert.deepEqual(problems, []);
  assert.deepEqual(plain(root), { package: { name: 'x', version: '1.0.0' } });
});
