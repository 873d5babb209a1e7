import assert from 'node:assert/strict';
import { test } from 'node:test';
import licenses from 'spdx-license-list/full';
import { testContext } from '../../../../test/support/context';
import { CountingFileSystem } from '../../../../test/support/countingFileSystem';
import { MemoryFileSystem } from '../../fs/memoryFileSystem';
import { ScopedFileSystem } from '../../fs/scopedFileSystem';
import { localModelEvidence, modelCacheRoots } from '.';
import { huggingFaceHubCache, ollamaModelStore } from './cacheRoots';
import { ollamaManifestPath } from './ollamaStore';

const HOME = '/home/dev';
const ROOT = '/home/dev/project';
const HUB = '/home/dev/.cache/huggingface/hub';
const OLLAMA = '/home/dev/.ollama/models';
const MAIN = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const digest = (c: string) => c.repeat(64);

const card = (frontMatter: string, body = '# Model card\n\nSome prose.\n') => `---\n${frontMatter}---\n\n${body}`;

const APACHE = (licenses as Record<string, { licenseText: string }>)['Apache-2.0'].licenseText;
const LLAMA_LICENSE = 'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024\n\n"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the Llama Materials set forth herein.\n';

function manifest(layers: { mediaType: string; digest: string }[]): string {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: `sha256:${digest('c')}`, size: 485 },
    layers: layers.map((l) => ({ ...l, size: 1000 })),
  });
}

/** A home folder with a Hugging Face cache and an Ollama store, as the tools lay them out. */
function cacheFiles(): Record<string, string> {
  const llama = `${HUB}/models--meta-llama--Llama-3.1-8B-Instruct`;
  const qwen = `${HUB}/models--Qwen--Qwen2.5-7B-Instruct`;
  return {
    [`${ROOT}/config.yaml`]: 'model: meta-llama/Llama-3.1-8B-Instruct\n',
    [`${llama}/refs/main`]: `${MAIN}\n`,
    [`${llama}/snapshots/${MAIN}/README.md`]: card('language:\n- en\nlicense: llama3.1\nbase_model: meta-llama/Meta-Llama-3.1-8B\ntags:\n- facebook\n- llama-3\n'),
    [`${llama}/snapshots/${OLD}/README.md`]: card('license: llama3\n'),
    [`${llama}/snapshots/${MAIN}/config.json`]: '{}',
    [`${qwen}/snapshots/${OLD}/README.md`]: card('license: apache-2.0\nlicense_link: https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/LICENSE\nbase_model:\n- Qwen/Qwen2.5-7B\n'),
    [`${HUB}/models--acme--research-7b/snapshots/${MAIN}/README.md`]: card('license: other\nlicense_name: acme-research\nlicense_link: LICENSE\n'),
    [`${HUB}/models--bert-base-uncased/snapshots/${MAIN}/README.md`]: card('tags:\n- license:apache-2.0\n- fill-mask\n'),
    [`${HUB}/models--nocard--plain/snapshots/${MAIN}/README.md`]: '# Just prose\n',
    [`${HUB}/models--broken--yaml/snapshots/${MAIN}/README.md`]: card('license: [apache-2.0\n'),
    [`${HUB}/datasets--Qwen--Qwen2.5-7B-Instruct/snapshots/${MAIN}/README.md`]: card('license: cc-by-4.0\n'),
    [`${OLLAMA}/manifests/registry.ollama.ai/library/llama3.1/8b`]: manifest([
      { mediaType: 'application/vnd.ollama.image.model', digest: `sha256:${digest('1')}` },
      { mediaType: 'application/vnd.ollama.image.template', digest: `sha256:${digest('2')}` },
      { mediaType: 'application/vnd.ollama.image.license', digest: `sha256:${digest('3')}` },
    ]),
    [`${OLLAMA}/blobs/sha256-${digest('3')}`]: LLAMA_LICENSE,
    [`${OLLAMA}/manifests/registry.ollama.ai/library/qwen2.5/latest`]: manifest([
      { mediaType: 'application/vnd.ollama.image.model', digest: `sha256:${digest('4')}` },
      { mediaType: 'application/vnd.ollama.image.license', digest: `sha256:${digest('5')}` },
    ]),
    [`${OLLAMA}/blobs/sha256-${digest('5')}`]: APACHE,
    [`${OLLAMA}/manifests/hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF/Q4_K_M`]: manifest([
      { mediaType: 'application/vnd.ollama.image.model', digest: `sha256:${digest('6')}` },
    ]),
    [`${OLLAMA}/manifests/registry.ollama.ai/library/broken/latest`]: '{"layers": [',
    [`${OLLAMA}/manifests/registry.ollama.ai/library/odd/latest`]: '{"layers": [null, 7, {"mediaType": "application/vnd.ollama.image.license", "digest": "sha256:../../etc"}]}',
  };
}

const context = (env: Record<string, string> = {}, files = cacheFiles()) => testContext({ root: ROOT, files, home: HOME, env });

