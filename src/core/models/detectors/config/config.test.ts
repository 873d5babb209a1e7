import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { brief, detectorHarness, rangeOf } from '../../../../../test/support/detection';
import { selfHostedUrl } from '../../endpoints';
import { configModelDetector } from '.';
import { isModelKey, isModelVariable, providerOfKey } from './modelKeys';
import { modelValue } from './modelValues';

const { detect, detectFixture } = detectorHarness(configModelDetector, join(__dirname, 'fixtures'));

test('accepts configuration files, not package manifests, lockfiles, compiler settings or editor folders', () => {
  for (const path of ['/p/config.yaml', '/p/ci/deploy.yml', '/p/models/config.json', '/p/pyproject.toml', '/p/.env', '/p/.env.local', '/p/prod.env', '/p/.codex/config.toml']) {
    assert.ok(configModelDetector.accepts(path), path);
  }
  for (const path of ['/p/package.json', '/p/package-lock.json', '/p/tsconfig.json', '/p/tsconfig.build.json', '/p/jsconfig.json', '/p/pnpm-lock.yaml', '/p/Cargo.toml', '/p/.vscode/settings.json', '/p/model/tokenizer.json', '/p/model/model.safetensors.index.json', '/p/README.md', '/p/.envrc']) {
    assert.ok(!configModelDetector.accepts(path), path);
  }
});

test('LiteLLM proxy config: each litellm_params.model, not the model_name aliases clients ask for', () => {
  const { text, references, problems } = detectFixture('litellm-config.yaml', '/project/config.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(brief(references), [
    ['openai/gpt-4o', null, 'config key model'],
    ['anthropic/claude-3-5-sonnet-20241022', null, 'config key model'],
    ['ollama_chat/llama3.1:8b', null, 'config key model'],
    ['bedrock/anthropic.claude-3-haiku-20240307-v1:0', null, 'config key model'],
  ]);
  assert.deepEqual(references[0].range, { start: { line: 4, character: 13 }, end: { line: 4, character: 26 } });
  // Inside the quotes.
  assert.deepEqual(references[1].range, { start: { line: 8, character: 14 }, end: { line: 8, character: 50 } });
  assert.deepEqual(references[3].range, rangeOf(text, 'bedrock/anthropic.claude-3-haiku-20240307-v1:0'));
  // The entry whose api_base is a local server is self-hosted; the others are not.
  assert.equal(references[2].selfHosted, 'http://localhost:11434');
  assert.deepEqual(references.filter((r) => r.selfHosted).length, 1);
});

test('Hugging Face config.json: _name_or_path is a Hugging Face repo; architecture names are not models', () => {
  const { text, references, problems } = detectFixture('config.json');
  assert.deepEqual(problems, []);
  assert.deepEqual(brief(references), [['meta-llama/Llama-3.1-8B-Instruct', 'huggingface', 'config key _name_or_path']]);
  assert.deepEqual(references[0].range, { start: { line: 1, character: 20 }, end: { line: 1, character: 52 } });
  assert.deepEqual(references[0].range, rangeOf(text, 'meta-llama/Llama-3.1-8B-Instruct'));
});

test('PEFT adapter_config.json: the base model the adapter was trained on', () => {
  const { text, references } = detectFixture('adapter_config.json');
  assert.deepEqual(brief(references), [['mistralai/Mistral-7B-Instruct-v0.3', 'huggingface', 'config key base_model_name_or_path']]);
  assert.deepEqual(references[0].range, rangeOf(text, 'mistralai/Mistral-7B-Instruct-v0.3'));
});

test('axolotl: base_model, not model_type, tokenizer_type, empty keys or the hub_model_id it pushes to', () => {
  const { references } = detectFixture('axolotl-qlora.yml');
  assert.deepEqual(brief(references), [['NousResearch/Llama-2-7b-hf', null, 'config key base_model']]);
  assert.deepEqual(references[0].range, { start: { line: 0, character: 12 }, end: { line: 0, character: 38 } });
});

test('LLaMA-Factory: model_name_or_path; adapter and output folders are not models', () => {
  const { text, references } = detectFixture('llama3_lora_sft.yaml');
  assert.deepEqual(brief(references), [['meta-llama/Meta-Llama-3-8B-Instruct', 'huggingface', 'config key model_name_or_path']]);
  assert.deepEqual(references[0].range, rangeOf(text, 'meta-llama/Meta-Llama-3-8B-Instruct'));
});

