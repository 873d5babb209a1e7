// Checks the committed, derived licence data against its curated input and its own invariants.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import licenseData from './data/licenses.json';
import mappings from './data/mappings.json';
import { licenseFacts, normalizeDeclared } from './index';
import { parseExpression, serialize } from './expression';
import { mappingKey } from './normalize';

interface CategoryRule {
  readonly ids?: readonly string[];
  readonly match?: string;
  readonly category: string;
  readonly source: string;
  readonly why: string;
}

const curated = parseYaml(readFileSync(join(__dirname, 'data', 'curated.yaml'), 'utf8')) as {
  categories: CategoryRule[];
  own: CategoryRule[];
  huggingface: { categories: (CategoryRule & { ids: string[] })[] };
  declared: { add: Record<string, string>; drop: Record<string, string> };
  fsfLibre: { source: string; ids: string[] };
};
const knownIds = [
  ...Object.keys(licenseData.licenses),
  ...Object.values(licenseData.scancode as Record<string, string[]>).flat().map((key) => `LicenseRef-scancode-${key}`),
];

describe('derived licence data', () => {
  it('reflects every curated category, and every curated rule says where it comes from and why', () => {
    for (const rule of [...curated.categories, ...curated.own]) {
      assert.ok(rule.source.startsWith('https://') && rule.why.length > 10, JSON.stringify(rule));
      const ids = rule.ids ?? knownIds.filter((id) => new RegExp(rule.match!).test(id));
      assert.ok(ids.length > 0, `${rule.match} matches nothing`);
      for (const id of ids) assert.equal(licenseFacts(id).category, rule.category, id);
    }
  });

  it('classifies every Hugging Face model licence as curated', () => {
    const byHf = (mappings as { huggingface: Record<string, string> }).huggingface;
    for (const rule of curated.huggingface.categories) {
      for (const hf of rule.ids) assert.equal(licenseFacts(byHf[hf]!).category, rule.category, hf);
    }
  });

  it('marks the curated FSF-free licences', () => {
    for (const id of curated.fsfLibre.ids) assert.equal(licenseFacts(id).fsfLibre, true, id);
    assert.equal(licenseFacts('SSPL-1.0').fsfLibre, false);
  });

  it('maps declared names only to valid expressions, without conflicting spellings', () => {
    const seen = new Map<string, string>();
    for (const [name, expression] of Object.entries(mappings.declared)) {
      const node = parseExpression(expression);
      assert.ok(node, `${name} → ${expression}`);
      const canonical = serialize(node);
      const key = mappingKey(name);
      const earlier = seen.get(key);
      assert.ok(earlier === undefined || earlier === canonical, `"${name}" maps to ${canonical} and ${earlier}`);
      seen.set(key, canonical);
    }
  });

  it('leaves out the mappings that guess (ORT\'s ambiguous ones and the curated drops)', () => {
    const declared = mappings.declared as Record<string, string>;
    for (const name of ['BSD', 'GPL', 'BSD-style', 'Apache License', 'GNU General Public License (GPL)', ...Object.keys(curated.declared.drop)]) {
      assert.equal(declared[name], undefined, name);
    }
    for (const [name, expression] of Object.entries(curated.declared.add)) assert.equal(declared[name], expression, name);
  });

  it('never maps anything spelled "unlicensed" to the Unlicense', () => {
    for (const [name, expression] of Object.entries(mappings.declared)) {
      if (/unlicensed/i.test(name)) assert.doesNotMatch(expression, /\bUnlicense\b/, name);
    }
    const normalized = normalizeDeclared('UNLICENSED');
    assert.equal(normalized.kind === 'expression' && normalized.expression, 'LicenseRef-UNLICENSED');
  });

  it('upgrades every deprecated id to a valid, current expression', () => {
    for (const [id, expression] of Object.entries(mappings.deprecated)) {
      assert.ok(parseExpression(expression), `${id} → ${expression}`);
      assert.notEqual(expression, id);
    }
  });

  it('carries its attribution', () => {
    assert.match(licenseData.attribution, /ScanCode LicenseDB \(CC-BY-4\.0/);
    assert.match(mappings.attribution, /OSS Review Toolkit/);
  });
});
