#!/usr/bin/env node
// Derives the licence module's committed data (src/core/licenses/data/licenses.json, mappings.json)
// from the public data sets in a `data/licenses` folder and the hand-written curated.yaml beside the
// output. Run by hand when the sources change; it is not part of the build.
//   node scripts/data/derive-license-data.mjs <path-to-shared-data-licenses>
// Sources: ScanCode LicenseDB index (CC-BY-4.0), spdx-license-list (CC0-1.0), spdx-exceptions (CC-BY-3.0), ORT's licence mappings
// (Apache-2.0), Hugging Face Hub licence ids (Apache-2.0; read from ../openness/hf-hub beside it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';

const require = createRequire(import.meta.url);
const parseSpdx = require('spdx-expression-parse');

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/data/derive-license-data.mjs <path-to-shared-data-licenses>');
  process.exit(2);
}
const outDir = 'src/core/licenses/data';
const curated = parseYaml(readFileSync(join(outDir, 'curated.yaml'), 'utf8'));
const spdxList = JSON.parse(readFileSync(join(source, 'npm/spdx-license-list/spdx.json'), 'utf8'));
const licenseDb = JSON.parse(readFileSync(join(source, 'scancode-licensedb/index.json'), 'utf8'));
const exceptions = JSON.parse(readFileSync(join(source, 'npm/spdx-exceptions/index.json'), 'utf8'));
const hfCsv = readFileSync(join(source, '../openness/hf-hub/hf-license-ids.csv'), 'utf8');

const DB_CATEGORIES = {
  'Permissive': 'permissive',
  'Public Domain': 'public-domain',
  'Copyleft': 'strong-copyleft',
  'Copyleft Limited': 'weak-copyleft',
  'Source-available': 'source-available',
  'Proprietary Free': 'proprietary',
  'Commercial': 'proprietary',
  'Free Restricted': 'field-of-use',
  'Patent License': 'unknown',
  'CLA': 'unknown',
  'Unstated License': 'unknown',
};
// LicenseDB's "Free Restricted" and "Source-available" mix non-commercial licences with others.
const NON_COMMERCIAL_KEY = /(^|-)nc(-|$)|non-?commercial/i;
const SCANCODE_PREFIX = 'LicenseRef-scancode-';

function categoryOf(entry) {
  const category = DB_CATEGORIES[entry.category];
  if (!category) throw new Error(`unmapped LicenseDB category ${entry.category} (${entry.license_key})`);
  if ((category === 'field-of-use' || category === 'source-available') && NON_COMMERCIAL_KEY.test(entry.license_key)) {
    return 'non-commercial';
  }
  return category;
}

// id -> { name, category, osi, fsf, url? }
const licenses = new Map();
const dbCategoryById = new Map();
for (const entry of licenseDb) {
  if (entry.is_deprecated || !entry.spdx_license_key) continue;
  for (const id of [entry.spdx_license_key, ...(entry.other_spdx_license_keys ?? [])]) {
    if (!dbCategoryById.has(id)) dbCategoryById.set(id, { category: categoryOf(entry), exception: entry.is_exception });
  }
}
for (const [id, info] of Object.entries(spdxList)) {
  licenses.set(id, { name: info.name, category: dbCategoryById.get(id)?.category ?? 'unknown', osi: info.osiApproved, fsf: false });
}
for (const [id, info] of dbCategoryById) {
  if (id.startsWith(SCANCODE_PREFIX) && !info.exception) licenses.set(id, { name: id.slice(SCANCODE_PREFIX.length), category: info.category, osi: false, fsf: false });
}

function applyCategory(rule, ids) {
  for (const id of ids) {
    const existing = licenses.get(id) ?? { name: rule.name ?? id.replace(/^LicenseRef-/, ''), osi: false, fsf: false };
    licenses.set(id, { ...existing, ...(rule.name ? { name: rule.name } : {}), ...(rule.url ? { url: rule.url } : {}), category: rule.category });
  }
}
for (const rule of [...curated.categories, ...curated.own]) {
  if (!rule.source || !rule.why) throw new Error(`curated rule without source/why: ${JSON.stringify(rule)}`);
  const ids = rule.ids ?? [...licenses.keys()].filter((id) => new RegExp(rule.match).test(id));
  if (!ids.length) throw new Error(`curated rule matches nothing: ${rule.match}`);
  applyCategory(rule, ids);
}
for (const id of curated.fsfLibre.ids) {
  const entry = licenses.get(id);
  if (!entry) throw new Error(`fsfLibre: unknown SPDX id ${id}`);
  entry.fsf = true;
}

