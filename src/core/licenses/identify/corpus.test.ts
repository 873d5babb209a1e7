import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLicenseCorpus, prepareLicenseCorpus } from './corpus';
import { licenseParts, termsWords } from './normalizeText';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

describe('licence corpus', () => {
  it('survives JSON: a loaded corpus finds the texts it was prepared from, word by word too', () => {
    const texts = { MIT: fixture('MIT.txt'), 'Apache-2.0': fixture('Apache-2.0.txt'), ISC: fixture('ISC.txt') };
    const corpus = loadLicenseCorpus(JSON.parse(JSON.stringify(prepareLicenseCorpus(texts))));
    assert.deepEqual(corpus.licenses.map((l) => l.id), ['MIT', 'Apache-2.0', 'ISC']);
    for (const [id, text] of Object.entries(texts)) {
      const terms = termsWords(licenseParts(text));
      const license = corpus.exactly(terms);
      assert.equal(license?.id, id);
      assert.deepEqual(Array.from(license!.tokens, (token) => corpus.vocabulary.wordOf(token)).join(' '), terms);
      assert.equal(license!.length, license!.tokens.length);
    }
  });

  it('indexes which licences hold each word, and how often', () => {
    const data = prepareLicenseCorpus({ MIT: fixture('MIT.txt'), ISC: fixture('ISC.txt') });
    const posting = (word: string): readonly number[] => data.postings[data.words.indexOf(word)]!;
    assert.deepEqual(posting('merchantability'), [0, 1, 1, 1]);
    assert.deepEqual(posting('sublicense'), [0, 1]);
    assert.deepEqual(posting('software').filter((_, i) => i % 2 === 0), [0, 1]);
  });

  it('keeps the appendix apart from the terms', () => {
    const data = prepareLicenseCorpus({ 'Apache-2.0': fixture('Apache-2.0.txt'), MIT: fixture('MIT.txt') });
    const [apache, mit] = data.licenses;
    assert.match(apache!.appendix ?? '', /^appendix how to apply the apache license to your work/);
    assert.doesNotMatch(apache!.terms, /boilerplate/);
    assert.equal(mit!.appendix, undefined);
  });

  it('refuses two licences that normalise alike', () => {
    assert.throws(() => prepareLicenseCorpus({ MIT: fixture('MIT.txt'), 'MIT-copy': `# MIT License\n\n${fixture('MIT.txt')}` }), /MIT-copy and MIT texts normalise to the same words/);
  });

  it('refuses data of another shape', () => {
    const data = prepareLicenseCorpus({ MIT: fixture('MIT.txt') });
    for (const bad of [null, { MIT: 'text' }, { ...data, format: 2 }, { ...data, postings: [] }, { ...data, licenses: [{ id: 'MIT', terms: 'x' }] }]) {
      assert.throws(() => loadLicenseCorpus(bad), /not a licence corpus of format 1/);
    }
  });

  it('says so when a licence holds a word its vocabulary lacks', () => {
    const data = prepareLicenseCorpus({ MIT: fixture('MIT.txt') });
    const corpus = loadLicenseCorpus({ ...data, licenses: [{ ...data.licenses[0]!, terms: `${data.licenses[0]!.terms.slice(0, -1)}x` }] });
    assert.throws(() => corpus.licenses[0]!.tokens, /lists words its vocabulary lacks/);
  });
});
