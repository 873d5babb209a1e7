import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testContext } from '../../../../test/support/context';
import { createLicenseTextIdentifier } from './identifier';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const { licenseTexts } = testContext({ root: '/project', files: {} });

describe('license text identification: real licence texts', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['MIT.txt', 'MIT'],
    ['MIT-0.txt', 'MIT-0'],
    ['ISC.txt', 'ISC'],
    ['Apache-2.0.txt', 'Apache-2.0'],
    ['Apache-2.0-no-appendix.txt', 'Apache-2.0'],
    ['BSD-2-Clause.txt', 'BSD-2-Clause'],
    ['BSD-3-Clause-northwind.txt', 'BSD-3-Clause'],
    ['0BSD.txt', '0BSD'],
    ['Unlicense.txt', 'Unlicense'],
    ['MPL-2.0.txt', 'MPL-2.0'],
    ['GPL-2.0.txt', 'GPL-2.0-only'],
    ['GPL-3.0.txt', 'GPL-3.0-only'],
    ['LGPL-2.1.txt', 'LGPL-2.1-only'],
    ['LGPL-3.0.txt', 'LGPL-3.0-only'],
    ['AGPL-3.0.txt', 'AGPL-3.0-only'],
    ['Zlib.txt', 'Zlib'],
    ['BSL-1.0.txt', 'BSL-1.0'],
    ['EPL-2.0.txt', 'EPL-2.0'],
    ['CC0-1.0.txt', 'CC0-1.0'],
    ['Artistic-2.0.txt', 'Artistic-2.0'],
    ['WTFPL.txt', 'WTFPL'],
    ['Unicode-3.0.txt', 'Unicode-3.0'],
    ['LICENSE.md', 'MIT'],
  ];
  for (const [file, id] of cases) {
    it(`identifies ${file} as ${id}`, async () => {
      const identification = await licenseTexts.identify(fixture(file));
      assert.equal(identification.id, id, identification.detail);
      assert.ok(identification.similarity >= 0.95);
    });
  }

  it('reports an exact match as such', async () => {
    assert.deepEqual(await licenseTexts.identify(fixture('MIT.txt')), { id: 'MIT', similarity: 1, detail: 'MIT text (100% match)' });
  });

  it('says that a GPL text alone does not tell "only" from "or later"', async () => {
    const identification = await licenseTexts.identify(fixture('GPL-3.0.txt'));
    assert.equal(identification.detail, 'GPL-3.0-only text (100% match; the text alone does not say whether later versions apply)');
  });

  it('identifies a Markdown LICENSE.md with CRLF line endings, a title and emphasis', async () => {
    const text = fixture('LICENSE.md');
    assert.ok(text.includes('\r\n# ') || text.startsWith('# The MIT License'));
    assert.ok(text.includes('\r\n'));
    assert.equal((await licenseTexts.identify(text)).id, 'MIT');
  });

  it('tolerates a word changed in passing (a near match is not an exact one)', async () => {
    const text = fixture('MIT.txt').replace('furnished to do so', 'furnished to do that');
    const identification = await licenseTexts.identify(text);
    assert.equal(identification.id, 'MIT');
    assert.ok(identification.similarity < 1 && identification.similarity >= 0.95);
    assert.match(identification.detail, /^MIT text \(9\d% match\)$/);
  });

  it('identifies texts rewrapped, re-indented and re-bulleted', async () => {
    const bsd = fixture('BSD-2-Clause.txt')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .join('\n\n')
      .replace('1. Redistributions', '  * Redistributions')
      .replace('2. Redistributions', '  * Redistributions');
    assert.ok(bsd.includes('* Redistributions in binary form must reproduce the above copyright notice, this list'));
    assert.equal((await licenseTexts.identify(bsd)).id, 'BSD-2-Clause');
  });
});

describe('license text identification: the shipped corpus', () => {
  it('identifies every shipped licence text as itself (no two normalise alike)', async () => {
    const corpus = JSON.parse(readFileSync(join(__dirname, '../../../../dist/data/license-texts.json'), 'utf8')) as Record<string, string>;
    assert.ok(Object.keys(corpus).length > 50);
    for (const [id, text] of Object.entries(corpus)) assert.equal((await licenseTexts.identify(text)).id, id);
  });
});

