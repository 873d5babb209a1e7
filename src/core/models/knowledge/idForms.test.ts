import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ggufReleaseName, huggingFaceRepository, normaliseProvider, ollamaKeys, openAiFineTuneBase, repackagedReleaseName,
  splitProviderColon, splitProviderSlash, stripCloudflareCatalog, stripCloudRegion, stripCloudWrapping, stripOllamaRegistry,
} from './idForms';

test('provider spellings of SDKs and routers collapse to one name', () => {
  assert.equal(normaliseProvider('google_genai'), 'google');
  assert.equal(normaliseProvider('vertex_ai'), 'google');
  assert.equal(normaliseProvider('azure_openai'), 'azure');
  assert.equal(normaliseProvider('bedrock_converse'), 'bedrock');
  assert.equal(normaliseProvider('Ollama'), 'ollama');
  assert.equal(normaliseProvider('my-gateway'), 'my-gateway');
  assert.equal(normaliseProvider(undefined), null);
  assert.equal(normaliseProvider('toString'), 'tostring');
});

test('provider:model (LangChain init_chat_model, pydantic-ai) splits only on known providers', () => {
  assert.deepEqual(splitProviderColon('openai:gpt-4o'), ['openai', 'gpt-4o']);
  assert.deepEqual(splitProviderColon('google_genai:gemini-2.0-flash'), ['google', 'gemini-2.0-flash']);
  assert.equal(splitProviderColon('llama3.2:3b'), undefined);
  assert.equal(splitProviderColon('anthropic.claude-3-sonnet-20240229-v1:0'), undefined);
  assert.equal(splitProviderColon('openai:'), undefined);
  assert.equal(splitProviderColon('constructor:gpt-4o'), undefined);
});

test('provider/model (LiteLLM, OpenRouter) splits only on known providers', () => {
  assert.deepEqual(splitProviderSlash('groq/llama-3.1-70b-versatile'), ['groq', 'llama-3.1-70b-versatile']);
  assert.deepEqual(splitProviderSlash('openrouter/meta-llama/llama-3.1-8b-instruct'), ['openrouter', 'meta-llama/llama-3.1-8b-instruct']);
  assert.equal(splitProviderSlash('meta-llama/llama-3.1-8b-instruct'), undefined);
  assert.deepEqual(splitProviderSlash('models/gemini-1.5-flash'), ['google', 'gemini-1.5-flash']);
  assert.equal(splitProviderSlash('models/'), undefined);
  assert.equal(splitProviderSlash('modelsx'), undefined);
});

test('cloud catalogue wrappers are removed', () => {
  assert.equal(stripCloudWrapping('us.anthropic.claude-3-5-sonnet-20241022-v2:0'), 'claude-3-5-sonnet-20241022-v2:0');
  assert.equal(stripCloudWrapping('meta.llama3-1-70b-instruct-v1:0'), 'llama3-1-70b-instruct-v1:0');
  assert.equal(stripCloudWrapping('claude-3-5-sonnet-v2@20241022'), 'claude-3-5-sonnet-v2');
  assert.equal(stripCloudWrapping('gpt-4o'), 'gpt-4o');
  assert.equal(stripCloudRegion('us.deepseek.r1-v1:0'), 'deepseek.r1-v1:0');
  assert.equal(stripCloudflareCatalog('@cf/meta/llama-3.1-8b-instruct'), 'meta/llama-3.1-8b-instruct');
  assert.equal(stripCloudflareCatalog('meta/llama-3.1-8b-instruct'), undefined);
  assert.equal(openAiFineTuneBase('ft:gpt-4o-mini-2024-07-18:acme::abc123'), 'gpt-4o-mini-2024-07-18');
  assert.equal(openAiFineTuneBase('gpt-4o-mini'), undefined);
});

test('Ollama names: registry prefix removed; keys from the most specific tag to the bare name', () => {
  assert.equal(stripOllamaRegistry('registry.ollama.ai/library/llama3.2:3b'), 'llama3.2:3b');
  assert.equal(stripOllamaRegistry('library/llama3.2'), 'llama3.2');
  assert.deepEqual(ollamaKeys('qwen2.5:72b-instruct-q4_k_m'), ['qwen2.5:72b-instruct-q4_k_m', 'qwen2.5:72b', 'qwen2.5']);
  assert.deepEqual(ollamaKeys('llama3.2'), ['llama3.2']);
  assert.deepEqual(ollamaKeys('someone/model:latest'), []);
});

test('Hugging Face repository URLs and Ollama hf.co references', () => {
  assert.equal(huggingFaceRepository('hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M'), 'bartowski/Llama-3.2-3B-Instruct-GGUF');
  assert.equal(huggingFaceRepository('https://huggingface.co/meta-llama/Llama-3.1-8B'), 'meta-llama/Llama-3.1-8B');
  assert.equal(huggingFaceRepository('meta-llama/Llama-3.1-8B'), undefined);
});

test('GGUF file names lose their path, shard and quantisation', () => {
  assert.equal(ggufReleaseName('Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf'), 'Meta-Llama-3.1-8B-Instruct');
  assert.equal(ggufReleaseName('models/qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf'), 'qwen2.5-7b-instruct');
  assert.equal(ggufReleaseName('C:\\models\\llama-2-7b-chat.Q5_K_S.gguf'), 'llama-2-7b-chat');
  assert.equal(ggufReleaseName('phi-3-mini-4k-instruct-fp16.gguf'), 'phi-3-mini-4k-instruct');
  assert.equal(ggufReleaseName('mistral-7b-instruct-v0.2.IQ3_XXS.gguf'), 'mistral-7b-instruct-v0.2');
  assert.equal(ggufReleaseName('model.safetensors'), undefined);
});

test('re-uploads lose their format suffixes; only org/name ids qualify', () => {
  assert.equal(repackagedReleaseName('bartowski/Meta-Llama-3.1-8B-Instruct-GGUF'), 'Meta-Llama-3.1-8B-Instruct');
  assert.equal(repackagedReleaseName('unsloth/llama-3-8b-Instruct-bnb-4bit'), 'llama-3-8b-Instruct');
  assert.equal(repackagedReleaseName('TheBloke/Mistral-7B-Instruct-v0.2-AWQ'), 'Mistral-7B-Instruct-v0.2');
  assert.equal(repackagedReleaseName('mlx-community/Llama-3.2-3B-Instruct-4bit'), 'Llama-3.2-3B-Instruct');
  assert.equal(repackagedReleaseName('a/b/c'), undefined);
});
