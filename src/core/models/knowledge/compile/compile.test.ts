import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { assessLicense } from '../../../licenses';
import { compiledData, compiledKnowledge, dataFiles, knowledgeIndex } from '../testing';
import type { Capability, KnownModel } from '../types';
import { compileKnowledge, type DataFile } from './compile';

const byId = (id: string): KnownModel => {
  const model = compiledKnowledge().models.find((m) => m.id === id);
  assert.ok(model, `no entry ${id}`);
  return model;
};

test('the committed data compiles without problems', () => {
  const { problems, stats } = compiledData();
  assert.deepEqual(problems, []);
  assert.ok(stats!.entries >= 300, `${stats!.entries} entries`);
  assert.ok(stats!.byVerdict.closed >= 60 && stats!.byVerdict.open >= 100 && stats!.byVerdict.restricted >= 100, JSON.stringify(stats!.byVerdict));
});

test('every EOSAI and MOF record is in the knowledge base, curated or as its own entry', () => {
  const files = new Map(dataFiles().map((f) => [f.path, f.text]));
  const eosai = Object.values(parse(files.get('derived/eosai.yaml')!).records as Record<string, { file: string }>);
  const mof = Object.values(parse(files.get('derived/mof.yaml')!).records as Record<string, { file: string }>);
  const cited = new Set(compiledKnowledge().models.flatMap((m) => m.sources));
  assert.equal(eosai.length, 193);
  assert.equal(mof.length, 273);
  for (const r of eosai) assert.ok(cited.has(`eosai:${r.file}`), `EOSAI ${r.file}`);
  for (const r of mof) assert.ok(cited.has(`mof:${r.file}`), `MOF ${r.file}`);
});

test('every entry cites at least one source', () => {
  for (const m of compiledKnowledge().models) assert.ok(m.sources.length > 0, m.id);
});

test('verdicts of representative models', () => {
  const expected: [string, string, string | null][] = [
    ['gpt-4o', 'closed', null],
    ['claude-3-5-sonnet-20241022', 'closed', null],
    ['meta-llama/Llama-3.1-8B-Instruct', 'restricted', 'LicenseRef-llama3.1'],
    ['mistralai/Mistral-7B-v0.1', 'open', 'Apache-2.0'],
    ['allenai/OLMo-2-1124-7B', 'open', 'Apache-2.0'],
    ['gpt2', 'open', 'MIT'],
    ['bert-base-uncased', 'open', 'Apache-2.0'],
    ['stabilityai/stable-diffusion-xl-base-1.0', 'restricted', 'LicenseRef-openrail-plus-plus'],
    ['black-forest-labs/FLUX.1-dev', 'restricted', 'LicenseRef-flux-1-dev-non-commercial-license'],
    ['black-forest-labs/FLUX.1-schnell', 'open', 'Apache-2.0'],
    ['openai/whisper-large-v3', 'open', 'MIT'],
    ['gpt-oss-20b', 'open', 'Apache-2.0'],
    ['openai/gpt-oss-120b', 'open', 'Apache-2.0'],
    ['grok-1', 'open', 'Apache-2.0'],
    // Grok 2's weights were released in August 2025 under xAI's community licence (EOSAI Grok.yaml).
    ['grok-2', 'restricted', 'LicenseRef-grok2-community'],
    ['grok-4', 'closed', null],
    ['grok-3-mini', 'closed', null],
    ['google/gemma-2-9b', 'restricted', 'LicenseRef-gemma'],
    ['gemini-2.5-pro', 'closed', null],
    ['codestral-latest', 'closed', null],
    ['mistralai/Codestral-22B-v0.1', 'restricted', 'LicenseRef-mnpl'],
    ['deepseek-ai/DeepSeek-R1', 'open', 'MIT'],
    ['CohereLabs/c4ai-command-r-08-2024', 'restricted', 'CC-BY-NC-4.0'],
    ['embed-english-v3.0', 'closed', null],
    ['sentence-transformers/all-MiniLM-L6-v2', 'open', 'Apache-2.0'],
    ['Qwen/Qwen2.5-72B-Instruct', 'restricted', 'LicenseRef-qwen'],
    ['Qwen/Qwen2.5-7B-Instruct', 'open', 'Apache-2.0'],
  ];
  const index = knowledgeIndex();
  for (const [id, verdict, license] of expected) {
    const model = index.match(id)?.model;
    assert.ok(model, `${id} not recognised`);
    assert.deepEqual([model.verdict, model.license], [verdict, license], id);
  }
});