test('docker-compose environment, list and map forms, with defaults of ${VAR:-default}', () => {
  const { text, references, problems } = detectFixture('docker-compose.yml');
  assert.deepEqual(problems, []);
  assert.deepEqual(brief(references), [
    ['llama3.1:8b', 'ollama', 'environment OLLAMA_MODEL'],
    ['nomic-embed-text', null, 'environment EMBEDDING_MODEL'],
    ['gpt-4o-mini', 'openai', 'environment OPENAI_MODEL'],
    ['qwen2.5:7b', null, 'environment CHAT_MODEL'],
  ]);
  assert.deepEqual(references[0].range, { start: { line: 13, character: 21 }, end: { line: 13, character: 32 } });
  assert.deepEqual(references[1].range, rangeOf(text, 'nomic-embed-text'));
  assert.deepEqual(references[3].range, rangeOf(text, 'qwen2.5:7b'));
});

test('Kubernetes env entries name a model variable and its value', () => {
  const text = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: tgi',
    '          image: ghcr.io/huggingface/text-generation-inference:2.4.0',
    '          env:',
    '            - name: MODEL_ID',
    '              value: "HuggingFaceH4/zephyr-7b-beta"',
    '            - name: PORT',
    '              value: "8080"',
    '---',
    'kind: ConfigMap',
    'data:',
    '  model: gpt-4o',
    '',
  ].join('\n');
  const { references } = detect('/p/k8s/tgi.yaml', text);
  assert.deepEqual(brief(references), [
    ['HuggingFaceH4/zephyr-7b-beta', null, 'environment MODEL_ID'],
    ['gpt-4o', null, 'config key model'],
  ]);
  assert.deepEqual(references[0].range, rangeOf(text, 'HuggingFaceH4/zephyr-7b-beta'));
  assert.deepEqual(references[1].range, { start: { line: 16, character: 9 }, end: { line: 16, character: 15 } });
});

test('promptfoo: provider ids give the provider and the model after the API kind; files, scripts and webhooks do not', () => {
  const { text, references } = detectFixture('promptfooconfig.yaml');
  assert.deepEqual(brief(references), [
    ['gpt-4o-mini', 'openai', 'promptfoo provider'],
    ['claude-3-5-sonnet-20241022', 'anthropic', 'promptfoo provider'],
    ['llama3.1:8b', 'ollama', 'promptfoo provider'],
    ['gpt-4o', 'openai', 'promptfoo provider'],
  ]);
  assert.deepEqual(references[0].range, rangeOf(text, 'gpt-4o-mini'));
  assert.deepEqual(references[1].range, { start: { line: 5, character: 27 }, end: { line: 5, character: 53 } });
  assert.deepEqual(references[2].range, rangeOf(text, 'llama3.1:8b'));
  assert.deepEqual(references[3].range, { start: { line: 14, character: 26 }, end: { line: 14, character: 32 } });
});

test('pyproject.toml: only [tool.*] tables, lists of models, no prose in multi-line strings', () => {
  const { text, references, problems } = detectFixture('pyproject.toml');
  assert.deepEqual(problems, []);
  assert.deepEqual(brief(references), [
    ['gpt-4o', null, 'config key model'],
    ['BAAI/bge-small-en-v1.5', null, 'config key embedding_model'],
    ['gpt-4o-mini', null, 'config key fallback_models'],
    ['claude-3-5-haiku-20241022', null, 'config key fallback_models'],
    ['llama3.2:3b', null, 'config key model'],
    ['mistral-small-latest', null, 'config key llm_model'],
  ]);
  assert.deepEqual(references[0].range, { start: { line: 6, character: 9 }, end: { line: 6, character: 15 } });
  assert.deepEqual(references[1].range, rangeOf(text, 'BAAI/bge-small-en-v1.5'));
  assert.deepEqual(references[3].range, rangeOf(text, 'claude-3-5-haiku-20241022'));
  assert.equal(references[4].selfHosted, 'http://localhost:11434');
  assert.deepEqual(references[5].range, rangeOf(text, 'mistral-small-latest'));
});

test('other TOML files are read whole: a Codex-style config with profiles', () => {
  const text = 'model = "o3"\napproval_policy = "on-request"\n\n[profiles.local]\nmodel = "gpt-oss:20b"\nmodel_provider = "ollama"\n';
  const { references } = detect('/p/.codex/config.toml', text);
  assert.deepEqual(brief(references), [
    ['o3', null, 'config key model'],
    ['gpt-oss:20b', null, 'config key model'],
  ]);
  assert.deepEqual(references[1].range, { start: { line: 4, character: 9 }, end: { line: 4, character: 20 } });
});