describe('license text identification: modified licences never pass for the original', () => {
  it('MIT + "Good, not Evil" is the JSON licence, not MIT', async () => {
    const identification = await licenseTexts.identify(fixture('MIT-good-not-evil.txt'));
    assert.equal(identification.id, 'JSON');
  });

  it('MIT + "Good, not Evil" is unidentified when JSON is not in the corpus', async () => {
    const mitOnly = createLicenseTextIdentifier(async () => ({ MIT: fixture('MIT.txt') }));
    const identification = await mitOnly.identify(fixture('MIT-good-not-evil.txt'));
    assert.equal(identification.id, null);
    assert.equal(identification.closest, 'MIT');
    assert.match(identification.detail, /^resembles MIT \(9\d%\) but differs: adds "used", "good", "evil"/);
  });

  it('MIT + Commons Clause is not MIT, and says it includes MIT', async () => {
    const identification = await licenseTexts.identify(fixture('MIT-commons-clause.txt'));
    assert.equal(identification.id, null);
    assert.equal(identification.closest, 'MIT');
    assert.match(identification.detail, /^includes the MIT text with other terms: adds /);
  });

  it('MIT granted for non-commercial purposes only is not MIT', async () => {
    const identification = await licenseTexts.identify(fixture('MIT-non-commercial.txt'));
    assert.equal(identification.id, null);
    assert.ok(identification.similarity > 0.95, 'similar overall, yet refused');
    assert.match(identification.detail, /^resembles MIT \(98%\) but differs: adds "non", "commercial", "purposes"/);
  });

  it('MIT that lost a "not" and a "without" is not MIT', async () => {
    const identification = await licenseTexts.identify(fixture('MIT-negation-removed.txt'));
    assert.equal(identification.id, null);
    assert.equal(identification.closest, 'MIT');
    assert.match(identification.detail, /removes "not", "without"/);
  });

  it('BSD-3 with an advertising clause is BSD-4-Clause, never BSD-3-Clause', async () => {
    assert.equal((await licenseTexts.identify(fixture('BSD-3-Clause-advertising.txt'))).id, 'BSD-4-Clause');
  });

  it('BSD-3 without its third clause is BSD-2-Clause, and BSD-2 is never BSD-3', async () => {
    assert.equal((await licenseTexts.identify(fixture('BSD-3-Clause-without-clause-3.txt'))).id, 'BSD-2-Clause');
    const bsd3Only = createLicenseTextIdentifier(async () => ({ 'BSD-3-Clause': fixture('BSD-3-Clause-northwind.txt') }));
    assert.equal((await bsd3Only.identify(fixture('BSD-2-Clause.txt'))).id, null);
  });

  it('says plainly when a text resembles no licence', async () => {
    const identification = await licenseTexts.identify('This library is dedicated to my cat. Do whatever pleases her, and nothing else.');
    assert.equal(identification.id, null);
    assert.equal(identification.closest, undefined);
    assert.equal(identification.detail, 'not a known licence text');
    assert.deepEqual(await licenseTexts.identify('\n\n   \n'), { id: null, similarity: 0, detail: 'empty licence file' });
  });
});

describe('license text identification: loading and speed', () => {
  it('loads the corpus once, on the first identify call', async () => {
    let loads = 0;
    const identifier = createLicenseTextIdentifier(async () => {
      loads++;
      return { MIT: fixture('MIT.txt') };
    });
    assert.equal(loads, 0);
    await Promise.all([identifier.identify(fixture('MIT.txt')), identifier.identify('x')]);
    await identifier.identify(fixture('ISC.txt'));
    assert.equal(loads, 1);
  });

  it('identifies 1,000 typical LICENSE files in well under a second once loaded', async () => {
    const texts = [fixture('MIT.txt'), fixture('ISC.txt'), fixture('BSD-3-Clause-northwind.txt'), fixture('MIT-non-commercial.txt')];
    await licenseTexts.identify(texts[0]!);
    const start = performance.now();
    for (let i = 0; i < 1000; i++) await licenseTexts.identify(texts[i % texts.length]!);
    assert.ok(performance.now() - start < 1000, `took ${Math.round(performance.now() - start)} ms`);
  });
});
