import assert from 'node:assert/strict';
import { test } from 'node:test';
import { providerNamed } from './providerNames';

test('one provider for every spelling SDKs, routers and configs use', () => {
  const spellings: [string, string][] = [
    ['together_ai', 'together'], // LiteLLM
    ['google_genai', 'google'], // LangChain
    ['google-vertex', 'google'], // Vercel AI SDK
    ['azureopenai', 'azure'], // promptfoo
    ['hf', 'huggingface'],
    ['GEMINI', 'google'], // the first word of GEMINI_MODEL
    ['hosted_vllm', 'vllm'],
    ['OpenAI', 'openai'],
    ['vertexai', 'google'], // the knowledge base's id prefixes
    ['x-ai', 'xai'],
    ['dashscope', 'alibaba'],
  ];
  for (const [spelling, provider] of spellings) assert.equal(providerNamed(spelling), provider, spelling);
  // `models` is the Gemini API's resource prefix, not a provider (`models: [...]` in a config names none).
  for (const other of ['meta-llama', 'file', 'python', 'exec', 'constructor', 'models', '']) assert.equal(providerNamed(other), undefined, other);
});