test('.env: quoted and unquoted values, export, comments, defaults; placeholders and paths skipped', () => {
  const { text, references } = detectFixture('example.env', '/project/.env.example');
  assert.deepEqual(brief(references), [
    ['gpt-4o', 'openai', 'env OPENAI_MODEL'],
    ['llama3', null, 'env LLM_MODEL'],
    ['nomic-embed-text', null, 'env EMBED_MODEL_NAME'],
    ['mistralai/Mistral-7B-Instruct-v0.3', null, 'env MODEL_ID'],
  ]);
  assert.deepEqual(references[0].range, { start: { line: 2, character: 13 }, end: { line: 2, character: 19 } });
  assert.deepEqual(references[1].range, { start: { line: 3, character: 18 }, end: { line: 3, character: 24 } });
  assert.deepEqual(references[2].range, rangeOf(text, 'nomic-embed-text'));
  assert.deepEqual(references[3].range, rangeOf(text, 'mistralai/Mistral-7B-Instruct-v0.3'));
});

test('.env with CRLF line ends and an unclosed quote', () => {
  const text = 'LLM_MODEL=llama3.2\r\nCHAT_MODEL="gpt-4o\r\nOPENAI_MODEL = "gpt-4.1"\r\n';
  const { references } = detect('/p/.env', text);
  assert.deepEqual(brief(references), [
    ['llama3.2', null, 'env LLM_MODEL'],
    ['gpt-4.1', 'openai', 'env OPENAI_MODEL'],
  ]);
  assert.deepEqual(references[0].range, { start: { line: 0, character: 10 }, end: { line: 0, character: 18 } });
  assert.deepEqual(references[1].range, { start: { line: 2, character: 16 }, end: { line: 2, character: 23 } });
});

test('nested keys at any depth, camelCase keys, and a model key holding a name', () => {
  const text = JSON.stringify({
    app: { llm: { config: { modelName: 'gpt-4o' } } },
    rag: { embeddingModel: { name: 'BAAI/bge-m3', dimensions: 1024 } },
    reranker: { rerank_model_id: 'BAAI/bge-reranker-v2-m3' },
  }, null, 2);
  const { references } = detect('/p/settings.json', text);
  assert.deepEqual(brief(references), [
    ['gpt-4o', null, 'config key modelName'],
    ['BAAI/bge-m3', null, 'config key embeddingModel.name'],
    ['BAAI/bge-reranker-v2-m3', null, 'config key rerank_model_id'],
  ]);
  assert.deepEqual(references[1].range, rangeOf(text, 'BAAI/bge-m3'));
});

test('negative cases: non-model keys, URLs, paths, templates, placeholders, numbers and booleans', () => {
  const text = [
    'name: gpt-4o',
    'model_type: llama',
    'model: https://api.example.com/v1/models/gpt-4o',
    'base_model: ./out/checkpoint-500',
    'llm_model: /models/llama',
    'chat_model: "{{ env.MODEL }}"',
    'embedding_model: ${EMBEDDING_MODEL}',
    'model_id: auto',
    'draft_model: 3',
    'use_model: true',
    'reward_model: ~/models/rm',
    'pricing_model: subscription',
    'data_model: v2',
    'served_model_name: my-llama',
    'model_path: weights.safetensors',
    '# model: gpt-4',
    'description: |',
    '  model: gpt-4o',
    '',
  ].join('\n');
  const { references, problems } = detect('/p/settings.yaml', text);
  assert.deepEqual(problems, []);
  assert.deepEqual(references, []);
});

test('broken YAML, JSON and TOML give one problem with a range, and keep what was read before it', () => {
  const yaml = detect('/p/config.yaml', 'model: gpt-4o\nlist: [a, b\nother: 1\n');
  assert.deepEqual(brief(yaml.references), [['gpt-4o', null, 'config key model']]);
  assert.equal(yaml.problems.length, 1);
  assert.match(yaml.problems[0].message, /^Invalid YAML: /);
  assert.ok(yaml.problems[0].range);

  const json = detect('/p/config.json', '{\n  "model": "gpt-4o",\n  "base_model": \n}\n');
  assert.deepEqual(brief(json.references), [['gpt-4o', null, 'config key model']]);
  assert.equal(json.problems.length, 1);
  assert.match(json.problems[0].message, /^Invalid JSON: expected a value/);
  assert.deepEqual(json.problems[0].range?.start.line, 3);

  const toml = detect('/p/app.toml', 'model = "gpt-4o"\nllm_model = \n[tool]\nchat_model = "claude-3-opus"\n');
  assert.deepEqual(brief(toml.references), [
    ['gpt-4o', null, 'config key model'],
    ['claude-3-opus', null, 'config key chat_model'],
  ]);
  assert.equal(toml.problems.length, 1);
  assert.match(toml.problems[0].message, /^Invalid TOML: .*\(line 2\)$/);
  assert.equal(toml.problems[0].range?.start.line, 1);
});

