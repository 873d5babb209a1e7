import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ModelReference } from '../../detector';
import { javascriptModelDetector as detector } from './index';

/** [line, character, id, provider, via, clientPackage, selfHosted?] — compact, so expectations read like a table. */
type Row = [number, number, string, string | null, string, string | null, string?];

const FIXTURES = join(__dirname, 'fixtures');

function rows(references: readonly ModelReference[]): Row[] {
  return references.map((r) => {
    const row: Row = [r.range.start.line, r.range.start.character, r.id, r.provider ?? null, r.via, r.clientPackage ?? null];
    if (r.selfHosted !== undefined) row.push(r.selfHosted);
    return row;
  });
}

/** Detects in a fixture (stored as `name.txt` so that neither tsc nor Openness itself reads it as code). */
function detectFixture(name: string): Row[] {
  const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
  const { references, problems } = detector.detect({ path: `/project/${name}`, text });
  assert.deepEqual(problems, []);
  assertRangesHoldIds(text, references);
  return rows(references);
}

function detectCode(code: string, path = '/project/src/ai.ts'): Row[] {
  const { references, problems } = detector.detect({ path, text: code });
  assert.deepEqual(problems, []);
  assertRangesHoldIds(code, references);
  return rows(references);
}

/** Every range covers exactly its id, on one line, without the quotes. */
function assertRangesHoldIds(text: string, references: readonly ModelReference[]): void {
  const lines = text.split('\n');
  for (const r of references) {
    assert.equal(r.range.end.line, r.range.start.line, r.id);
    assert.equal(lines[r.range.start.line].slice(r.range.start.character, r.range.end.character), r.id);
  }
}

describe('javascriptModelDetector.accepts', () => {
  it('reads JavaScript and TypeScript sources, never declaration files or node_modules', () => {
    for (const path of ['/p/a.js', '/p/a.mjs', '/p/a.cjs', '/p/a.jsx', '/p/a.ts', '/p/a.mts', '/p/a.cts', '/p/app/page.tsx']) {
      assert.ok(detector.accepts(path), path);
    }
    for (const path of ['/p/a.d.ts', '/p/types.d.mts', '/p/node_modules/openai/index.js', '/p/a.json', '/p/a.py', '/p/a.ts.txt', '/p/a.vue']) {
      assert.ok(!detector.accepts(path), path);
    }
  });
});

