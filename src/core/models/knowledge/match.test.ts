import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex } from './match';
import { compiledKnowledge, knowledgeIndex } from './testing';
import type { CompiledKnowledge, KnownModel, MatchForm } from './types';

const index = knowledgeIndex();

/** [id, provider hint, expected entry id, expected form, provider the id itself names]. */
const recognised: [string, string | undefined, string, MatchForm, string | null][] = [
  // Exact Hugging Face ids, case-insensitive, and legacy bare ids
  ['meta-llama/Llama-3.1-8B-Instruct', undefined, 'meta-llama-3.1', 'huggingface', null],
  ['META-LLAMA/llama-3.1-8b-instruct', undefined, 'meta-llama-3.1', 'huggingface', null],
  ['meta-llama/Meta-Llama-3.1-70B-Instruct', undefined, 'meta-llama-3.1', 'huggingface', null],
  ['gpt2', undefined, 'openai-gpt-2', 'huggingface', null],
  ['openai-community/gpt2-xl', undefined, 'openai-gpt-2', 'huggingface', null],
  ['bert-base-uncased', undefined, 'google-bert', 'huggingface', null],
  ['distilbert-base-uncased-finetuned-sst-2-english', undefined, 'distilbert', 'huggingface', null],
  ['sentence-transformers/all-mpnet-base-v2', undefined, 'sentence-transformers', 'huggingface', null],
  ['BAAI/bge-large-en-v1.5', undefined, 'baai-bge', 'huggingface', null],
  ['intfloat/multilingual-e5-large', undefined, 'intfloat-e5', 'huggingface', null],
  ['cardiffnlp/twitter-roberta-base-sentiment', undefined, 'cardiffnlp-twitter-roberta-sentiment', 'huggingface', null],
  ['facebook/bart-large-mnli', undefined, 'meta-bart-mnli-cnn', 'huggingface', null],
  ['xlm-roberta-base', undefined, 'meta-xlm-roberta', 'huggingface', null],
  ['facebook/wav2vec2-base-960h', undefined, 'meta-wav2vec2', 'huggingface', null],
  ['runwayml/stable-diffusion-v1-5', undefined, 'stable-diffusion-1', 'huggingface', null],
  ['google/vit-base-patch16-224', undefined, 'google-vit', 'huggingface', null],
  ['openai/clip-vit-large-patch14', undefined, 'openai-clip', 'huggingface', null],
  ['facebook/detr-resnet-50', undefined, 'meta-detr', 'huggingface', null],
  ['HuggingFaceTB/SmolLM2-1.7B-Instruct', undefined, 'huggingface-smollm', 'huggingface', null],
  ['ibm-granite/granite-3.3-8b-instruct', undefined, 'ibm-granite-3', 'huggingface', null],
  ['EleutherAI/pythia-1.4b-deduped', undefined, 'eleutherai-pythia', 'huggingface', null],
  ['bigscience/bloom', undefined, 'bigscience-bloom', 'huggingface', null],
  ['tiiuae/falcon-7b-instruct', undefined, 'tii-falcon', 'huggingface', null],
  ['microsoft/Phi-3-mini-4k-instruct', undefined, 'microsoft-phi-3', 'huggingface', null],
  ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', undefined, 'deepseek-r1-distill-qwen', 'huggingface', null],
  ['Qwen/Qwen2.5-Coder-7B-Instruct', undefined, 'qwen-2.5-coder', 'huggingface', null],
  // API ids: exact, dated, versioned, -latest
  ['gpt-4o', undefined, 'openai-gpt-4o', 'api', null],
  ['gpt-4o-mini-2024-07-18', undefined, 'openai-gpt-4o-mini', 'api', null],
  ['gpt-4o-2024-11-20', undefined, 'openai-gpt-4o', 'api', null],
  ['gpt-4o-audio-preview-2024-12-17', undefined, 'openai-audio', 'api-prefix', null],
  ['gpt-4-0613', undefined, 'openai-gpt-4', 'api', null],
  ['gpt-4-1106-preview', undefined, 'openai-gpt-4-turbo', 'api', null],
  ['gpt-4-turbo-2024-04-09', undefined, 'openai-gpt-4-turbo', 'api-prefix', null],
  ['gpt-3.5-turbo-0125', undefined, 'openai-gpt-3.5-turbo', 'api-prefix', null],
  ['gpt-4.1-nano-2025-04-14', undefined, 'openai-gpt-4.1', 'api-prefix', null],
  ['gpt-5', undefined, 'openai-gpt-5', 'api', null],
  ['gpt-5.2-pro', undefined, 'openai-gpt-5', 'api-prefix', null],
  ['gpt-5.1-codex-mini', undefined, 'openai-codex', 'api-prefix', null],
  ['o1', undefined, 'openai-o1', 'api', null],
  ['o3-mini-2025-01-31', undefined, 'openai-o3', 'api-prefix', null],
  ['o4-mini', undefined, 'openai-o4-mini', 'api', null],
  ['chatgpt-4o-latest', undefined, 'openai-gpt-4o', 'api', null],
  ['text-embedding-3-large', undefined, 'openai-text-embedding', 'api', null],
  ['dall-e-3', undefined, 'openai-dall-e', 'api', null],
  ['gpt-image-1', undefined, 'openai-gpt-image', 'api', null],
  ['whisper-1', undefined, 'openai-whisper', 'api', null],
  ['tts-1-hd', undefined, 'openai-audio', 'api', null],
  ['gpt-oss-120b', undefined, 'openai-gpt-oss', 'api', null],
  ['claude-3-5-sonnet-20241022', undefined, 'anthropic-claude-3.5', 'api-prefix', null],
  ['claude-3-5-sonnet-latest', undefined, 'anthropic-claude-3.5', 'api', null],
  ['claude-3-haiku-20240307', undefined, 'anthropic-claude-3', 'api-prefix', null],
  ['claude-sonnet-4-20250514', undefined, 'anthropic-claude-4', 'api', null],
  ['claude-opus-4-1-20250805', undefined, 'anthropic-claude-4', 'api', null],
  ['claude-sonnet-4-5-20250929', undefined, 'anthropic-claude-4.5', 'api-prefix', null],
  ['claude-opus-4-6', undefined, 'anthropic-claude', 'api-prefix', null],
  ['gemini-1.5-pro-002', undefined, 'google-gemini-1.5', 'api-prefix', null],
  ['gemini-2.5-flash-preview-05-20', undefined, 'google-gemini-2.5', 'api-prefix', null],
  ['gemini-3-pro-preview', undefined, 'google-gemini-3', 'api-prefix', null],
  ['text-embedding-004', undefined, 'google-gemini-embedding', 'api', null],
  ['imagen-3.0-generate-002', undefined, 'google-imagen', 'api-prefix', null],
  ['command-r-plus-08-2024', undefined, 'cohere-command-r', 'api-prefix', null],
  ['embed-multilingual-v3.0', undefined, 'cohere-embed', 'api', null],
  ['rerank-v3.5', undefined, 'cohere-rerank', 'api', null],
  ['grok-4-0709', undefined, 'xai-grok', 'api-prefix', null],
  ['grok-2-1212', undefined, 'xai-grok-2', 'api', null],
  ['grok-2-vision-1212', undefined, 'xai-grok', 'api-prefix', null],
  ['amazon.nova-pro-v1:0', undefined, 'amazon-nova', 'api-prefix', null],
  ['amazon.titan-embed-text-v2:0', undefined, 'amazon-titan', 'api-prefix', null],
  ['mistral-large-latest', undefined, 'mistral-large-3', 'api', null],
  ['mistral-medium-2505', undefined, 'mistral-api', 'api', null],
  ['codestral-latest', undefined, 'mistral-codestral', 'api', null],
  ['open-mistral-7b', undefined, 'mistral-7b', 'api', null],
  ['sonar-reasoning-pro', undefined, 'perplexity-sonar', 'api', null],
  ['jamba-1.5-large', undefined, 'ai21-jamba', 'api', null],
  ['deepseek-chat', undefined, 'deepseek-v3', 'api', null],
  ['deepseek-reasoner', undefined, 'deepseek-v3', 'api', null],
  ['voyage-3-large', undefined, 'voyage', 'api-prefix', null],
  // Cloud catalogue spellings
  ['anthropic.claude-3-sonnet-20240229-v1:0', undefined, 'anthropic-claude-3', 'api-prefix', null],
  ['us.anthropic.claude-3-5-sonnet-20241022-v2:0', undefined, 'anthropic-claude-3.5', 'api-prefix', null],
  ['claude-3-5-sonnet-v2@20241022', undefined, 'anthropic-claude-3.5', 'api-prefix', null],
  ['meta.llama3-1-70b-instruct-v1:0', undefined, 'meta-llama-3.1', 'api-prefix', null],
  ['us.deepseek.r1-v1:0', undefined, 'deepseek-r1', 'api', null],
  ['@cf/meta/llama-3.1-8b-instruct', undefined, 'meta-llama-3.1', 'release-name', 'cloudflare'],
  ['models/gemini-1.5-flash', undefined, 'google-gemini-1.5', 'api', 'google'],
  // Ollama tags
  ['llama3.2:3b', undefined, 'meta-llama-3.2', 'ollama', null],
  ['llama3.2', undefined, 'meta-llama-3.2', 'ollama', null],
  ['library/llama3.2', undefined, 'meta-llama-3.2', 'ollama', null],
  ['registry.ollama.ai/library/llama3.1:70b', undefined, 'meta-llama-3.1', 'ollama', null],
  ['qwen2.5-coder:7b', undefined, 'qwen-2.5-coder', 'ollama', null],
  ['qwen2.5:3b', undefined, 'qwen-2.5-3b', 'ollama', null],
  ['qwen2.5:72b-instruct-q4_K_M', undefined, 'qwen-2.5-72b', 'ollama', null],
  ['qwen2.5:7b', undefined, 'qwen-2.5', 'ollama', null],
  ['deepseek-r1:70b', undefined, 'deepseek-r1-distill-llama', 'ollama', null],
  ['deepseek-r1:14b', undefined, 'deepseek-r1-distill-qwen', 'ollama', null],
  ['nomic-embed-text', undefined, 'nomic-embed', 'api', null],
  ['nomic-embed-text:latest', undefined, 'nomic-embed', 'ollama', null],
  ['mistral', undefined, 'mistral-7b', 'ollama', null],
  ['mistral:7b', undefined, 'mistral-7b', 'ollama', null],
  ['gemma2:9b', undefined, 'google-gemma-2', 'ollama', null],
  ['olmo2:13b', undefined, 'allenai-olmo-2', 'ollama', null],
  ['gpt-oss:20b', undefined, 'openai-gpt-oss', 'ollama', null],
  // LiteLLM / LangChain / router prefixes
  ['openai/gpt-4o', undefined, 'openai-gpt-4o', 'api', 'openai'],
  ['anthropic/claude-3-5-sonnet-20240620', undefined, 'anthropic-claude-3.5', 'api-prefix', 'anthropic'],
  ['ollama/llama3', undefined, 'meta-llama-3', 'ollama', 'ollama'],
  ['ollama_chat/llama3.1:8b', undefined, 'meta-llama-3.1', 'ollama', 'ollama'],
  ['bedrock/anthropic.claude-3-sonnet-20240229-v1:0', undefined, 'anthropic-claude-3', 'api-prefix', 'bedrock'],
  ['groq/llama-3.1-70b-versatile', undefined, 'meta-llama-3.1', 'api', 'groq'],
  ['azure/gpt-4o-mini', undefined, 'openai-gpt-4o-mini', 'api', 'azure'],
  ['vertex_ai/gemini-1.5-pro', undefined, 'google-gemini-1.5', 'api', 'google'],
  ['gemini/gemini-2.0-flash', undefined, 'google-gemini-2.0', 'api', 'google'],
  ['openrouter/meta-llama/llama-3.1-8b-instruct', undefined, 'meta-llama-3.1', 'huggingface', 'openrouter'],
  ['together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo', undefined, 'meta-llama-3.1', 'api', 'together'],
  ['huggingface/meta-llama/Llama-3.3-70B-Instruct', undefined, 'meta-llama-3.3', 'huggingface', 'huggingface'],
  ['openai:gpt-4o', undefined, 'openai-gpt-4o', 'api', 'openai'],
  ['anthropic:claude-3-5-sonnet-latest', undefined, 'anthropic-claude-3.5', 'api', 'anthropic'],
  ['google_genai:gemini-2.0-flash', undefined, 'google-gemini-2.0', 'api', 'google'],
  ['ollama:llama3', undefined, 'meta-llama-3', 'ollama', 'ollama'],
  ['ft:gpt-4o-mini-2024-07-18:acme::abc123', undefined, 'openai-gpt-4o-mini', 'api', 'openai'],
  // GGUF files and re-uploads
  ['Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', undefined, 'meta-llama-3.1', 'gguf', null],
  ['models/llama-2-7b-chat.Q4_K_M.gguf', undefined, 'meta-llama-2', 'gguf', null],
  ['/home/me/models/mistral-7b-instruct-v0.2.Q5_K_M.gguf', undefined, 'mistral-7b', 'gguf', null],
  ['qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf', undefined, 'qwen-2.5', 'gguf', null],
  ['bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', undefined, 'meta-llama-3.1', 'release-name', null],
  ['hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M', undefined, 'meta-llama-3.2', 'release-name', 'huggingface'],
  ['unsloth/Llama-3.3-70B-Instruct-bnb-4bit', undefined, 'meta-llama-3.3', 'release-name', null],
  ['Meta-Llama-3-8B-Instruct', undefined, 'meta-llama-3', 'release-name', null],
];