test('files that mention no model are not judged; templated YAML keeps its models but not its syntax errors', () => {
  assert.deepEqual(detect('/p/.github/workflows/ci.yml', 'on: push\njobs: [\n'), { text: 'on: push\njobs: [\n', references: [], problems: [] });
  const helm = 'spec:\n  containers:\n    - name: {{ .Release.Name }}\n      args: ["--model", "{{ .Values.model }}"]\n      env:\n        - name: MODEL_ID\n          value: Qwen/Qwen2.5-7B-Instruct\n';
  const { references, problems } = detect('/p/chart/templates/deployment.yaml', helm);
  assert.deepEqual(brief(references), [['Qwen/Qwen2.5-7B-Instruct', null, 'environment MODEL_ID']]);
  assert.deepEqual(problems, []);
});

test('binary-looking, empty and huge-but-plain inputs never throw', () => {
  for (const path of ['/p/a.yaml', '/p/a.json', '/p/a.toml', '/p/.env']) {
    assert.doesNotThrow(() => configModelDetector.detect({ path, text: '\u0000\u0001\u0002{[' }));
    assert.deepEqual(configModelDetector.detect({ path, text: '' }).references, []);
  }
  const many = Array.from({ length: 5000 }, (_, i) => `  - model: model-${i}`).join('\n');
  const { references } = detect('/p/big.yaml', `runs:\n${many}\n`);
  assert.equal(references.length, 5000);
  assert.deepEqual(references[4999].range, { start: { line: 5000, character: 11 }, end: { line: 5000, character: 21 } });
});

test('model keys and variables', () => {
  for (const key of ['model', 'model_name', 'modelId', 'base_model', '_name_or_path', 'base_model_name_or_path', 'embedding_model', 'llm-model', 'EMBED_MODEL_NAME', 'models', 'fallback_models']) {
    assert.ok(isModelKey(key), key);
  }
  for (const key of ['model_type', 'model_max_length', 'name', 'hub_model_id', 'adapter_name_or_path', 'business_model', 'modelling']) {
    assert.ok(!isModelKey(key), key);
  }
  for (const name of ['OPENAI_MODEL', 'MODEL', 'LLM_MODEL', 'EMBEDDINGMODEL', 'EMBED_MODEL_NAME', 'MODEL_ID', 'HF_MODEL_ID']) assert.ok(isModelVariable(name), name);
  for (const name of ['OLLAMA_MODELS', 'MODEL_DIR', 'MODEL_PATH', 'DATA_MODEL', 'HUB_MODEL_ID']) assert.ok(!isModelVariable(name), name);
  assert.equal(providerOfKey('AZURE_OPENAI_MODEL'), 'azure');
  assert.equal(providerOfKey('geminiModel'), 'google');
  assert.equal(providerOfKey('chat_model'), undefined);
  assert.equal(providerOfKey('NEXT_PUBLIC_ANTHROPIC_MODEL'), 'anthropic');
  assert.equal(providerOfKey('VITE_OLLAMA_MODEL'), 'ollama');
});

test('model values', () => {
  assert.deepEqual(modelValue('meta-llama/Llama-3.1-8B'), { kind: 'id', text: 'meta-llama/Llama-3.1-8B', offset: 0 });
  assert.deepEqual(modelValue('${MODEL:-llama3.1:8b}'), { kind: 'id', text: 'llama3.1:8b', offset: 9 });
  assert.deepEqual(modelValue('./models/phi-3-mini-q4.gguf'), { kind: 'gguf-file', text: './models/phi-3-mini-q4.gguf', offset: 0 });
  for (const value of ['', ' gpt-4o', 'gpt 4o', 'none', '1.5', 'outputs/run1/ckpt/final', 's3://bucket/model', 'model.pt', '$MODEL', '{{model}}', 'dir/']) {
    assert.equal(modelValue(value), undefined, value);
  }
  assert.equal(selfHostedUrl('http://ollama:11434'), 'http://ollama:11434');
  assert.equal(selfHostedUrl('http://192.168.1.20:8000/v1'), 'http://192.168.1.20:8000/v1');
  assert.equal(selfHostedUrl('https://api.openai.com/v1'), undefined);
  assert.equal(selfHostedUrl('not a url'), undefined);
});
