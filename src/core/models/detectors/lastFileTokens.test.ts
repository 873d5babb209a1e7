import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LastFileTokens } from './lastFileTokens';

/** Records what each read was given, and "tokenizes" a text as itself. */
function reader() {
  const kept = new LastFileTokens<string>();
  const given: (string | undefined)[] = [];
  const read = (path: string, text: string) => kept.read(path, text, (previous) => (given.push(previous), text));
  return { read, given };
}

test('the same file read again gets the tokens it had; another file starts afresh', () => {
  const { read, given } = reader();
  read('/p/a.py', 'x = 1\n');
  read('/p/a.py', 'x = 12\n');
  read('/p/b.py', 'y = 2\n');
  read('/p/a.py', 'x = 123\n');
  assert.deepEqual(given, [undefined, 'x = 1\n', undefined, undefined]);
});

test('a very large text is read, but its tokens are not kept', () => {
  const { read, given } = reader();
  const large = 'x'.repeat(3 * 1024 * 1024);
  assert.equal(read('/p/generated.py', large), large);
  read('/p/generated.py', `${large}y`);
  read('/p/small.py', 'a');
  read('/p/small.py', 'ab');
  assert.deepEqual(given, [undefined, undefined, undefined, 'a']);
});