test('cache roots follow huggingface_hub and Ollama: explicit variables, HF_HOME, XDG_CACHE_HOME, home', () => {
  assert.deepEqual(modelCacheRoots({}, HOME), [HUB, OLLAMA]);
  assert.deepEqual(modelCacheRoots({ XDG_CACHE_HOME: '/var/cache/dev' }, HOME), ['/var/cache/dev/huggingface/hub', OLLAMA]);
  assert.equal(huggingFaceHubCache({ HF_HOME: '~/hf', XDG_CACHE_HOME: '/x' }, HOME), '/home/dev/hf/hub');
  assert.equal(huggingFaceHubCache({ HUGGINGFACE_HUB_CACHE: '/old/hub', HF_HOME: '/hf' }, HOME), '/old/hub');
  assert.equal(huggingFaceHubCache({ HF_HUB_CACHE: '/data/hub/', HUGGINGFACE_HUB_CACHE: '/old/hub' }, HOME), '/data/hub');
  assert.equal(ollamaModelStore({ OLLAMA_MODELS: '/srv/ollama' }, HOME), '/srv/ollama');
  // Relative values are ignored (they would depend on the editor's working folder).
  assert.equal(huggingFaceHubCache({ HF_HOME: 'relative/hf' }, HOME), `${HOME}/.cache/huggingface/hub`);
  assert.deepEqual(modelCacheRoots({}, undefined), []);
  assert.deepEqual(modelCacheRoots({ HF_HUB_CACHE: '/data/hub' }, undefined), ['/data/hub']);
});

test('a Hugging Face card: the revision refs/main names, its licence mapped to SPDX form, base model', async () => {
  const found = await localModelEvidence({ id: 'meta-llama/Llama-3.1-8B-Instruct', provider: 'huggingface' }, context());
  assert.deepEqual(found, {
    license: 'LicenseRef-llama3.1',
    evidence: {
      source: 'model-card',
      file: `~/.cache/huggingface/hub/models--meta-llama--Llama-3.1-8B-Instruct/snapshots/${MAIN}/README.md`,
      detail: 'license: "llama3.1", base_model: meta-llama/Meta-Llama-3.1-8B',
    },
    baseModel: 'meta-llama/Meta-Llama-3.1-8B',
  });
});

test('a card without refs/main, an id written in another case, a base_model list, a licence link', async () => {
  const found = await localModelEvidence({ id: 'qwen/qwen2.5-7b-instruct' }, context());
  assert.equal(found?.license, 'Apache-2.0');
  assert.equal(found?.baseModel, 'Qwen/Qwen2.5-7B');
  assert.equal(found?.evidence.file, `~/.cache/huggingface/hub/models--Qwen--Qwen2.5-7B-Instruct/snapshots/${OLD}/README.md`);
  assert.equal(found?.evidence.detail, 'license: "apache-2.0", license_link: https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/LICENSE, base_model: Qwen/Qwen2.5-7B');
});

test('license: other names its licence in license_name; a license tag stands in for a missing field', async () => {
  const other = await localModelEvidence({ id: 'acme/research-7b' }, context());
  assert.equal(other?.license, 'LicenseRef-acme-research');
  assert.equal(other?.evidence.detail, 'license: "other", license_name: "acme-research", license_link: LICENSE');
  // A bare id is a Hugging Face repo only when the reference says Hugging Face.
  const bert = await localModelEvidence({ id: 'bert-base-uncased', provider: 'huggingface' }, context());
  assert.equal(bert?.license, 'Apache-2.0');
  assert.equal(await localModelEvidence({ id: 'bert-base-uncased' }, context()), undefined);
});

test('cards without front matter or with broken YAML are evidence of no licence', async () => {
  const plain = await localModelEvidence({ id: 'nocard/plain' }, context());
  assert.deepEqual(plain, { license: null, evidence: { source: 'model-card', file: `~/.cache/huggingface/hub/models--nocard--plain/snapshots/${MAIN}/README.md`, detail: 'model card without front matter' } });
  const broken = await localModelEvidence({ id: 'broken/yaml' }, context());
  assert.equal(broken?.license, null);
});

test('an Ollama licence layer identified as an SPDX text', async () => {
  const found = await localModelEvidence({ id: 'qwen2.5', provider: 'ollama' }, context());
  assert.equal(found?.license, 'Apache-2.0');
  assert.equal(found?.evidence.source, 'model-file');
  assert.equal(found?.evidence.file, `~/.ollama/models/blobs/sha256-${digest('5')}`);
  assert.match(found?.evidence.detail ?? '', /^Ollama licence of qwen2\.5: .*Apache-2\.0/);
});

test('an Ollama licence SPDX does not list is shown by its title, with no licence id', async () => {
  const found = await localModelEvidence({ id: 'llama3.1:8b', provider: 'ollama' }, context());
  assert.equal(found?.license, null);
  assert.equal(found?.evidence.file, `~/.ollama/models/blobs/sha256-${digest('3')}`);
  assert.match(found?.evidence.detail ?? '', /^Ollama licence of llama3\.1:8b: "LLAMA 3\.1 COMMUNITY LICENSE AGREEMENT": /);
});

