#!/usr/bin/env node
// Derives the model knowledge base's source records from public openness data sets. Run by hand when
// those data sets move on; the output is committed and reviewed like any other change:
//   node scripts/data/derive-models.mjs <path-to-shared-data-openness>
//
// Reads (licences in brackets, carried into NOTICE):
//   eosai-index/*.yaml            European Open Source AI Index [CC-BY-4.0, doi:10.5281/zenodo.15386042]
//   mof/models/*.yml, mof/mof-components.yml, mof/mof-open-licenses.json   Model Openness Framework [MIT]
//   models-dev/provider-models.json   API model ids per provider [MIT]
//   fmti/Dec2025_scores.csv       Foundation Model Transparency Index, per developer [CC-BY-4.0]
// Writes src/core/models/knowledge/data/derived/{eosai,mof,mof-framework,api-ids,fmti}.yaml.
// Hand-curated entries live in data/curated/ and are never touched here.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse, stringify } from 'yaml';

const source = process.argv[2];
if (!source || !existsSync(join(source, 'eosai-index'))) {
  console.error('usage: node scripts/data/derive-models.mjs <path-to-shared-data-openness>');
  process.exit(2);
}
const outDir = new URL('../../src/core/models/knowledge/data/derived/', import.meta.url).pathname;
mkdirSync(outDir, { recursive: true });

const commitOf = (dir) => readFileSync(join(source, dir, 'SOURCE_COMMIT'), 'utf8').trim();

/** Record keys: lowercase, runs of other characters become one dash. */
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9.+]+/g, '-').replace(/^-+|-+$/g, '');