test('OSAID: fully open releases pass, open weights without open data fail', () => {
  assert.equal(byId('allenai-olmo-2').openness.osaid, true);
  assert.equal(byId('eleutherai-pythia').openness.osaid, true);
  assert.equal(byId('swiss-ai-apertus').openness.osaid, true);
  assert.equal(byId('mistral-7b').openness.osaid, false);
  assert.equal(byId('meta-llama-3.1').openness.osaid, false);
  assert.equal(byId('openai-gpt-4o').openness.osaid, false);
});

test('dimensions come from the entry, else its EOSAI grades, else its MOF records', () => {
  const olmo3 = byId('allenai-olmo-3'); // EOSAI: data, code open; docs mostly open
  assert.deepEqual([olmo3.openness.code, olmo3.openness.data, olmo3.openness.documentation], ['open', 'open', 'partial']);
  assert.equal(olmo3.eosai?.file, 'OLMo.yaml');
  const llama = byId('meta-llama-3.1');
  // EOSAI grades Llama 3.1's training code partial and its data closed.
  assert.deepEqual([llama.openness.weights, llama.openness.code, llama.openness.data, llama.openness.license], ['gated', 'partial', 'closed', 'partial']);
  const gpt4 = byId('openai-gpt-4');
  assert.deepEqual([gpt4.openness.weights, gpt4.openness.code, gpt4.openness.data, gpt4.openness.license, gpt4.openness.documentation],
    ['none', 'closed', 'closed', 'closed', 'partial']);
  const amber = byId('llm360-amber');
  assert.equal(amber.openness.mofClass, 'III');
  assert.deepEqual(amber.mof.map((r) => [r.record, r.mofClass]), [['amber', 'III']]);
});

test('verdicts agree with the licence module on every licence', () => {
  for (const m of compiledKnowledge().models) {
    if (m.openness.weights === 'none' || m.license === null) continue;
    const module = assessLicense(m.license).verdict;
    assert.equal(m.verdict === 'open', module === 'open', `${m.id}: ${m.license} is ${module} for the licence module`);
  }
});

test('closed and restricted chat, code, embeddings, speech and image models have open alternatives', () => {
  const index = knowledgeIndex();
  const capabilities: Capability[] = ['chat', 'code', 'embeddings', 'speech', 'image', 'vision', 'multimodal', 'classification'];
  for (const capability of capabilities) {
    const models = compiledKnowledge().models.filter((m) => m.capability === capability && m.verdict !== 'open');
    assert.ok(models.length > 0, capability);
    for (const m of models) {
      const alternatives = index.alternativesFor(m);
      assert.ok(alternatives.length >= 3, `${m.id} has ${alternatives.length} alternatives`);
      for (const a of alternatives) assert.deepEqual([a.verdict, a.capability], ['open', capability], `${a.id} for ${m.id}`);
    }
  }
  assert.deepEqual(index.alternativesFor(byId('allenai-olmo-2')), []);
  assert.equal(index.alternativesFor(byId('openai-gpt-4o'))[0].capability, 'multimodal');
  assert.equal(index.alternativesFor(byId('openai-gpt-4'))[0].id, 'allenai-olmo-2');
});

test('API ids from models.dev are recognised: all of the closed first-party providers', () => {
  const { stats } = compiledData();
  for (const provider of ['openai', 'anthropic', 'xai', 'perplexity', 'google-vertex']) {
    const { total, recognised } = stats!.apiCoverage[provider];
    assert.equal(recognised, total, provider);
  }
  // Ids of models released after this data was curated stay unknown rather than guessed.
  const all = Object.values(stats!.apiCoverage).reduce((sum, c) => ({ total: sum.total + c.total, recognised: sum.recognised + c.recognised }));
  assert.ok(all.recognised / all.total >= 0.95, `${all.recognised}/${all.total}`);
});

// --- Invalid data fails the build with file:line messages ---
const base = dataFiles().filter((f) => f.path.startsWith('derived/') || f.path === 'curated/licenses.yaml');
const compileWith = (...extra: DataFile[]) =>
  compileKnowledge([...base, { path: 'curated/alternatives.yaml', text: 'alternatives: {}\n' }, ...extra]);
const entry = (fields: string) => `  - id: acme\n    name: Acme\n    producer: Acme\n    capability: chat\n    sources: [https://acme.example]\n${fields}`;

test('a minimal valid file set compiles', () => {
  const { knowledge, problems } = compileWith({ path: 'curated/acme.yaml', text: `models:\n${entry('    license: MIT\n    weights: open\n')}` });
  assert.deepEqual(problems, []);
  assert.equal(knowledge!.models.find((m) => m.id === 'acme')!.verdict, 'open');
});

