import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testContext } from '../../../test/support/context';
import type { ModelReference } from './detector';
import { createModelKnowledge } from './knowledge';
import { compiledKnowledge } from './knowledge/testing';
import { resolveModel } from './resolve';

// The real context, with the knowledge base compiled from data/ rather than a possibly stale dist/.
const context = { ...testContext({ root: '/project', files: {} }), models: createModelKnowledge(async () => compiledKnowledge()) };
const range = { start: { line: 3, character: 10 }, end: { line: 3, character: 18 } };
const ref = (id: string, extra: Partial<ModelReference> = {}): ModelReference => ({ id, range, via: 'test', ...extra });

test('a closed API model: provider ecosystem, no licence, knowledge-base evidence and open alternatives', async () => {
  const r = await resolveModel(ref('gpt-4o', { provider: 'openai' }), context);
  assert.deepEqual([r.ecosystem, r.license, r.verdict], ['openai', null, 'closed']);
  assert.equal(r.model?.id, 'openai-gpt-4o');
  assert.equal(r.model?.openness.weights, 'none');
  assert.equal(r.model?.openness.osaid, false);
  assert.equal(r.evidence[0].source, 'knowledge-base');
  assert.match(r.evidence[0].detail!, /^OpenAI GPT-4o \(API model id "gpt-4o"\): no downloadable weights/);
  assert.ok(r.evidence.some((e) => e.detail === 'Model Openness Framework: GPT-4o unclassified'));
  assert.deepEqual(r.model?.alternatives.slice(0, 2), ['Mistral Small 3 (3.0, 3.1, 3.2) (mistralai/Mistral-Small-24B-Base-2501)',
    'Mistral Ministral 3 (3B, 8B, 14B) (mistralai/Ministral-3-3B-Base-2512)']);
});

test('without a provider hint the ecosystem comes from the id', async () => {
  assert.equal((await resolveModel(ref('claude-3-5-sonnet-20241022'), context)).ecosystem, 'anthropic');
  assert.equal((await resolveModel(ref('openrouter/openai/gpt-4o'), context)).ecosystem, 'openrouter');
  assert.equal((await resolveModel(ref('meta-llama/Llama-3.1-8B-Instruct'), context)).ecosystem, 'huggingface');
  assert.equal((await resolveModel(ref('llama3.2:3b'), context)).ecosystem, 'ollama');
  assert.equal((await resolveModel(ref('models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf'), context)).ecosystem, 'gguf');
  assert.equal((await resolveModel(ref('my-llama-finetune'), context)).ecosystem, 'unknown');
  assert.equal((await resolveModel(ref('acme/private-model'), context)).ecosystem, 'huggingface');
});

test('a restricted Hugging Face model: licence, reason, EOSAI and MOF evidence', async () => {
  const r = await resolveModel(ref('meta-llama/Llama-3.1-8B-Instruct'), context);
  assert.deepEqual([r.ecosystem, r.license, r.verdict], ['huggingface', 'LicenseRef-llama3.1', 'restricted']);
  assert.match(r.model!.reason, /Llama 3\.1 Community License Agreement needs a separate licence above 700M monthly active users/);
  assert.deepEqual(r.evidence.map((e) => e.detail), [
    `Meta Llama 3.1 (Hugging Face id "meta-llama/llama-3.1-8b-instruct"): ${r.model!.reason}.`,
    'European Open Source AI Index, Llama 3.1 (osai-index.eu): weights partial (base) / closed (end model), training data closed, training code partial, licence closed',
    'Model Openness Framework: Llama-3.1-8B-Instruct unclassified, Llama-3.1-8B unclassified, Llama-3.1-70B unclassified',
    'Foundation Model Transparency Index (December 2025): Meta discloses 31 of 100 indicators',
  ]);
  assert.ok(r.model!.sources.includes('eosai:llama-3.1.yaml'));
  assert.ok(r.model!.alternatives.length >= 3);
});

test('an open, OSAID-conformant model has no alternatives', async () => {
  const r = await resolveModel(ref('allenai/OLMo-2-1124-7B'), context);
  assert.deepEqual([r.license, r.verdict, r.model?.openness.osaid], ['Apache-2.0', 'open', true]);
  assert.deepEqual(r.model?.alternatives, []);
});