// ---------------------------------------------------------------------------------------------------
// Licence names as the data sets write them -> SPDX id or LicenseRef-<id> (Hugging Face's id when it has
// one). `null`: not stated or not identifiable. PROPRIETARY / NOT_INCLUDED are markers, not licences.
const PROPRIETARY = 'proprietary';
const NOT_INCLUDED = 'not-included';
const LICENSE_TEXTS = new Map(Object.entries({
  'apache-2.0': 'Apache-2.0', 'apache 2.0': 'Apache-2.0', 'apache license 2.0': 'Apache-2.0',
  'apache and cc-by-4.0': 'Apache-2.0',
  'mit': 'MIT', 'mit license': 'MIT',
  'bsd 3-clause': 'BSD-3-Clause', 'bsd-3': 'BSD-3-Clause',
  'gnu general public license v3.0': 'GPL-3.0-only',
  'cc-by-4.0': 'CC-BY-4.0', 'cc-by-sa-4.0': 'CC-BY-SA-4.0', 'cc by-sa 4.0': 'CC-BY-SA-4.0',
  'cc-by-nc-4.0': 'CC-BY-NC-4.0', 'creative commons attribution non commercial 4.0': 'CC-BY-NC-4.0',
  'cc-by-nc-4.0 and c4ai acceptable use policy': 'CC-BY-NC-4.0',
  'cc-by-nc-sa-4.0': 'CC-BY-NC-SA-4.0', 'creative commons attribution non commercial share alike 4.0': 'CC-BY-NC-SA-4.0',
  'cc-by-nc-nd': 'CC-BY-NC-ND-4.0', 'cc-by-nd': 'CC-BY-ND-4.0',
  'cdla-permissive-2.0': 'CDLA-Permissive-2.0', 'odc-by-1.0': 'ODC-By-1.0', '3d-slicer-1.0': '3D-Slicer-1.0',
  'llama license agreement': 'LicenseRef-llama', 'meta community license': 'LicenseRef-llama',
  'llama 2 community license agreement': 'LicenseRef-llama2', 'llama 2 community license': 'LicenseRef-llama2',
  'meta llama 3 community license': 'LicenseRef-llama3', 'meta llama 3 community license agreement': 'LicenseRef-llama3',
  'llama 3 community license agreement': 'LicenseRef-llama3', 'llama 3 community license': 'LicenseRef-llama3',
  'llama 3.1 community license agreement': 'LicenseRef-llama3.1', 'llama 3.1 community license': 'LicenseRef-llama3.1',
  'llama 3.2 community license': 'LicenseRef-llama3.2',
  'llama 3.3 community license agreement': 'LicenseRef-llama3.3',
  'llama 4 community license agreement': 'LicenseRef-llama4',
  'gemma terms of use': 'LicenseRef-gemma', 'gemma': 'LicenseRef-gemma',
  'openrail': 'LicenseRef-openrail',
  'creativeml open rail-m': 'LicenseRef-creativeml-openrail-m',
  'creativeml open rail++-m license': 'LicenseRef-openrail-plus-plus',
  'bigcode openrail-m v1 license agreement': 'LicenseRef-bigcode-openrail-m',
  'bigscience-bloom-rail-1.0': 'LicenseRef-bigscience-bloom-rail-1.0', 'bloom': 'LicenseRef-bigscience-bloom-rail-1.0',
  'apache-2.0 and bigscience rail license v1.0': 'LicenseRef-bigscience-bloom-rail-1.0',
  'deepfloyd if research license agreement': 'LicenseRef-deepfloyd-if-license',
  'fair noncommercial research license v1': 'LicenseRef-fair-noncommercial-research-license',
  'xai community license agreement': 'LicenseRef-grok2-community',
  'apple sample code license': 'LicenseRef-apple-ascl', 'apple-sample-code-license': 'LicenseRef-apple-ascl',
  'deepseek license agreement': 'LicenseRef-deepseek',
  'qwen license agreement': 'LicenseRef-qwen',
  'tongyi-qianwen': 'LicenseRef-tongyi-qianwen', 'tongyi-qianwen-license-agreement': 'LicenseRef-tongyi-qianwen',
  'tongyi-qianwen-research': 'LicenseRef-tongyi-qianwen-research',
  'nvidia open model license': 'LicenseRef-nvidia-open-model-license',
  'databricks open model license': 'LicenseRef-databricks-open-model-license',
  'falcon llm license': 'LicenseRef-falcon-llm-license',
  'falcon-180b tii license': 'LicenseRef-falcon-180b-tii-license',
  "ai sweden's llm ai model license agreement": 'LicenseRef-ai-sweden-llm',
  'baai aquila model licence agreement': 'LicenseRef-baai-aquila', 'baai aquila model license': 'LicenseRef-baai-aquila',
  'baichuan-7b license': 'LicenseRef-baichuan',
  'apache-2.0 and community license for baichuan2 model': 'LicenseRef-baichuan',
  'chatglm-6b license': 'LicenseRef-chatglm', 'chatglm2-6b license': 'LicenseRef-chatglm', 'chatglm3-6b license': 'LicenseRef-chatglm',
  'codegeex4 license': 'LicenseRef-codegeex4',
  'codefuse community license': 'LicenseRef-codefuse-community',
  'exaone ai model license agreement 1.2': 'LicenseRef-exaone',
  'flux [dev] non-commercial license v2.0': 'LicenseRef-flux-dev-non-commercial-license',
  'lfm open license v1.0': 'LicenseRef-lfm1.0',
  'ltx-2 community license agreement': 'LicenseRef-ltx-2-community',
  'modified mit': 'LicenseRef-modified-mit', 'modified mit license': 'LicenseRef-modified-mit',
  'nexusflow community license': 'LicenseRef-nexusflow-community',
  'non-commercial license': 'LicenseRef-non-commercial',
  'opt-iml 175b license agreement': 'LicenseRef-opt-175b',
  'open aleph license 1.0': 'LicenseRef-open-aleph',
  'research-only rail-m5': 'LicenseRef-research-only-rail-m',
  'skywork terms and conditions': 'LicenseRef-skywork',
  'stability ai community license': 'LicenseRef-stabilityai-ai-community',
  'stability ai non-commercial research community license agreement': 'LicenseRef-stabilityai-non-commercial-research-community',
  'stable beluga non-commercial community license': 'LicenseRef-stable-beluga-non-commercial',
  'tencent hunyuan community license agreement': 'LicenseRef-tencent-hunyuan-community',
  'upstage solar license': 'LicenseRef-upstage-solar',
  'dialogue model and data evaluation license agreement': 'LicenseRef-ntt-dialogue-evaluation',
  // Several licences joined by "and": all bind, so the most restrictive one decides.
  'apache-2.0 and cc-by-nc-4.0 and additional terms': 'CC-BY-NC-4.0',
  'stable-diffusion-openrail++-m license and apache-2.0 and cc-by-nc-4.0': 'CC-BY-NC-4.0',
  'unknown (research purposes only)': 'LicenseRef-non-commercial',
  'proprietary': PROPRIETARY, 'undisclosed': PROPRIETARY,
  'component component not included': NOT_INCLUDED, 'component not include': NOT_INCLUDED,
  'component not include.': NOT_INCLUDED, 'component not included but listed sources': NOT_INCLUDED,
}));
// Said, but says nothing identifiable: recorded as unknown.
const UNSTATED = new Set(['', 'null', 'undefined', 'unknown', 'unclear', 'mixed', 'various', 'other license',
  'purposely left ambiguous', 'custom license', 'unknown (apache-2.0?)']);
