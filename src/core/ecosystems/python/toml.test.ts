import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryAt, parseToml, stringOffset, tableAt, type TomlValue } from './toml';

function value(text: string, ...path: string[]): TomlValue {
  const document = parseToml(text);
  assert.deepEqual(document.problems, []);
  const entry = entryAt(document.root, ...path);
  assert.ok(entry, `no ${path.join('.')}`);
  return entry.value;
}

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
    'Table "project" is defined twice @ "project"',
  ]);
  assert.ok(entryAt(document.root, 'project', 'version'));
  assert.ok(entryAt(document.root, 'tool', 'poetry', 'dependencies', 'pandas'));
  // Keys under the broken header go nowhere, not into the table before it.
  assert.equal(entryAt(document.root, 'tool', 'poetry', 'dependencies', 'x'), undefined);
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