// Hugging Face licence ids: SPDX ids where one exists (case-insensitive), else LicenseRef-<hf-id>.
const spdxByLowerId = new Map([...Object.keys(spdxList)].map((id) => [id.toLowerCase(), id]));
const huggingface = {};
const hfCategory = new Map();
for (const rule of curated.huggingface.categories) {
  if (!rule.source || !rule.why) throw new Error(`curated HF rule without source/why: ${rule.ids}`);
  for (const id of rule.ids) hfCategory.set(id, rule);
}
for (const [hfId, name, url] of parseCsv(hfCsv).slice(1)) {
  const spdx = curated.huggingface.spdx[hfId] ?? (hfCategory.has(hfId) ? undefined : spdxByLowerId.get(hfId));
  if (spdx) {
    if (!licenses.has(spdx)) throw new Error(`HF ${hfId}: unknown SPDX id ${spdx}`);
    huggingface[hfId] = spdx;
    continue;
  }
  const rule = hfCategory.get(hfId);
  if (!rule) throw new Error(`HF licence id ${hfId} has neither an SPDX id nor a curated category`);
  const id = 'LicenseRef-' + hfId.replace(/\+/g, '-plus').replace(/[^A-Za-z0-9.-]+/g, '-');
  huggingface[hfId] = id;
  applyCategory({ ...rule, name, url: url || undefined }, [id]);
}

// Declared-licence strings: ORT's unambiguous mappings (its "Ambiguous mappings" sections guess a
// version or variant and are left out), the curated additions, minus the curated drops.
const declared = {};
for (const file of ['declared-license-mapping.yml', 'simple-license-mapping.yml']) {
  for (const [text, expression] of unambiguousEntries(readFileSync(join(source, 'ort', file), 'utf8'))) {
    if (expression !== 'NONE' && !(text in curated.declared.drop)) declared[text] = expression;
  }
}
Object.assign(declared, curated.declared.add);
const deprecated = parseYaml(stripHeader(readFileSync(join(source, 'ort/deprecated-license-mapping.yml'), 'utf8')));
for (const [text, expression] of [...Object.entries(declared), ...Object.entries(deprecated)]) {
  try {
    parseSpdx(expression);
  } catch (error) {
    throw new Error(`mapping "${text}" -> "${expression}" is not a valid SPDX expression: ${error.message}`);
  }
}

function unambiguousEntries(yamlText) {
  const entries = [];
  let ambiguous = false;
  for (const line of yamlText.split('\n')) {
    if (/^#\s*Ambiguous mappings/.test(line)) ambiguous = true;
    else if (/^#\s*Non-ambiguous mappings/.test(line)) ambiguous = false;
    else if (!ambiguous && line.trim() && !line.startsWith('#') && line !== '---') {
      entries.push(...Object.entries(parseYaml(line)));
    }
  }
  return entries;
}

function stripHeader(yamlText) {
  return yamlText.slice(yamlText.indexOf('---'));
}

function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/).filter(Boolean)) {
    const cells = [];
    for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) cells.push(match[1]?.replace(/""/g, '"') ?? match[2]);
    rows.push(cells);
  }
  return rows;
}

// Compact output: SPDX and curated ids as [name, category, flags(1 = OSI, 2 = FSF), url?];
// LicenseDB-only ids grouped by category, without their `LicenseRef-scancode-` prefix.
const spdxAndCurated = {};
const scancode = {};
for (const [id, entry] of [...licenses].sort(([a], [b]) => a.localeCompare(b))) {
  const flags = (entry.osi ? 1 : 0) | (entry.fsf ? 2 : 0);
  if (id.startsWith(SCANCODE_PREFIX) && !entry.url && entry.name === id.slice(SCANCODE_PREFIX.length)) {
    (scancode[entry.category] ??= []).push(entry.name);
  } else {
    spdxAndCurated[id] = entry.url ? [entry.name, entry.category, flags, entry.url] : [entry.name, entry.category, flags];
  }
}
const attribution = 'Derived from ScanCode LicenseDB (CC-BY-4.0, nexB Inc. and others), spdx-license-list (CC0-1.0), '
  + 'spdx-exceptions (CC-BY-3.0), OSS Review Toolkit licence mappings (Apache-2.0) and Hugging Face hub-docs licence ids (Apache-2.0); '
  + 'curated overrides in curated.yaml.';
writeFileSync(join(outDir, 'licenses.json'), JSON.stringify({ attribution, licenses: spdxAndCurated, scancode }) + '\n');
writeFileSync(join(outDir, 'mappings.json'), JSON.stringify({ attribution, declared, deprecated, exceptions, huggingface }) + '\n');
console.log(`licenses: ${Object.keys(spdxAndCurated).length} + ${Object.values(scancode).flat().length} LicenseDB-only; `
  + `declared mappings: ${Object.keys(declared).length}; deprecated: ${Object.keys(deprecated).length}; huggingface: ${Object.keys(huggingface).length}`);
