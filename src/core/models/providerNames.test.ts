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
  ];
  for (const [spelling, provider] of spellings) assert.equal(providerNamed(spelling), provider, spelling);
  for (const other of ['meta-llama', 'file', 'python', 'exec', 'constructor', '']) assert.equal(providerNamed(other), undefined, other);
});
