import assert from 'node:assert/strict';
import { test } from 'node:test';
import { objectProperties, parseJson, parseJsonObject, propertyValue, stringContentRange, stringValue } from './json';

test('properties, values and where a string is written', () => {
  const text = '{\n  "name": "app",\n  "deps": { "a\\"b": "^1", "n": 2 }\n}';
  const { root, lines, problem } = parseJson(text);
  assert.equal(problem, undefined);
  assert.equal(stringValue(propertyValue(root, 'name')), 'app');
  assert.equal(propertyValue(root, 'missing'), undefined);
  assert.equal(propertyValue(propertyValue(root, 'name'), 'x'), undefined); // not an object
  const deps = [...objectProperties(propertyValue(root, 'deps'))];
  assert.deepEqual(deps.map((p) => [p.key, stringValue(p.value)]), [['a"b', '^1'], ['n', undefined]]);
  // The key as written, escape included, inside its quotes.
  assert.deepEqual(stringContentRange(deps[0]!.keyNode, lines), { start: { line: 2, character: 13 }, end: { line: 2, character: 17 } });
  assert.deepEqual([...objectProperties(propertyValue(root, 'name'))], []);
});

test('the first syntax error only, in words, with its place', () => {
  const { root, problem } = parseJson('{\n  "a": 1,\n  "b" 2,\n  "c": }');
  assert.deepEqual(problem, {
    range: { start: { line: 2, character: 6 }, end: { line: 2, character: 7 } },
    message: 'Invalid JSON: expected a colon (line 3, column 7)',
  });
  // What could be read is kept.
  assert.equal(propertyValue(root, 'a')?.value, 1);
  assert.match(parseJson('{"a": 1,}').problem!.message, /^Invalid JSON: expected a property name/);
  assert.match(parseJson('{"a": 1} // note').problem!.message, /^Invalid JSON: comments are not allowed/);
});

test('a file that must hold an object says so when it does not', () => {
  assert.deepEqual(parseJsonObject('[1, 2]', 'composer.json').problems, [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'composer.json should hold a JSON object' },
  ]);
  const empty = parseJsonObject('', 'composer.json');
  assert.equal(empty.object, undefined);
  assert.equal(empty.problems.length, 1);
  assert.ok(empty.problems[0]!.range);
  assert.deepEqual(parseJsonObject('{"a": 1}', 'x').problems, []);
});
