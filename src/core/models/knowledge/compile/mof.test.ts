import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { DATA_DIR } from '../testing';
import { bestClass, evaluateMof, type MofFramework, type MofRecord } from './mof';

// The framework as derived from mof-components.yml and mof-open-licenses.json.
const framework = parse(readFileSync(join(DATA_DIR, 'derived/mof-framework.yaml'), 'utf8')) as MofFramework;
const records = parse(readFileSync(join(DATA_DIR, 'derived/mof.yaml'), 'utf8')).records as Record<string, MofRecord>;

const CLASS_3 = ['Model architecture', 'Model parameters (Final)', 'Evaluation results', 'Model card', 'Data card', 'Technical report'];
const CLASS_2 = ['Training code', 'Inference code', 'Evaluation code', 'Evaluation data'];
const CLASS_1 = ['Datasets', 'Data preprocessing code', 'Model parameters (Intermediate)', 'Research paper'];

/** Licences MOF accepts for each component's content type. */
const OPEN_FOR: Record<string, string> = {
  'Model architecture': 'Apache-2.0', 'Model parameters (Final)': 'Apache-2.0', 'Evaluation results': 'CC-BY-4.0',
  'Model card': 'CC-BY-4.0', 'Data card': 'CC-BY-4.0', 'Technical report': 'CC-BY-4.0', 'Training code': 'MIT',
  'Inference code': 'MIT', 'Evaluation code': 'MIT', 'Evaluation data': 'CDLA-Permissive-2.0', 'Datasets': 'CC0-1.0',
  'Data preprocessing code': 'MIT', 'Model parameters (Intermediate)': 'Apache-2.0', 'Research paper': 'CC-BY-4.0',
};
const release = (names: string[], licenses: MofRecord['licenses'] = {}): MofRecord =>
  ({ name: 'test', licenses, components: names.map((name) => ({ name, license: OPEN_FOR[name] })) });

test('the derived framework has the 17 MOF components in three classes', () => {
  assert.equal(framework.components.length, 17);
  const required = (cls: number) => framework.components.filter((c) => c.required && c.class === cls).map((c) => c.name).sort();
  assert.deepEqual(required(3), [...CLASS_3].sort());
  assert.deepEqual(required(2), [...CLASS_2].sort());
  assert.deepEqual(required(1), [...CLASS_1].sort());
});

test('classes are cumulative', () => {
  assert.equal(evaluateMof(release(CLASS_3), framework).mofClass, 'III');
  assert.equal(evaluateMof(release([...CLASS_3, ...CLASS_2]), framework).mofClass, 'II');
  assert.equal(evaluateMof(release([...CLASS_3, ...CLASS_2, ...CLASS_1]), framework).mofClass, 'I');
  // Every Class I and II component but one Class III component: no class at all.
  assert.equal(evaluateMof(release([...CLASS_3.slice(1), ...CLASS_2, ...CLASS_1]), framework).mofClass, null);
  // Class I components without Class II ones stop at III.
  assert.equal(evaluateMof(release([...CLASS_3, ...CLASS_1]), framework).mofClass, 'III');
});

test('a component counts only under a licence open for its content type', () => {
  const classII = release([...CLASS_3, ...CLASS_2]);
  assert.equal(evaluateMof(classII, framework).mofClass, 'II');
  // Apache-2.0 is accepted for code and documents, not for data.
  const withApacheData = { ...classII, components: classII.components.map((c) => (c.name === 'Evaluation data' ? { ...c, license: 'Apache-2.0' } : c)) };
  assert.equal(evaluateMof(withApacheData, framework).mofClass, 'III');
  const proprietaryCard = { ...release(CLASS_3), components: release(CLASS_3).components.map((c) => (c.name === 'Model card' ? { ...c, license: 'proprietary' } : c)) };
  assert.equal(evaluateMof(proprietaryCard, framework).mofClass, null);
});

test('code and trained parameters also count under any OSI-approved licence', () => {
  const gpl = { ...release(CLASS_3), components: release(CLASS_3).components.map((c) => (c.name === 'Model architecture' || c.name === 'Model parameters (Final)' ? { ...c, license: 'GPL-3.0-only' } : c)) };
  assert.equal(evaluateMof(gpl, framework).mofClass, 'III');
  const llama = { ...release(CLASS_3), components: release(CLASS_3).components.map((c) => (c.name === 'Model parameters (Final)' ? { ...c, license: 'LicenseRef-llama3.1' } : c)) };
  assert.equal(evaluateMof(llama, framework).mofClass, null);
});

test('components without a licence inherit their content type licence, then the distribution licence', () => {
  const names = CLASS_3.map((name) => ({ name }));
  const inherit = evaluateMof({ name: 't', licenses: { distribution: 'Apache-2.0', document: 'CC-BY-4.0' }, components: names }, framework);
  assert.equal(inherit.components['Model card'], 'CC-BY-4.0');
  assert.equal(inherit.components['Model architecture'], 'Apache-2.0');
  assert.equal(inherit.mofClass, 'III');
  const unlicensed = evaluateMof({ name: 't', licenses: { distribution: 'Apache-2.0' }, components: [...names.slice(1), { name: 'Model architecture', license: 'unlicensed' }] }, framework);
  assert.equal(unlicensed.components['Model architecture'], null);
  assert.equal(unlicensed.mofClass, null);
  const notIncluded = evaluateMof({ name: 't', licenses: {}, components: [{ name: 'Datasets', license: 'not-included' }] }, framework);
  assert.equal('Datasets' in notIncluded.components, false);
});

test('unknown component names are an error', () => {
  assert.throws(() => evaluateMof({ name: 'odd', licenses: {}, components: [{ name: 'Vibes' }] }, framework), /unknown MOF component "Vibes" in odd/);
});

test('real records: Amber reaches Class III, Aquila-VL-2B Class II, OLMo-7B none (no technical report listed)', () => {
  assert.equal(evaluateMof(records.amber, framework).mofClass, 'III');
  assert.equal(evaluateMof(records['aquila-vl-2b'], framework).mofClass, 'II');
  const olmo = evaluateMof(records['olmo-7b'], framework);
  assert.equal('Technical report' in olmo.components, false);
  assert.equal(olmo.mofClass, null);
  assert.equal(evaluateMof(records['gpt-4'], framework).mofClass, null);
});

test('bestClass picks the most open class', () => {
  assert.equal(bestClass([null, 'III', 'II']), 'II');
  assert.equal(bestClass(['I', 'III']), 'I');
  assert.equal(bestClass([null, null]), null);
  assert.equal(bestClass([]), null);
});
