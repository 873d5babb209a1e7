import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createModelKnowledge } from './index';
import { compiledKnowledge } from './testing';

test('loads nothing until first used, then loads once and indexes once', async () => {
  let calls = 0;
  const knowledge = createModelKnowledge(async () => {
    calls++;
    return JSON.parse(JSON.stringify(compiledKnowledge()));
  });
  const before = knowledge.ready;
  assert.equal(calls, 0);
  assert.equal(before, undefined);
  const [a, b] = await Promise.all([knowledge.load(), knowledge.load()]);
  const after = knowledge.ready;
  assert.equal(calls, 1);
  assert.equal(a, b);
  assert.equal(after, a);
  assert.equal(after?.match('gpt-4o')?.model.verdict, 'closed');
});

test('data in another format is refused with a clear message', async () => {
  await assert.rejects(createModelKnowledge(async () => ({ models: [] })).load(), /not format 1 \(rebuild with npm run build\)/);
  await assert.rejects(createModelKnowledge(async () => null).load(), /not format 1/);
});