test('Ollama models pulled from Hugging Face, without licence layers, or with a broken manifest', async () => {
  const hf = await localModelEvidence({ id: 'hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M', provider: 'ollama' }, context());
  assert.deepEqual(hf, {
    license: null,
    evidence: {
      source: 'model-file',
      file: '~/.ollama/models/manifests/hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF/Q4_K_M',
      detail: 'Ollama model hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M has no licence layer',
    },
  });
  const broken = await localModelEvidence({ id: 'broken', provider: 'ollama' }, context());
  assert.equal(broken?.evidence.detail, 'Ollama manifest is not valid JSON');
  const odd = await localModelEvidence({ id: 'odd', provider: 'ollama' }, context());
  assert.equal(odd?.evidence.detail, 'Ollama model odd has no licence layer');
  assert.equal(await localModelEvidence({ id: 'mistral:7b', provider: 'ollama' }, context()), undefined);
});

test('LiteLLM-style prefixes name the store', async () => {
  assert.equal((await localModelEvidence({ id: 'ollama_chat/qwen2.5' }, context()))?.license, 'Apache-2.0');
  assert.equal((await localModelEvidence({ id: 'huggingface/Qwen/Qwen2.5-7B-Instruct' }, context()))?.license, 'Apache-2.0');
});

test('hosted API models are never looked up; unknown models find nothing', async () => {
  assert.equal(await localModelEvidence({ id: 'Qwen/Qwen2.5-7B-Instruct', provider: 'openai' }, context()), undefined);
  assert.equal(await localModelEvidence({ id: 'gpt-4o' }, context()), undefined);
  assert.equal(await localModelEvidence({ id: 'nobody/nothing' }, context()), undefined);
});

test('caches from environment variables', async () => {
  const files: Record<string, string> = {
    [`/data/hub/models--org--model/snapshots/${MAIN}/README.md`]: card('license: mit\n'),
    '/srv/ollama/manifests/registry.ollama.ai/library/phi3/mini': manifest([{ mediaType: 'application/vnd.ollama.image.license', digest: `sha256:${digest('7')}` }]),
    [`/srv/ollama/blobs/sha256-${digest('7')}`]: (licenses as Record<string, { licenseText: string }>).MIT.licenseText,
  };
  const ctx = context({ HF_HUB_CACHE: '/data/hub', OLLAMA_MODELS: '/srv/ollama' }, files);
  const hf = await localModelEvidence({ id: 'org/model' }, ctx);
  assert.deepEqual([hf?.license, hf?.evidence.file], ['MIT', `/data/hub/models--org--model/snapshots/${MAIN}/README.md`]);
  const ollama = await localModelEvidence({ id: 'phi3:mini' }, ctx);
  assert.equal(ollama?.license, 'MIT');
});

test('directory listings and results are read once per context', async () => {
  const fs = new CountingFileSystem(new MemoryFileSystem(cacheFiles()));
  const ctx = testContext({ root: ROOT, fs, home: HOME });
  for (const id of ['qwen/qwen2.5-7b-instruct', 'Qwen/Qwen2.5-7B-Instruct', 'qwen/qwen2.5-7b-instruct', 'acme/research-7b']) {
    assert.ok(await localModelEvidence({ id }, ctx));
  }
  assert.equal(fs.listings.filter((p) => p === HUB).length, 1);
  assert.equal(fs.listings.filter((p) => p.endsWith('models--Qwen--Qwen2.5-7B-Instruct/snapshots')).length, 1);
});

test('caches the host left out of scope are no evidence, not an error; in scope they are read', async () => {
  const memory = new MemoryFileSystem(cacheFiles());
  const narrow = testContext({ root: ROOT, fs: new ScopedFileSystem(memory, [ROOT]), home: HOME });
  assert.equal(await localModelEvidence({ id: 'qwen2.5', provider: 'ollama' }, narrow), undefined);
  const wide = testContext({ root: ROOT, fs: new ScopedFileSystem(memory, [ROOT, ...modelCacheRoots({}, HOME)]), home: HOME });
  assert.equal((await localModelEvidence({ id: 'qwen2.5', provider: 'ollama' }, wide))?.license, 'Apache-2.0');
});

test('Ollama manifest paths', () => {
  assert.equal(ollamaManifestPath('/m', 'llama3.1'), '/m/manifests/registry.ollama.ai/library/llama3.1/latest');
  assert.equal(ollamaManifestPath('/m', 'llama3.1:70b-instruct-q4_0'), '/m/manifests/registry.ollama.ai/library/llama3.1/70b-instruct-q4_0');
  assert.equal(ollamaManifestPath('/m', 'jmorgan/coder:7b'), '/m/manifests/registry.ollama.ai/jmorgan/coder/7b');
  assert.equal(ollamaManifestPath('/m', 'registry.ollama.ai/library/gemma2:2b'), '/m/manifests/registry.ollama.ai/library/gemma2/2b');
  assert.equal(ollamaManifestPath('/m', 'hf.co/org/repo-GGUF:Q8_0'), '/m/manifests/hf.co/org/repo-GGUF/Q8_0');
  for (const bad of ['../etc/passwd', 'a/b/c/d', 'llama3:', ':tag', 'x/../y']) assert.equal(ollamaManifestPath('/m', bad), undefined, bad);
});