describe('javascriptModelDetector fixtures', () => {
  it('a Next.js route on the Vercel AI SDK', () => {
    assert.deepEqual(detectFixture('nextjs-route.ts'), [
      [15, 19, 'claude-3-5-sonnet-latest', 'anthropic', 'ai-sdk anthropic()', '@ai-sdk/anthropic'],
      [17, 18, 'gemini-1.5-pro', 'google', 'ai-sdk google()', '@ai-sdk/google'],
      [18, 18, 'gpt-4o', 'openai', 'ai-sdk openai()', '@ai-sdk/openai'],
      [30, 29, 'text-embedding-3-small', 'openai', 'ai-sdk openai.embedding()', '@ai-sdk/openai'],
      [33, 55, 'openai/gpt-4.1-mini', 'openai', 'ai-sdk generateText', 'ai'],
      [34, 64, 'qwen2.5-7b-instruct', 'lmstudio', 'ai-sdk createOpenAI()', '@ai-sdk/openai', 'http://localhost:1234/v1'],
    ]);
  });

  it('an Express server calling OpenAI and Anthropic (CommonJS), with models in constants and defaults', () => {
    assert.deepEqual(detectFixture('express-server.js'), [
      [14, 46, 'gpt-4o-mini', 'openai', 'openai chat.completions.create', 'openai'],
      [15, 50, 'claude-3-5-sonnet-20241022', 'anthropic', 'anthropic messages.create', '@anthropic-ai/sdk'],
      [35, 53, 'claude-3-haiku-20240307', 'anthropic', 'anthropic messages.stream', '@anthropic-ai/sdk'],
      [41, 60, 'text-embedding-3-small', 'openai', 'openai embeddings.create', 'openai'],
      [46, 55, 'dall-e-3', 'openai', 'openai images.generate', 'openai'],
      [51, 117, 'whisper-1', 'openai', 'openai audio.transcriptions.create', 'openai'],
      [55, 40, 'gpt-4.1', 'openai', 'openai responses.create', 'openai'],
    ]);
  });

  it('a transformers.js script, including the singleton pattern of its Next.js example', () => {
    assert.deepEqual(detectFixture('transformers-script.mjs'), [
      [5, 57, 'Xenova/distilbert-base-uncased-finetuned-sst-2-english', 'huggingface', 'transformers.js pipeline', '@huggingface/transformers'],
      [6, 56, 'Xenova/all-MiniLM-L6-v2', 'huggingface', 'transformers.js pipeline', '@huggingface/transformers'],
      [7, 55, 'Xenova/bert-base-uncased', 'huggingface', 'transformers.js AutoTokenizer.from_pretrained', '@huggingface/transformers'],
      [8, 47, 'Xenova/bert-base-uncased', 'huggingface', 'transformers.js AutoModel.from_pretrained', '@huggingface/transformers'],
      [13, 18, 'Xenova/distilbert-base-uncased-mnli', 'huggingface', 'transformers.js pipeline', '@huggingface/transformers'],
    ]);
  });

  it('a LangChain.js RAG chain with models from a config object and initChatModel', () => {
    assert.deepEqual(detectFixture('langchain-rag.ts'), [
      [13, 17, 'gpt-4o-mini', 'openai', 'langchain ChatOpenAI', '@langchain/openai'],
      [14, 15, 'text-embedding-3-large', 'openai', 'langchain OpenAIEmbeddings', '@langchain/openai'],
      [34, 53, 'claude-3-5-sonnet-latest', 'anthropic', 'langchain ChatAnthropic', '@langchain/anthropic'],
      [35, 61, 'gemini-1.5-pro', 'google', 'langchain ChatGoogleGenerativeAI', '@langchain/google-genai'],
      [36, 48, 'llama3.1:8b', 'ollama', 'langchain ChatOllama', '@langchain/ollama', 'http://127.0.0.1:11434'],
      [38, 43, 'gpt-4o', 'openai', 'langchain initChatModel', 'langchain'],
      [39, 43, 'anthropic:claude-3-5-sonnet-latest', 'anthropic', 'langchain initChatModel', 'langchain'],
    ]);
  });

  it('the Ollama library: its default local client and one on the LAN', () => {
    assert.deepEqual(detectFixture('ollama-local.ts'), [
      [7, 12, 'llama3.1', 'ollama', 'ollama chat', 'ollama', 'http://127.0.0.1:11434'],
      [14, 30, 'nomic-embed-text', 'ollama', 'ollama pull', 'ollama', 'http://127.0.0.1:11434'],
      // `create` names the new model ('mario', no model to judge) and the one it is made `from`.
      [15, 47, 'llama3.2', 'ollama', 'ollama create', 'ollama', 'http://192.168.1.20:11434'],
      [16, 54, 'nomic-embed-text:v1.5', 'ollama', 'ollama embed', 'ollama', 'http://192.168.1.20:11434'],
    ]);
  });

  it('the OpenAI SDK pointed at Ollama and vLLM servers, through class members', () => {
    assert.deepEqual(detectFixture('openai-local.ts'), [
      [7, 27, 'qwen2.5-coder:7b', 'ollama', 'openai chat.completions.create', 'openai', 'http://localhost:11434/v1'],
      [21, 62, 'meta-llama/Llama-3.1-8B-Instruct', 'vllm', 'openai completions.create', 'openai', 'http://10.0.0.5:8000/v1'],
    ]);
  });

  it('Gemini through both Google SDKs, and Hugging Face inference (routed, and a local endpoint)', () => {
    assert.deepEqual(detectFixture('google-huggingface.ts'), [
      [10, 61, 'gemini-2.0-flash', 'google', 'google-genai models.generateContent', '@google/genai'],
      [11, 52, 'gemini-1.5-flash', 'google', 'google-generative-ai getGenerativeModel', '@google/generative-ai'],
      [18, 12, 'meta-llama/Llama-3.1-8B-Instruct', 'together', 'huggingface chatCompletion', '@huggingface/inference'],
      [21, 49, 'mistralai/Mistral-7B-Instruct-v0.3', 'huggingface', 'huggingface textGeneration', '@huggingface/inference'],
      [23, 51, 'tgi', null, 'huggingface chatCompletion', '@huggingface/inference', 'http://localhost:8080'],
    ]);
  });

  it('a React component full of model-like strings that are no model use (comments, JSX text, types, dead code)', () => {
    assert.deepEqual(detectFixture('negatives.tsx'), [
      [37, 50, 'o4-mini', 'openai', 'openai chat.completions.create', 'openai'],
    ]);
  });
});

