import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryAt, parseToml, stringAt, stringOffset, stringSpan, tableAt, valueAt, type TomlValue } from './toml';

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

/** The value at `path` of a document that must read without problems. */
function value(text: string, ...path: string[]): TomlValue {
  const document = parseToml(text);
  assert.deepEqual(document.problems, []);
  const entry = entryAt(document.root, ...path);
  assert.ok(entry, `no ${path.join('.')}`);
  return entry.value;
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
  const serde = entryAt(root, 'dependencies', 'serde')!;
  assert.equal(text.slice(serde.keyStart, serde.keyEnd), 'serde');
  const quoted = entryAt(root, 'dependencies', 'quoted')!;
  assert.equal(text.slice(quoted.keyStart, quoted.keyEnd), 'quoted');
  const tokio = entryAt(root, 'dependencies', 'tokio')!;
  assert.equal(tokio.keyStart, text.indexOf('tokio'));
  const version = stringAt(root, 'dependencies', 'serde')!;
  assert.equal(text.slice(version.contentStart, version.contentEnd), '1.0');
  assert.equal(stringAt(root, 'dependencies', 'tokio', 'version')?.value, '1');
});

test('keys keep their place, quotes excluded; dotted keys and headers build the same tables', () => {
  const text = '[tool.poetry.dependencies]\n"ruamel.yaml" = "^0.18"\nrequests.version = "^2"\n';
  const document = parseToml(text);
  assert.deepEqual(document.problems, []);
  const deps = tableAt(document.root, 'tool', 'poetry', 'dependencies');
  assert.ok(deps);
  const ruamel = deps.entries.get('ruamel.yaml');
  assert.ok(ruamel);
  assert.equal(text.slice(ruamel.keyStart, ruamel.keyEnd), 'ruamel.yaml');
  const requests = deps.entries.get('requests');
  assert.equal(requests?.value.kind, 'table');
  assert.equal(text.slice(requests.keyStart, requests.keyEnd), 'requests');
});

test('strings: escapes, literal and multi-line forms, with offsets back into the source', () => {
  const text = 'a = "x\\u00e9y\\tz"\nb = \'C:\\path\'\nc = """\nline one\\\n    continued"""\nd = \'\'\'raw \\n\'\'\'\n';
  const a = value(text, 'a');
  assert.equal(a.kind === 'string' && a.value, 'xéy\tz');
  assert.ok(a.kind === 'string');
  assert.equal(text[stringOffset(a, 2)], 'y'); // after the 6-character escape
  const b = value(text, 'b');
  assert.equal(b.kind === 'string' && b.value, 'C:\\path');
  const c = value(text, 'c');
  assert.equal(c.kind === 'string' && c.value, 'line onecontinued'); // a line-ending backslash eats the break and indent
  assert.ok(c.kind === 'string');
  assert.equal(text.slice(stringOffset(c, 8), stringOffset(c, 8) + 9), 'continued');
  const d = value(text, 'd');
  assert.equal(d.kind === 'string' && d.value, 'raw \\n');
});

test('arrays across lines with comments and trailing commas; inline tables; arrays of tables', () => {
  const text = [
    'deps = [',
    '  "a",  # first',
    '  { name = "b", extra = ["x"] },',
    ']',
    '[[package]]',
    'name = "one"',
    '[package.source]',
    'registry = "https://pypi.org/simple"',
    '[[package]]',
    'name = "two"',
    'when = 2025-01-25T11:30:10.164985+00:00',
    'size = 1_024',
    'ok = true',
  ].join('\n');
  const deps = value(text, 'deps');
  assert.equal(deps.kind, 'array');
  assert.equal(deps.kind === 'array' && deps.items.length, 2);
  const packages = value(text, 'package');
  assert.ok(packages.kind === 'array' && packages.ofTables);
  assert.equal(packages.items.length, 2);
  const first = packages.items[0];
  assert.ok(first.kind === 'table');
  assert.ok(tableAt(first, 'source')?.entries.has('registry'));
});

test('extends the last table of an array of tables', () => {
  const { root, problems } = parseToml('[[package]]\nname = "a"\n[[package]]\nname = "b"\n[package.metadata]\nx = 1\n');
  assert.deepEqual(problems, []);
  const packages = valueAt(root, 'package');
  assert.equal(packages?.kind, 'array');
  assert.deepEqual(plain(packages!), [{ name: 'a' }, { name: 'b', metadata: { x: '1' } }]);
});

test('reports a broken line with its place and keeps the rest', () => {
  const text = '[dependencies]\nserde = 1.0.0\nrand = "0.8"\nlog = "0.4\nregex = { version = "1" \n[dev-dependencies]\ntempfile = "3"\n';
  const { root, problems } = parseToml(text);
  assert.deepEqual(
    problems.map((p) => [p.message, text.slice(p.start, p.end)]),
    [
      ['Invalid value "1.0.0" (strings must be quoted)', '1.0.0'],
      ['Unterminated string', '"0.4'],
      ['Expected "," or "}" in the inline table', '['],
    ],
  );
  assert.deepEqual(plain(root), { dependencies: { rand: '0.8' }, 'dev-dependencies': { tempfile: '3' } });
});