const ARXIV = /^arxiv|^https:\/\/arxiv\.org/;

const unmapped = new Set();
/** A licence as written -> id, marker or null; `keepRaw` keeps unidentified text (MOF components). */
function licenseId(text, keepRaw = false) {
  const key = String(text ?? '').trim().toLowerCase();
  if (UNSTATED.has(key)) return null;
  if (LICENSE_TEXTS.has(key)) return LICENSE_TEXTS.get(key);
  if (ARXIV.test(key)) return 'LicenseRef-arxiv-nonexclusive';
  if (!keepRaw) unmapped.add(text);
  return keepRaw ? String(text).trim() : null;
}

/** `org/name` from a Hugging Face model URL or id; null for datasets, spaces, collections, papers, docs. */
function huggingFaceId(value) {
  if (typeof value !== 'string') return null;
  const text = value.replace(/ · Hugging Face$/, '').trim();
  const m = /^(?:https:\/\/huggingface\.co\/)?([A-Za-z0-9][\w.-]*)\/([\w.-]+)\/?$/.exec(text);
  if (!m || ['datasets', 'spaces', 'collections', 'papers', 'docs', 'blog'].includes(m[1])) return null;
  return `${m[1]}/${m[2]}`;
}
const normalisedName = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const header = (what, origin, licence) =>
  `# GENERATED by scripts/data/derive-models.mjs from ${origin} — do not edit; curate in ../curated/.\n` +
  `# ${what}\n# Licence of the source data: ${licence}\n`;

// ---------------------------------------------------------------------------------------------------
// EOSAI: one record per family file.
const EOSAI_DIMENSIONS = {
  baseData: 'datasources_basemodel', endData: 'datasources_endmodel',
  baseWeights: 'weights_basemodel', endWeights: 'weights_endmodel', trainingCode: 'trainingcode',
  codeDocumentation: 'code', architecture: 'hardware_architecture', preprint: 'preprint', paper: 'paper',
  modelCard: 'modelcard', datasheet: 'datasheet', license: 'licenses',
};
// The index types systems by modality; these families are speech or music, not the text they are listed as.
const EOSAI_CAPABILITY = {
  whisper: 'speech', 'omnilingual-asr': 'speech', bark: 'speech', 'conversational-speech-model': 'speech', maya: 'speech',
  musicgen: 'other', magnet: 'other', jasco: 'other', stableaudio: 'other', musicldm: 'other', mustango: 'other',
  tangoflux: 'other', gansynth: 'other', rave: 'other', chatmusician: 'other', magenta: 'other', audioldm: 'other',
};
const EOSAI_TYPE = { text: 'chat', code: 'code', image: 'image', audio: 'speech', video: 'other', 'text,code': 'chat', 'video,audio': 'other' };

