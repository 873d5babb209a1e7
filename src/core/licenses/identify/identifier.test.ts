import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import spdxLicenses from 'spdx-license-list/full';
import { testContext } from '../../../../test/support/context';
import { prepareLicenseCorpus } from './corpus';
import { corpusLicenseTexts } from './corpusLicenses';
import { createLicenseTextIdentifier } from './identifier';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const { licenseTexts } = testContext({ root: '/project', files: {} });
/** An identifier over just these texts. */
const identifierOf = (texts: Record<string, string>) => createLicenseTextIdentifier(async () => prepareLicenseCorpus(texts));

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
    const texts = corpusLicenseTexts(spdxLicenses);
    assert.ok(Object.keys(texts).length > 50);
    for (const [id, text] of Object.entries(texts)) assert.equal((await licenseTexts.identify(text)).id, id);
  });
});

describe('license text identification: modified licences never pass for the original', () => {
  it('MIT + "Good, not Evil" is the JSON licence, not MIT', async () => {
    const identification = await licenseTexts.identify(fixture('MIT-good-not-evil.txt'));
    assert.equal(identification.id, 'JSON');
  });

  it('MIT + "Good, not Evil" is unidentified when JSON is not in the corpus', async () => {
    const mitOnly = identifierOf({ MIT: fixture('MIT.txt') });
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
    const bsd3Only = identifierOf({ 'BSD-3-Clause': fixture('BSD-3-Clause-northwind.txt') });
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

describe('license text identification: after the end of terms', () => {
  const restriction = '\n\nADDITIONAL RESTRICTION\n\nThe Software may not be offered to third parties as a hosted or managed service.\n';

  it('leaves out the standard appendix, filled in or in another version', async () => {
    assert.match(fixture('Apache-2.0.txt'), /END OF TERMS AND CONDITIONS\s+APPENDIX: How to apply[\s\S]*Copyright 2020 Acme Widgets Ltd/);
    assert.equal((await licenseTexts.identify(fixture('Apache-2.0.txt'))).id, 'Apache-2.0');
    const authors = fixture('Apache-2.0.txt').replace('Copyright 2020 Acme Widgets Ltd', 'Copyright The OpenTelemetry Authors');
    assert.equal((await licenseTexts.identify(authors)).id, 'Apache-2.0');
    const oldAddress = fixture('GPL-2.0.txt').replace(/51 Franklin Street, Fifth Floor, Boston, MA\s+02110-1301\s+USA/g, '59 Temple Place, Suite 330, Boston, MA  02111-1307  USA');
    assert.match(oldAddress, /Foundation, Inc\.,\s+59 Temple Place, Suite 330, Boston, MA {2}02111-1307 {2}USA\.\s+Also add information/);
    assert.equal((await licenseTexts.identify(oldAddress)).id, 'GPL-2.0-only');
  });

  it('counts a restriction added after END OF TERMS AND CONDITIONS as a difference', async () => {
    for (const apache of [fixture('Apache-2.0.txt'), fixture('Apache-2.0-no-appendix.txt')]) {
      const identification = await licenseTexts.identify(apache + restriction);
      assert.equal(identification.id, null);
      assert.equal(identification.closest, 'Apache-2.0');
      assert.match(identification.detail, /^resembles Apache-2\.0 \(99%\) but differs: adds "restriction", "offered", "parties", "hosted"$/);
    }
  });

  it('counts a restriction put between the end of terms and the appendix, or into the appendix', async () => {
    const before = fixture('Apache-2.0.txt').replace('APPENDIX: How to apply', `${restriction}\n\n   APPENDIX: How to apply`);
    const inside = fixture('Apache-2.0.txt').replace('   Licensed under the Apache', `${restriction}\n\n   Licensed under the Apache`);
    for (const text of [before, inside]) assert.equal((await licenseTexts.identify(text)).id, null);
  });

  it('says that a licence with another appended after its terms includes it', async () => {
    const identification = await licenseTexts.identify(`${fixture('Apache-2.0.txt')}\n\n${fixture('MIT.txt')}`);
    assert.equal(identification.id, null);
    assert.match(identification.detail, /^includes the Apache-2\.0 text with other terms: adds "mit"/);
  });
});

describe('license text identification: loading and speed', () => {
  it('loads the corpus once, on the first identify call', async () => {
    let loads = 0;
    const identifier = createLicenseTextIdentifier(async () => {
      loads++;
      return prepareLicenseCorpus({ MIT: fixture('MIT.txt') });
    });
    assert.equal(loads, 0);
    await Promise.all([identifier.identify(fixture('MIT.txt')), identifier.identify('x')]);
    await identifier.identify(fixture('ISC.txt'));
    assert.equal(loads, 1);
  });

  it('refuses a corpus file in another format, saying so', async () => {
    const identifier = createLicenseTextIdentifier(async () => ({ MIT: fixture('MIT.txt') }));
    await assert.rejects(identifier.identify(fixture('MIT.txt')), /not a licence corpus of format 1/);
  });

  it('answers a text it has identified before from memory', async () => {
    const text = `${fixture('MIT.txt')}\nThis line makes the text unique to this test.\n`;
    const first = await licenseTexts.identify(text);
    assert.equal(await licenseTexts.identify(text), first);
    assert.notEqual(await licenseTexts.identify(`${text} `), first);
  });

  it('answers from memory a text that differs only in its copyright lines, title or filled-in appendix', async () => {
    const mit = fixture('MIT.txt').replace(/^.*Copyright.*$/m, 'Copyright (c) 2011 First Holder');
    const first = await licenseTexts.identify(mit);
    assert.equal(first.id, 'MIT');
    assert.equal(await licenseTexts.identify(`# The MIT License\n\n${mit.replace('First Holder', 'Second Holder')}`), first);
    const apache = fixture('Apache-2.0.txt');
    const apacheFirst = await licenseTexts.identify(apache);
    assert.equal(await licenseTexts.identify(apache.replace('Copyright 2020 Acme Widgets Ltd', 'Copyright 2024 Another Holder')), apacheFirst);
  });

  it('identifies 1,000 typical LICENSE files in well under a second once loaded', async () => {
    const kinds: readonly (readonly [string, string | null])[] = [['MIT.txt', 'MIT'], ['ISC.txt', 'ISC'], ['BSD-3-Clause-northwind.txt', 'BSD-3-Clause'], ['MIT-non-commercial.txt', null]];
    // Every package fills in its own copyright line: no two files are the same text.
    const files = Array.from({ length: 1000 }, (_, i) => {
      const [name, id] = kinds[i % kinds.length]!;
      const text = fixture(name).replace(/^Copyright \(c\).*$/m, `Copyright (c) ${1990 + (i % 35)} Holder number ${i}`);
      assert.ok(text.includes(`Holder number ${i}\n`), name);
      return { text, id };
    });
    await licenseTexts.identify(fixture('MIT.txt'));
    const start = performance.now();
    const ids: (string | null)[] = [];
    for (const { text } of files) ids.push((await licenseTexts.identify(text)).id);
    assert.ok(performance.now() - start < 1000, `took ${Math.round(performance.now() - start)} ms`);
    assert.deepEqual(ids, files.map((f) => f.id));
  });
});