test('recognises every id form', () => {
  for (const [id, hint, entry, form, provider] of recognised) {
    const m = index.match(id, hint);
    assert.ok(m, `${id} not recognised`);
    assert.deepEqual([m.model.id, m.form, m.provider], [entry, form, provider], id);
  }
});

test('unknown models stay unknown: no guessing from words in a name', () => {
  for (const id of ['my-llama-finetune', 'llama', 'gpt', 'claude', 'gemini', 'acme/llama-3.1-8b-instruct-finetuned', 'someone/my-model-GGUF',
    'my-model-Q4_K_M.gguf', 'mistral-7b-finetune', 'gpt4all-j', 'grok', 'text-embedding', 'model', '', '   ', 'ollama:', 'openai/',
    'someuser/mymodel:latest', 'qwen9.9:7b', 'bert-base-uncased-finetuned-my-data', 'llama3.2-custom']) {
    assert.equal(index.match(id)?.model.id, undefined, JSON.stringify(id));
  }
});

test('prefix rules need a separator: a longer family name is not its prefix family', () => {
  assert.equal(index.match('grok-1.5')?.model.id, 'xai-grok');
  assert.equal(index.match('gpt-4o')?.model.id, 'openai-gpt-4o');
  assert.notEqual(index.match('gpt-4omega')?.model.id, 'openai-gpt-4');
  assert.equal(index.match('gpt-4omega'), undefined);
});