test('every syntax error is a problem with a range, and reading resumes on the next key or header', () => {
  const text = [
    '[project]',
    'readme = "README.md', // unterminated
    'version = "0.1.0"',
    '[tool.poetry.dependencies]',
    'numpy = ^1.26', // unquoted
    'pandas = "^2.2"',
    'pandas = "^2.1"', // duplicate
    '[tool.poetry', // unclosed header
    'x = 1',
    '[project]', // defined twice
  ].join('\n');
  const document = parseToml(text);
  const problems = document.problems.map((p) => `${p.message} @ ${JSON.stringify(text.slice(p.start, p.end))}`);
  assert.deepEqual(problems, [
    'Unterminated string @ "\\"README.md"',
    'Invalid value "^1.26" (strings must be quoted) @ "^1.26"',
    'Duplicate key "pandas" @ "pandas"',
    'Expected "]" to close the table header @ "[tool.poetry"',
    'Table "project" is defined twice @ "[project]"',
  ]);
  assert.ok(entryAt(document.root, 'project', 'version'));
  assert.ok(entryAt(document.root, 'tool', 'poetry', 'dependencies', 'pandas'));
  // Keys under the broken header go nowhere, not into the table before it.
  assert.equal(entryAt(document.root, 'tool', 'poetry', 'dependencies', 'x'), undefined);
});

test('a value broken across lines costs one problem: reading resumes at the next line that starts a statement', () => {
  const text = 'deps = [\n  "a" "b",\n  "c",\n]\nok = 1\nname = "\\u0041bc"\n';
  const { root, problems } = parseToml(text);
  assert.deepEqual(
    problems.map((p) => [p.message, text.slice(p.start, p.end)]),
    [['Expected "," or "]" in the array', '"']],
  );
  assert.deepEqual(plain(root), { ok: '1', name: 'Abc' });
  // An escape keeps the whole of its string mapped to the source.
  const name = stringAt(root, 'name')!;
  assert.deepEqual(stringSpan(name), { start: text.indexOf('\\u0041'), end: text.indexOf('bc"') + 2 });
  assert.deepEqual(stringSpan(name, 1, 2), { start: text.indexOf('bc"'), end: text.indexOf('bc"') + 1 });
});

test('reports duplicate keys and tables, and keys after a bad header go nowhere', () => {
  const text = 'a = 1\na = 2\n[t]\n[t]\nb = 1\n[a.x]\nlost = true\n[ok]\nc = "kept"\n';
  const { root, problems } = parseToml(text);
  assert.deepEqual(
    problems.map((p) => [p.message, text.slice(p.start, p.end)]),
    [
      ['Duplicate key "a"', 'a'],
      ['Table "t" is defined twice', '[t]'],
      ['"a" is already defined as a value', 'a'],
    ],
  );
  assert.deepEqual(plain(root), { a: '1', t: { b: '1' }, ok: { c: 'kept' } });
});

test('an inline table is closed to later headers and dotted keys', () => {
  const text = 'dep = { version = "1" }\n[dep.extra]\nx = 1\n';
  const { problems } = parseToml(text);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].message, '"dep" is already defined as a value');
});

test('an unterminated multi-line string or array is reported where it opens', () => {
  const strings = parseToml('a = 1\nb = """never\nclosed\n');
  assert.deepEqual(strings.problems, [{ start: 10, end: 13, message: 'Unterminated multi-line string' }]);
  const arrays = parseToml('x = [1,\n2,\n');
  assert.deepEqual(arrays.problems, [{ start: 4, end: 5, message: 'Unterminated array' }]);
});

test('an invalid escape is reported but the string is kept', () => {
  const text = 'path = "C:\\dir"\n';
  const { root, problems } = parseToml(text);
  assert.equal(stringAt(root, 'path')?.value, 'C:\\dir');
  assert.deepEqual(problems, [{ start: 10, end: 12, message: 'Invalid escape sequence "\\d"' }]);
});

test('merge conflict markers are named as such', () => {
  const document = parseToml('[[package]]\nname = "a"\n<<<<<<< HEAD\nversion = "1"\n=======\nversion = "2"\n>>>>>>> main\n');
  assert.deepEqual(
    document.problems.map((p) => [p.message, p.start, p.end]),
    [
      ['Unresolved merge conflict marker', 23, 30],
      ['Unresolved merge conflict marker', 50, 57],
      // Both sides of the conflict were read: the second version is a duplicate.
      ['Duplicate key "version"', 58, 65],
    ],
  );
});

test('never throws on arbitrary input', () => {
  const samples = ['[', '[[', 'a = [', 'a = {', 'a = "\\', "a = '''", '= 1', 'a.', 'a = { b = 1, b = 2 }', '\0\0\0', '"a" = """x', 'a = [1,,2]', 'a = 1\n[a.b]'];
  for (const sample of samples) {
    const document = parseToml(sample);
    assert.ok(document.problems.length > 0, `expected a problem for ${JSON.stringify(sample)}`);
    for (const p of document.problems) assert.ok(p.start >= 0 && p.end >= p.start && p.end <= sample.length, JSON.stringify(sample));
  }
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