test('restricted and closed models of each capability suggest open alternatives', async () => {
  for (const id of ['claude-3-5-sonnet-20241022', 'codestral-latest', 'text-embedding-3-small', 'tts-1', 'dall-e-3', 'black-forest-labs/FLUX.1-dev', 'google/gemma-2-9b']) {
    const r = await resolveModel(ref(id), context);
    assert.ok(r.verdict === 'closed' || r.verdict === 'restricted', id);
    assert.ok(r.model!.alternatives.length >= 3, `${id}: ${r.model!.alternatives.join(', ')}`);
  }
  const embeddings = await resolveModel(ref('text-embedding-3-small'), context);
  assert.equal(embeddings.model!.alternatives[0], 'Nomic Embed (nomic-ai/nomic-embed-text-v1)');
});

test('an unknown model is unknown, never guessed', async () => {
  const r = await resolveModel(ref('my-llama-finetune', { provider: 'ollama' }), context);
  assert.deepEqual(r, { ecosystem: 'ollama', license: null, verdict: 'unknown', evidence: [], reason: "not in Openness's model knowledge base" });
});

test('GGUF header facts: the licence it states is kept, and a mismatch with the knowledge base is reported', async () => {
  const known = await resolveModel(ref('models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', {
    localEvidence: { license: 'apache-2.0', name: 'Meta Llama 3.1 8B Instruct', detail: 'GGUF general.license: apache-2.0' },
  }), context);
  assert.deepEqual([known.verdict, known.license], ['restricted', 'LicenseRef-llama3.1']);
  assert.deepEqual(known.evidence.at(-1), { source: 'model-file', detail: 'GGUF general.license: apache-2.0 (the knowledge base has LicenseRef-llama3.1)' });

  const agreeing = await resolveModel(ref('weights.gguf', {
    localEvidence: { license: 'llama3.1', name: 'Meta Llama 3.1 8B Instruct', detail: 'GGUF general.license: llama3.1' },
  }), context);
  assert.equal(agreeing.model?.id, 'meta-llama-3.1');
  assert.deepEqual(agreeing.evidence.at(-1), { source: 'model-file', detail: 'GGUF general.license: llama3.1' });
});

test('an unknown GGUF is judged by the licence its own header states, never by its base model', async () => {
  const r = await resolveModel(ref('acme-support-bot-Q4_K_M.gguf', {
    localEvidence: { license: 'apache-2.0', name: 'Acme Support Bot', baseModel: 'https://huggingface.co/mistralai/Mistral-7B-v0.1', detail: 'GGUF general.license: apache-2.0' },
  }), context);
  // The weights are on disk under an OSI-approved licence: open, by the file's own statement.
  assert.deepEqual([r.ecosystem, r.license, r.verdict, r.model], ['gguf', 'Apache-2.0', 'open', undefined]);
  assert.match(r.reason, /^weights on this machine under permissive \(Apache-2\.0\), OSI-approved \(stated by its GGUF header\)/);
  const restricted = await resolveModel(ref('acme-llama-Q4_K_M.gguf', {
    localEvidence: { license: 'llama3.1', name: 'Acme Llama', detail: 'GGUF general.license: llama3.1' },
  }), context);
  assert.equal(restricted.verdict, 'restricted');
  const unstated = await resolveModel(ref('mystery-Q4_K_M.gguf', { localEvidence: { name: 'Mystery', detail: 'GGUF general.name: Mystery' } }), context);
  assert.equal(unstated.verdict, 'unknown');
  assert.equal(r.evidence[0].source, 'model-file');
  assert.match(r.evidence[1].detail!, /^based on Mistral 7B \(open: weights downloadable under Apache-2.0/);
});

test('an unknown model whose weights sit in the Hugging Face cache is judged by its model card', async () => {
  const snapshot = '/home/me/.cache/huggingface/hub/models--acme--support-7b/snapshots/0123abcd';
  const withCache = {
    ...testContext({
      root: '/project',
      home: '/home/me',
      files: {
        '/home/me/.cache/huggingface/hub/models--acme--support-7b/refs/main': '0123abcd',
        [`${snapshot}/README.md`]: '---\nlicense: mit\nbase_model: mistralai/Mistral-7B-v0.1\n---\n# Support 7B\n',
      },
    }),
    models: context.models,
  };
  const r = await resolveModel(ref('acme/support-7b', { provider: 'huggingface' }), withCache);
  assert.deepEqual([r.verdict, r.license, r.model], ['open', 'MIT', undefined]);
  assert.match(r.reason, /stated by its model card/);
  assert.deepEqual(r.evidence.at(-1)?.source, 'model-card');
  assert.match(r.evidence.at(-1)?.file ?? '', /^~\/\.cache\/huggingface\/hub\/models--acme--support-7b\/snapshots\/0123abcd\/README\.md$/);
  // A hosted API's model is never looked up in local caches.
  const known = await resolveModel(ref('acme/support-7b', { provider: 'openai' }), withCache);
  assert.equal(known.verdict, 'unknown');
});