describe('javascriptModelDetector model positions', () => {
  it('reports ids held in constants, defaults, config objects, enums and members at the literal', () => {
    const code = `import OpenAI from 'openai';
const client = new OpenAI();
const MODEL = 'gpt-4.1';
const FALLBACK = process.env.FALLBACK_MODEL ?? \`gpt-4.1-mini\`;
const config = { chat: { model: process.env.M || "o3-mini" }, embed: 'text-embedding-3-large' } as const;
enum Tier { Fast = 'gpt-4o-mini', Smart = 'gpt-4o' }
const BASE = Object.freeze({ model: 'o1', temperature: 1 });
export async function a(model = MODEL) {
  return client.chat.completions.create({ model, messages: [] });
}
export async function b({ model = 'gpt-4-turbo', prompt }: { model?: string; prompt: string }) {
  return client.responses.create({ model, input: prompt });
}
export async function c(pro: boolean) {
  await client.chat.completions.create({ model: pro ? Tier.Smart : FALLBACK, messages: [] });
  await client.embeddings.create({ model: config.embed, input: 'x' });
  await client.chat.completions.create({ ...BASE, messages: [] });
  return client.chat.completions.create({ model: config.chat.model, messages: [] });
}
function d(model: string = 'gpt-3.5-turbo') { return model; }
function e(model = 'davinci-002') { return client.completions.create({ model, prompt: d() }); }
class Bot {
  model = 'chatgpt-4o-latest';
  run() { return client.chat.completions.create({ model: this.model, messages: [] }); }
}
`;
    const chat = 'openai chat.completions.create';
    assert.deepEqual(detectCode(code), [
      [2, 15, 'gpt-4.1', 'openai', chat, 'openai'],
      [3, 48, 'gpt-4.1-mini', 'openai', chat, 'openai'],
      [4, 50, 'o3-mini', 'openai', chat, 'openai'],
      [4, 70, 'text-embedding-3-large', 'openai', 'openai embeddings.create', 'openai'],
      [5, 43, 'gpt-4o', 'openai', chat, 'openai'],
      [6, 37, 'o1', 'openai', chat, 'openai'],
      [10, 35, 'gpt-4-turbo', 'openai', 'openai responses.create', 'openai'],
      // d's default is not used in a model position; e's own parameter shadows it.
      [20, 20, 'davinci-002', 'openai', 'openai completions.create', 'openai'],
      [22, 11, 'chatgpt-4o-latest', 'openai', chat, 'openai'],
    ]);
  });

  it('finds clients however they reach the call: injected, inline, re-exported, or of another SDK', () => {
    const code = `import OpenAI from 'openai';
import Groq from 'groq-sdk';
import { Mistral } from '@mistralai/mistralai';
import { openaiClient } from './lib/openai';
export class Summaries {
  constructor(private readonly openai: OpenAI, private readonly model = 'gpt-4o' as const) {}
  run() { return this.openai!.chat.completions.create({ model: this.model, messages: [] }); }
}
export const quick = (text: string) => new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' }).chat.completions.create({ model: 'mixtral-8x7b-32768', messages: [] });
export const viaLib = () => openaiClient?.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages: [] });
const groq = new Groq();
const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? '' });
export const g = () => groq.chat.completions.create({ model: 'llama-3.3-70b-versatile', messages: [] });
export const m = () => mistral.chat.complete({ model: 'mistral-large-latest', messages: [] });
`;
    assert.deepEqual(detectCode(code), [
      [5, 73, 'gpt-4o', 'openai', 'openai chat.completions.create', 'openai'],
      [8, 131, 'mixtral-8x7b-32768', 'groq', 'openai chat.completions.create', 'openai'],
      // A client from another file: the method's shape and the file's own imports say which SDK.
      [9, 76, 'gpt-4o-2024-08-06', 'openai', 'openai chat.completions.create', 'openai'],
      [12, 62, 'llama-3.3-70b-versatile', 'groq', 'groq chat.completions.create', 'groq-sdk'],
      [13, 55, 'mistral-large-latest', 'mistral', 'mistral chat.complete', '@mistralai/mistralai'],
    ]);
  });

  it('says where clients point: hosted clouds, nested options, and hosts only an expression names', () => {
    const code = `import { Ollama } from 'ollama';
import { AzureOpenAI } from 'openai';
import { ChatOpenAI } from '@langchain/openai';
const ollama = new Ollama({ host: process.env.OLLAMA_HOST });
const cloud = new Ollama({ host: 'https://ollama.com', headers: { Authorization: 'Bearer x' } });
const azure = new AzureOpenAI({ endpoint: 'https://contoso.openai.azure.com', apiVersion: '2024-10-21' });
const local = new ChatOpenAI({ model: 'qwen2.5:14b', configuration: { baseURL: 'http://localhost:11434/v1' } });
await ollama.generate({ model: 'codellama', prompt: 'x' });
await cloud.chat({ model: 'gpt-oss:120b', messages: [] });
await azure.chat.completions.create({ model: 'gpt-4o-deployment', messages: [] });
`;
    assert.deepEqual(detectCode(code), [
      [6, 39, 'qwen2.5:14b', 'ollama', 'langchain ChatOpenAI', '@langchain/openai', 'http://localhost:11434/v1'],
      // An Ollama server is the user's own wherever it is; the file only says which expression names it.
      [7, 32, 'codellama', 'ollama', 'ollama generate', 'ollama', 'process.env.OLLAMA_HOST'],
      [8, 27, 'gpt-oss:120b', 'ollama', 'ollama chat', 'ollama'],
      [9, 46, 'gpt-4o-deployment', 'azure', 'openai chat.completions.create', 'openai'],
    ]);
  });

  it('leaves the client package unknown when only the call\'s shape tells the SDK', () => {
    const code = `import { anthropic } from '../clients';
export const ask = (q: string) => anthropic.messages.create({ model: 'claude-3-opus-20240229', max_tokens: 64, messages: [{ role: 'user', content: q }] });
`;
    assert.deepEqual(detectCode(code), [[1, 70, 'claude-3-opus-20240229', 'anthropic', 'anthropic messages.create', null]]);
  });

  it('reads the AI SDK in its other forms: namespaces, gateway ids, registries, direct factory calls, agents', () => {
    const code = `import * as ai from 'ai';
import { createProviderRegistry, ToolLoopAgent } from 'ai';
import { openai, createOpenAI } from '@ai-sdk/openai';
import { mistral } from '@ai-sdk/mistral';
import { ollama as local, createOllama } from 'ollama-ai-provider';
const registry = createProviderRegistry({ openai });
const ollama = createOllama();
export const run = async () => [
  await ai.generateText({ model: 'anthropic/claude-sonnet-4', prompt: 'x' }),
  await ai.streamText({ model: registry.languageModel('openai:gpt-4o'), prompt: 'x' }),
  await ai.generateText({ model: createOpenAI({ baseURL: 'http://localhost:11434/v1' })('llama3.2'), prompt: 'x' }),
  await ai.embed({ model: ollama.textEmbeddingModel('nomic-embed-text'), value: 'x' }),
  await ai.generateObject({ model: mistral('mistral-small-latest'), schema, prompt: 'x' }),
  await ai.generateText({ model: local('llama3.1'), prompt: 'x' }),
  new ToolLoopAgent({ model: 'xai/grok-4', tools: {} }),
  openai.tools.webSearchPreview({}),
];
`;
    assert.deepEqual(detectCode(code), [
      [8, 34, 'anthropic/claude-sonnet-4', 'anthropic', 'ai-sdk generateText', 'ai'],
      [9, 55, 'openai:gpt-4o', 'openai', 'ai-sdk createProviderRegistry().languageModel()', 'ai'],
      [10, 89, 'llama3.2', 'ollama', 'ai-sdk createOpenAI()', '@ai-sdk/openai', 'http://localhost:11434/v1'],
      [11, 53, 'nomic-embed-text', 'ollama', 'ai-sdk createOllama().textEmbeddingModel()', 'ollama-ai-provider', 'http://127.0.0.1:11434/api'],
      [12, 44, 'mistral-small-latest', 'mistral', 'ai-sdk mistral()', '@ai-sdk/mistral'],
      [13, 40, 'llama3.1', 'ollama', 'ai-sdk ollama()', 'ollama-ai-provider', 'http://127.0.0.1:11434/api'],
      [14, 30, 'xai/grok-4', 'xai', 'ai-sdk ToolLoopAgent', 'ai'],
    ]);
  });

  it('reads Bedrock commands, Replicate runs, Hugging Face task functions and both transformers.js packages', () => {
    const code = `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import Replicate from 'replicate';
import { textGeneration } from '@huggingface/inference';
import { pipeline } from 'https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.0.2';
const bedrock = new BedrockRuntimeClient({ region: 'us-east-1' });
await bedrock.send(new ConverseCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', messages: [] }));
await new Replicate().run('black-forest-labs/flux-schnell', { input: { prompt: 'a cat' } });
await textGeneration({ accessToken: 'hf_x', model: 'gpt2', inputs: 'Hello' });
const detector = await pipeline('object-detection', 'Xenova/detr-resnet-50');
const { AutoModel } = await import('@xenova/transformers');
const bert = await AutoModel.from_pretrained('Xenova/bert-base-uncased');
`;
    assert.deepEqual(detectCode(code, '/project/public/app.js'), [
      [5, 51, 'anthropic.claude-3-haiku-20240307-v1:0', 'bedrock', 'bedrock-runtime ConverseCommand', '@aws-sdk/client-bedrock-runtime'],
      [6, 27, 'black-forest-labs/flux-schnell', 'replicate', 'replicate run', 'replicate'],
      [7, 52, 'gpt2', 'huggingface', 'huggingface textGeneration', '@huggingface/inference'],
      [8, 53, 'Xenova/detr-resnet-50', 'huggingface', 'transformers.js pipeline', '@huggingface/transformers'],
      // The class's own import decides, though the file imports both transformers.js packages.
      [10, 46, 'Xenova/bert-base-uncased', 'huggingface', 'transformers.js AutoModel.from_pretrained', '@xenova/transformers'],
    ]);
  });

  it('reads plain HTTP calls to model servers, and only those', () => {
    const code = `import axios from 'axios';
const OLLAMA = process.env.OLLAMA ?? 'http://localhost:11434/v1/chat/completions';
const payload = { model: 'phi3', messages: [] };
await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'gpt-3.5-turbo', messages: [] }) });
await axios.post(OLLAMA, payload);
await fetch('http://localhost:3000/api/chat', { method: 'POST', body: JSON.stringify({ model: 'gpt-4o', messages: [] }) });
await fetch('https://example.com/v1/log', { method: 'POST', body: JSON.stringify({ model: 'gpt-4o' }) });
`;
    assert.deepEqual(detectCode(code), [
      [2, 26, 'phi3', 'ollama', 'axios.post http://localhost:11434/v1/chat/completions', null, 'http://localhost:11434/v1/chat/completions'],
      [3, 107, 'gpt-3.5-turbo', 'openai', 'fetch https://api.openai.com/v1/chat/completions', null],
    ]);
  });

  it('takes template literals without substitutions as ids, and those with substitutions as none', () => {
    const code = `import OpenAI from 'openai';
const client = new OpenAI();
const version = '4o';
await client.chat.completions.create({ model: \`gpt-4.1\`, messages: [] });
await client.chat.completions.create({ model: \`gpt-\${version}\`, messages: [] });
await client.chat.completions.create({ model: 'gpt-' + version, messages: [] });
`;
    assert.deepEqual(detectCode(code), [[3, 47, 'gpt-4.1', 'openai', 'openai chat.completions.create', 'openai']]);
  });

  it('ignores comments, unrelated strings, type positions, non-AI calls and dead branches', () => {
    const code = `import OpenAI from 'openai';
import mongoose from 'mongoose';
const client = new OpenAI();
// client.chat.completions.create({ model: 'gpt-4o' })
/* client.chat.completions.create({ model: 'gpt-4o' }) */
type ChatModel = 'gpt-4o' | 'gpt-4.1';
interface Options { model: 'o3' | 'o4-mini'; stream?: false }
function pick(options: { model: 'gpt-4o-mini' }): ChatModel { return options.model === 'gpt-4o-mini' ? 'gpt-4o' : 'gpt-4.1'; }
const User = mongoose.model('User', new mongoose.Schema({}));
await User.findAll({ include: [{ model: 'Profile' }] });
saveSettings({ model: 'gpt-4o', theme: 'dark' });
console.log('gpt-4o', { model: 'gpt-4o' });
if (false) {
  await client.chat.completions.create({ model: 'gpt-3.5-turbo', messages: [] });
}
if (0) client.chat.completions.create({ model: 'text-davinci-003', messages: [] });
if (true) {
  await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [] });
} else {
  await client.chat.completions.create({ model: 'gpt-4', messages: [] });
}
declare function saveSettings(settings: Options | object): void;
`;
    assert.deepEqual(detectCode(code), [[17, 49, 'gpt-4o-mini', 'openai', 'openai chat.completions.create', 'openai']]);
  });

  it('skips files that cannot name a model without reading them further', () => {
    assert.deepEqual(detectCode('export const add = (a: number, b: number) => a + b;\n'), []);
  });
});