function deriveEosai() {
  const dir = join(source, 'eosai-index');
  const records = {};
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.yaml') || file.startsWith('a_')) continue;
    const doc = parse(readFileSync(join(dir, file), 'utf8'));
    const key = slug(basename(file, '.yaml'));
    const system = doc.system ?? {};
    const grades = {};
    for (const [name, field] of Object.entries(EOSAI_DIMENSIONS)) {
      const value = doc[field]?.class;
      grades[name] = value === 'open' || value === 'partial' || value === 'closed' ? value : null;
    }
    const links = [system.link, ...[doc.weights_endmodel?.link].flat()].map(huggingFaceId).filter(Boolean);
    const type = String(system.type ?? '').replace(/\s/g, '');
    records[key] = {
      file,
      name: String(system.name),
      organisation: String(doc.org?.name ?? ''),
      type,
      capability: EOSAI_CAPABILITY[key] ?? EOSAI_TYPE[type] ?? 'other',
      link: system.link ?? null,
      endModel: system.endmodelname ? String(system.endmodelname) : null,
      licenseStated: system.endmodellicense == null ? null : String(system.endmodellicense),
      license: licenseId(system.endmodellicense),
      released: system.releasedate == null ? null : String(system.releasedate),
      huggingface: [...new Set(links)],
      grades,
    };
  }
  const text = header('European Open Source AI Index: grades per family (open / partial / closed).',
    `eosai-index @ ${commitOf('eosai-index')} (github.com/Language-Technology-Assessment/main-database)`,
    'CC-BY-4.0 — cite doi:10.5281/zenodo.15386042 and link https://osai-index.eu') + stringify({ records }, { lineWidth: 0 });
  writeFileSync(join(outDir, 'eosai.yaml'), text);
  return Object.keys(records).length;
}

// ---------------------------------------------------------------------------------------------------
// MOF: one record per model file; component licences as stated (normalised), inheritance left to the compiler.
const MOF_TYPE = { language: 'chat', code: 'code', multimodal: 'multimodal', vision: 'vision', image: 'image', audio: 'speech' };

function deriveMof() {
  const dir = join(source, 'mof', 'models');
  const records = {};
  const claims = new Map(); // HF id -> record keys claiming it
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.yml')) continue;
    const release = parse(readFileSync(join(dir, file), 'utf8')).release;
    const key = slug(basename(file, '.yml'));
    const licenses = {};
    for (const kind of ['distribution', 'code', 'data', 'document']) {
      const name = release.license?.[kind]?.name;
      if (name != null && String(name).trim() !== '') licenses[kind] = licenseId(name, true) ?? String(name).trim();
    }
    const components = (release.components ?? []).map((c) => {
      const component = { name: c.name };
      if (c.license !== undefined) component.license = c.license === 'unlicensed' ? 'unlicensed' : licenseId(c.license, true) ?? String(c.license).trim();
      return component;
    });
    const hf = huggingFaceId(release.huggingface);
    if (hf) {
      const claimed = claims.get(hf.toLowerCase());
      if (claimed) claimed.push(key);
      else claims.set(hf.toLowerCase(), [key]);
    }
    records[key] = {
      file,
      name: String(release.name),
      producer: String(release.producer ?? ''),
      type: MOF_TYPE[release.type] ? release.type : null,
      capability: MOF_TYPE[release.type] ?? (/code/i.test(release.name) ? 'code' : 'chat'),
      huggingface: hf,
      repository: release.repository || null,
      licenses,
      components,
    };
  }
  // A Hugging Face link that does not name the record's own model (copy-paste slips in the records), or
  // that several records claim, is dropped: a wrong link would match the wrong model.
  for (const [hf, keys] of claims) {
    const repo = normalisedName(hf.split('/')[1]);
    const fitting = keys.filter((k) => {
      const name = normalisedName(records[k].name);
      return repo.includes(name) || name.includes(repo);
    });
    const exact = fitting.filter((k) => normalisedName(records[k].name) === repo);
    const keep = fitting.length === 1 ? fitting : exact.length === 1 ? exact : [];
    for (const k of keys) if (!keep.includes(k)) records[k].huggingface = null;
  }
  const text = header('Model Openness Framework records: components and the licences stated for them.',
    `mof @ ${commitOf('mof')} (github.com/lfai/model_openness_tool)`, 'MIT') + stringify({ records }, { lineWidth: 0 });
  writeFileSync(join(outDir, 'mof.yaml'), text);

  const framework = parse(readFileSync(join(source, 'mof', 'mof-components.yml'), 'utf8'));
  const open = JSON.parse(readFileSync(join(source, 'mof', 'mof-open-licenses.json'), 'utf8'));
  const openLicenses = { code: [], data: [], document: [] };
  for (const l of open.licenses) for (const type of [l.ContentType].flat().flatMap((t) => t.split(','))) openLicenses[type.trim()].push(l.licenseId);
  const frameworkText = header('Model Openness Framework 1.0: components, their class and content type; licences accepted as open per content type.',
    `mof @ ${commitOf('mof')} (github.com/lfai/model_openness_tool)`, 'MIT') + stringify({
    components: framework.components.map((c) => ({ name: c.name, class: c.class, contentType: c.content_type, required: c.required })),
    openLicenses,
  }, { lineWidth: 0 });
  writeFileSync(join(outDir, 'mof-framework.yaml'), frameworkText);
  return Object.keys(records).length;
}