test('schema violations are reported with file, line and path', () => {
  const { knowledge, problems } = compileWith({ path: 'curated/acme.yaml', text: `models:\n${entry('    license: MIT\n    weights: yes\n')}` });
  assert.equal(knowledge, null);
  assert.deepEqual(problems, ['curated/acme.yaml:8:14: models[0].weights: must be one of "open", "gated", "none", not "yes"']);
});

test('YAML syntax errors are reported with their position', () => {
  const { problems } = compileWith({ path: 'curated/acme.yaml', text: 'models:\n  - id: [unclosed\n' });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^curated\/acme\.yaml:\d+:\d+: /);
});

test('cross-file problems: unknown licence, missing records, double claims, licence without weights', () => {
  const text = `models:\n${entry('    license: LicenseRef-made-up\n    weights: open\n    eosai: no-such-family\n    mof: [olmo-7b]\n')}` +
    `  - id: acme-api\n    name: Acme API\n    producer: Acme\n    capability: chat\n    sources: [https://acme.example]\n    license: MIT\n    weights: none\n    mof: [olmo-7b]\n`;
  const { problems } = compileWith({ path: 'curated/acme.yaml', text });
  assert.deepEqual(problems, [
    'curated/acme.yaml:9:12: models[0].eosai: no EOSAI record "no-such-family" in derived/eosai.yaml',
    'curated/acme.yaml:18:11: models[1].mof[0]: MOF record "olmo-7b" is already claimed by "acme"',
    'curated/acme.yaml:16:14: models[1].license: must be null when no weights are released',
    'curated/acme.yaml:7:14: models[0].license: unknown licence LicenseRef-made-up: describe it in curated/licenses.yaml (or use its SPDX id)',
  ]);
});

test('duplicate ids and keys two curated entries claim are errors', () => {
  const text = `models:\n${entry('    license: MIT\n    weights: open\n    match:\n      ids: [acme-1]\n')}` +
    `  - id: acme\n    name: Acme 2\n    producer: Acme\n    capability: chat\n    sources: [https://acme.example]\n    license: null\n    weights: none\n    match:\n      ids: [acme-1]\n`;
  const { problems } = compileWith({ path: 'curated/acme.yaml', text });
  assert.deepEqual(problems, ['curated/acme.yaml:11:9: models[1].id: duplicate id "acme" (also in curated/acme.yaml)']);
  const renamed = text.replace('id: acme\n    name: Acme 2', 'id: acme-two\n    name: Acme 2');
  assert.deepEqual(compileWith({ path: 'curated/acme.yaml', text: renamed }).problems,
    ['curated/acme.yaml:19:7: models[1].match: "acme-1" is also matched by "acme" (curated/acme.yaml); give both a distinct provider or remove one']);
  // Distinct providers make the key legal: the call site's provider picks one.
  const disambiguated = renamed.replace('    sources: [https://acme.example]\n    license: MIT', '    provider: acme\n    sources: [https://acme.example]\n    license: MIT')
    .replace('    sources: [https://acme.example]\n    license: null', '    provider: other\n    sources: [https://acme.example]\n    license: null');
  assert.deepEqual(compileWith({ path: 'curated/acme.yaml', text: disambiguated }).problems, []);
});

test('alternatives must name open models of the same capability', () => {
  const models = { path: 'curated/acme.yaml', text: `models:\n${entry('    license: LicenseRef-gemma\n    weights: open\n')}` };
  const { problems } = compileKnowledge([...base, models, { path: 'curated/alternatives.yaml', text: 'alternatives:\n  chat: [acme, nobody]\n  code: [mof-amber]\n' }]);
  assert.deepEqual(problems, [
    'curated/alternatives.yaml:2:10: alternatives.chat[0]: "acme" is restricted, not open',
    'curated/alternatives.yaml:2:16: alternatives.chat[1]: no entry "nobody"',
    'curated/alternatives.yaml:3:10: alternatives.code[0]: "mof-amber" is a chat model, not code',
  ]);
});

test('bad patterns, unknown files and missing files are reported', () => {
  const bad = compileWith({ path: 'curated/acme.yaml', text: `models:\n${entry('    license: MIT\n    weights: open\n    match:\n      huggingface: ["acme/{a,b"]\n')}` });
  assert.deepEqual(bad.problems, ['curated/acme.yaml:10:21: models[0].match.huggingface[0]: unbalanced "{" in pattern "acme/{a,b"']);
  const stray = compileWith({ path: 'notes.yaml', text: 'x: 1\n' });
  assert.match(stray.problems[0], /^notes\.yaml: not a knowledge-base data file/);
  const missing = compileKnowledge([]);
  assert.ok(missing.problems.includes('derived/eosai.yaml: missing'));
});