describe('javascriptModelDetector robustness and speed', () => {
  it('never throws on broken or truncated code, and still finds what it can', () => {
    const text = readFileSync(join(FIXTURES, 'express-server.js.txt'), 'utf8');
    for (let cut = 0; cut < text.length; cut += 37) {
      const { problems } = detector.detect({ path: '/project/server.js', text: text.slice(0, cut) });
      assert.deepEqual(problems, []);
    }
    const broken = `import OpenAI from 'openai';
const client = new OpenAI(;
const x = { model: 'gpt-4o', ]]] }}} ))) \`unclosed \${ 'a
await client.chat.completions.create({ model: 'gpt-4.1', messages: [`;
    // The unclosed template's substitution runs to the end of the file, and the call in it is still read.
    assert.deepEqual(detectCode(broken).map((r) => r[2]), ['gpt-4.1']);
    const recovered = `import OpenAI from 'openai';
const client = new OpenAI();
function broken( { ]
await client.chat.completions.create({ model: 'gpt-4.1', messages: [] });
`;
    assert.deepEqual(detectCode(recovered).map((r) => r[2]), ['gpt-4.1']);
  });

  it('reads a 5,000-line TypeScript file in a few milliseconds', (t) => {
    const sources = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => readFileSync(join(__dirname, f), 'utf8'));
    const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.ts.txt')).map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
    const lines: string[] = [];
    for (let n = 0; lines.length < 5000; n++) {
      const source = n % 3 === 2 ? fixtures[n % fixtures.length] : sources[n % sources.length];
      lines.push(`namespace Part${n} {`, ...source.split('\n'), '}');
    }
    const text = lines.slice(0, 5000).join('\n');
    const file = { path: '/project/src/big.ts', text };
    const expected = detector.detect(file).references.length;
    assert.ok(expected > 10);
    let best = Infinity;
    for (let run = 0; run < 15; run++) {
      // Each run under another path: the detector keeps a file's tokens only for that file, so every run reads the whole text.
      const start = performance.now();
      assert.equal(detector.detect({ ...file, path: `/project/src/big${run}.ts` }).references.length, expected);
      best = Math.min(best, performance.now() - start);
    }
    // Typically 5-10 ms here (unbundled, under the test runner's loader); quadratic work would take seconds.
    assert.ok(best < 60, `${best.toFixed(1)} ms`);
    t.diagnostic(`5,000 lines (${text.length} characters): ${best.toFixed(1)} ms`);
  });
});