// ---------------------------------------------------------------------------------------------------
// models.dev: the API ids first-party providers (and the big routers) serve, to check the knowledge base
// covers them. `open_weights` is a community hint, kept for review only.
const API_PROVIDERS = ['openai', 'anthropic', 'google', 'google-vertex', 'xai', 'mistral', 'cohere', 'perplexity',
  'deepseek', 'amazon-bedrock', 'azure', 'groq'];

function deriveApiIds() {
  const rows = JSON.parse(readFileSync(join(source, 'models-dev', 'provider-models.json'), 'utf8'));
  const providers = {};
  for (const p of API_PROVIDERS) {
    providers[p] = rows.filter((r) => r.provider === p)
      .map((r) => ({ id: r.model_id, name: r.name, openWeights: Boolean(r.open_weights) }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }
  const text = header('API model ids per provider (the knowledge base must recognise them); openWeights is a hint only.',
    `models-dev @ ${commitOf('models-dev')} (github.com/anomalyco/models.dev)`, 'MIT') + stringify({ providers }, { lineWidth: 0 });
  writeFileSync(join(outDir, 'api-ids.yaml'), text);
  return Object.values(providers).reduce((n, list) => n + list.length, 0);
}

// ---------------------------------------------------------------------------------------------------
// FMTI: how many of the 100 transparency indicators each developer discloses (scores are per developer,
// for its flagship model). Rows are indicators; the last 13 columns are 0/1 per developer.
function deriveFmti() {
  const [head, ...rows] = readFileSync(join(source, 'fmti', 'Dec2025_scores.csv'), 'utf8').trim().split('\n');
  const developers = head.split(',').slice(1);
  const scores = Object.fromEntries(developers.map((d) => [d, 0]));
  for (const row of rows) {
    const cells = row.split(',').slice(-developers.length);
    if (!cells.every((c) => c === '0' || c === '1')) throw new Error(`unexpected FMTI row: ${row}`);
    cells.forEach((c, i) => (scores[developers[i]] += Number(c)));
  }
  const text = header('Foundation Model Transparency Index, December 2025: indicators each developer discloses.',
    `fmti @ ${commitOf('fmti')} (github.com/stanford-crfm/fmti)`, 'CC-BY-4.0') +
    stringify({ edition: 'December 2025', indicators: rows.length, developers: scores }, { lineWidth: 0 });
  writeFileSync(join(outDir, 'fmti.yaml'), text);
  return developers.length;
}

const counts = { eosai: deriveEosai(), mof: deriveMof(), apiIds: deriveApiIds(), fmti: deriveFmti() };
console.log(`derived ${counts.eosai} EOSAI records, ${counts.mof} MOF records, ${counts.apiIds} API ids, ${counts.fmti} FMTI developers into ${outDir}`);
if (unmapped.size) console.warn(`licence names not identified (recorded as unknown): ${[...unmapped].join(' | ')}`);
