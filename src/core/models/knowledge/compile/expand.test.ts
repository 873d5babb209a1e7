import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandBraces } from './expand';

test('expands alternatives, including empty ones, in order', () => {
  assert.deepEqual(expandBraces('meta-llama/{Meta-,}Llama-3.1-{8B,70B}'), [
    'meta-llama/Meta-Llama-3.1-8B', 'meta-llama/Meta-Llama-3.1-70B', 'meta-llama/Llama-3.1-8B', 'meta-llama/Llama-3.1-70B',
  ]);
});

test('expands nested groups', () => {
  assert.deepEqual(expandBraces('qwen{2{,.5},3}'), ['qwen2', 'qwen2.5', 'qwen3']);
});

test('a pattern without braces is itself', () => {
  assert.deepEqual(expandBraces('gpt-4o'), ['gpt-4o']);
});

test('unbalanced braces are an error', () => {
  assert.throws(() => expandBraces('gpt-{4o'), /unbalanced "\{"/);
  assert.throws(() => expandBraces('gpt-4o}'), /unbalanced "\}"/);
  assert.throws(() => expandBraces('a}{b,c}'), /unbalanced "\}"/);
});
