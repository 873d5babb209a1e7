import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diffTokens } from './diff';

const tokens = (text: string): Int32Array => Int32Array.from(text.split(' '), (w) => w.charCodeAt(0));

describe('diffTokens', () => {
  it('finds nothing between equal sequences', () => {
    assert.deepEqual(diffTokens(tokens('a b c d'), tokens('a b c d'), 10), { inserted: [], deleted: [], largestChange: 0 });
  });

  it('measures a block of insertions as one change', () => {
    const diff = diffTokens(tokens('a b c d'), tokens('a b x y z c d'), 10)!;
    assert.deepEqual(diff.inserted, [...tokens('x y z')]);
    assert.deepEqual(diff.deleted, []);
    assert.equal(diff.largestChange, 3);
  });

  it('keeps separate changes separate', () => {
    const diff = diffTokens(tokens('a b c d e f'), tokens('a x b c d y e f'), 10)!;
    assert.equal(diff.largestChange, 1);
    assert.equal(diff.inserted.length, 2);
  });

  it('measures a replacement by its longer side', () => {
    const diff = diffTokens(tokens('a b c d e'), tokens('a v w x y z e'), 20)!;
    assert.deepEqual(diff.deleted, [...tokens('b c d')]);
    assert.deepEqual(diff.inserted, [...tokens('v w x y z')]);
    assert.equal(diff.largestChange, 5);
  });

  it('gives up beyond the edit budget', () => {
    assert.equal(diffTokens(tokens('a b c d'), tokens('w x y z'), 3), undefined);
    assert.ok(diffTokens(tokens('a b c d'), tokens('w x y z'), 8));
  });

  it('handles empty sequences', () => {
    assert.deepEqual(diffTokens(tokens('a b'), new Int32Array(0), 5), { inserted: [], deleted: [...tokens('a b')], largestChange: 2 });
  });
});
