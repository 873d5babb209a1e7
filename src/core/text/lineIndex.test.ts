import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FILE_START, LineIndex, lineRange } from './lineIndex';

test('offsets become 0-based line and character positions', () => {
  const text = 'first\n\nthird line\r\nlast';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(lines.position(0), { line: 0, character: 0 });
  assert.deepEqual(lines.position(5), { line: 0, character: 5 }); // the `\n` belongs to its line
  assert.deepEqual(lines.position(6), { line: 1, character: 0 });
  assert.deepEqual(lines.position(text.indexOf('line')), { line: 2, character: 6 });
  assert.deepEqual(lines.position(text.indexOf('last')), { line: 3, character: 0 });
  assert.deepEqual(lines.position(text.length), { line: 3, character: 4 });
  assert.deepEqual(lines.range(text.indexOf('third'), 5), { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
  // A range may span lines.
  assert.deepEqual(lines.range(2, 4), { start: { line: 0, character: 2 }, end: { line: 1, character: 0 } });
});

test('line starts, clamped to the last line', () => {
  const text = 'a\nbc\n';
  const lines = new LineIndex(text);
  assert.deepEqual([0, 1, 2].map((line) => lines.lineStart(line)), [0, 2, 5]);
  assert.equal(lines.lineStart(9), 5);
  assert.equal(new LineIndex('').lineCount, 1);
});

test('a range from a line and character, for readers that count lines themselves', () => {
  assert.deepEqual(lineRange(4, 2, 3), { start: { line: 4, character: 2 }, end: { line: 4, character: 5 } });
  assert.deepEqual(FILE_START, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
});
