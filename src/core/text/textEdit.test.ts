import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editBetween, type Edit } from './textEdit';

/** The edit found by comparing one character at a time: what the chunked comparison must agree with. */
function slowEdit(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let common = 0;
  while (common < shorter - start && before[before.length - 1 - common] === after[after.length - 1 - common]) common++;
  return { start, end: after.length - common, delta: after.length - before.length };
}

/** Applying the edit to `before` must give `after`: the old text outside it is reused as it is. */
function apply(before: string, after: string, edit: Edit): string {
  return before.slice(0, edit.start) + after.slice(edit.start, edit.end) + before.slice(edit.end - edit.delta);
}

test('one insertion, deletion or replacement, found on either side of the chunk size', () => {
  const line = 'import openai  # a line of a source file\n';
  const base = line.repeat(200); // 8,200 characters: several 1,024-character chunks
  const cases: [string, string][] = [
    [base, base],
    ['', 'abc'],
    ['abc', ''],
    [base, base.slice(0, 3000) + 'X' + base.slice(3000)],
    [base, base.slice(0, 1024) + base.slice(1030)],
    [base, base.slice(0, 5000) + 'replacement' + base.slice(5003)],
    [base, 'start' + base],
    [base, base + 'end'],
    // A repeated text: the common start is taken first, the rest from the end.
    ['aaaa', 'aaaaaa'],
    [base, base + base],
  ];
  for (const [before, after] of cases) {
    const edit = editBetween(before, after);
    assert.deepEqual(edit, slowEdit(before, after), `${before.length} → ${after.length}`);
    assert.equal(apply(before, after, edit), after);
  }
  assert.deepEqual(editBetween(base, base.slice(0, 3000) + 'X' + base.slice(3000)), { start: 3000, end: 3001, delta: 1 });
});

test('random edits agree with a character-by-character comparison', () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const alphabet = 'ab\n ';
  for (let round = 0; round < 200; round++) {
    const before = Array.from({ length: random(3000) }, () => alphabet[random(alphabet.length)]).join('');
    const at = random(before.length + 1);
    const removed = random(Math.min(50, before.length - at + 1));
    const inserted = Array.from({ length: random(50) }, () => alphabet[random(alphabet.length)]).join('');
    const after = before.slice(0, at) + inserted + before.slice(at + removed);
    const edit = editBetween(before, after);
    assert.deepEqual(edit, slowEdit(before, after));
    assert.equal(apply(before, after, edit), after);
  }
});
