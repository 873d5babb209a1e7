import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoize } from './memo';

describe('memoize', () => {
  it('computes each key once, undefined results included', () => {
    const calls: string[] = [];
    const lookup = memoize((key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key.length;
    });
    assert.equal(lookup('MIT'), 3);
    assert.equal(lookup('MIT'), 3);
    assert.equal(lookup('none'), undefined);
    assert.equal(lookup('none'), undefined);
    assert.deepEqual(calls, ['MIT', 'none']);
  });

  it('forgets everything once the limit is reached', () => {
    let calls = 0;
    const lookup = memoize((key: string) => ++calls + key, 2);
    lookup('a');
    lookup('b');
    lookup('c');
    assert.equal(lookup('c'), '3c');
    assert.equal(lookup('a'), '4a');
  });
});