/** A tiny knowledge base with one key two providers share. */
function twoProviders(): CompiledKnowledge {
  const base = compiledKnowledge().models.find((m) => m.id === 'openai-gpt-4o')!;
  const copy = (id: string, provider: string, verdict: KnownModel['verdict']): KnownModel =>
    ({ ...base, id, provider, verdict, match: { huggingface: [], api: ['nova-2'], prefixes: [], ollama: [], names: [] } });
  return { version: 1, models: [copy('speech', 'deepgram', 'closed'), copy('chat', 'amazon', 'closed')], alternatives: {} };
}

test('the call site provider picks between entries sharing an id; without it the id is ambiguous', () => {
  const small = buildIndex(twoProviders());
  assert.equal(small.match('nova-2', 'deepgram')?.model.id, 'speech');
  assert.equal(small.match('nova-2', 'amazon')?.model.id, 'chat');
  assert.equal(small.match('nova-2'), undefined);
  // A provider prefix in the id is a hint too.
  assert.equal(small.match('deepgram:nova-2')?.model.id, 'speech');
});

test('get() returns entries by id', () => {
  assert.equal(index.get('allenai-olmo-2')?.name, 'AI2 OLMo 2');
  assert.equal(index.get('nope'), undefined);
});

test('matching is fast enough to run on every keystroke', () => {
  const ids = recognised.map(([id]) => id).concat(['my-llama-finetune', 'someone/my-model-GGUF', 'model-q4.gguf']);
  const start = performance.now();
  let found = 0;
  for (let round = 0; round < 100; round++) for (const id of ids) if (index.match(id)) found++;
  const perLookup = (performance.now() - start) / (100 * ids.length);
  assert.ok(found > 0);
  assert.ok(perLookup < 0.05, `${perLookup.toFixed(4)} ms per lookup`);
});
