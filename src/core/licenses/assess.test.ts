import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Verdict } from '../types';
import { assessLicense, combineExpressions, fromHuggingFaceLicense, licenseFacts } from './index';

function verdictOf(expression: string | null): Verdict {
  return assessLicense(expression).verdict;
}

describe('assessLicense: single licences', () => {
  it('judges open licences, copyleft and network copyleft included', () => {
    for (const id of ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC', '0BSD', 'Unlicense', 'CC0-1.0', 'MPL-2.0', 'LGPL-3.0-only', 'GPL-3.0-or-later', 'AGPL-3.0-only', 'EPL-2.0', 'CC-BY-4.0']) {
      assert.equal(verdictOf(id), 'open', id);
    }
  });

  it('judges source-available, non-commercial and field-of-use licences restricted', () => {
    for (const id of ['BUSL-1.1', 'SSPL-1.0', 'Elastic-2.0', 'FSL-1.1-MIT', 'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'JSON', 'LicenseRef-llama3.1', 'LicenseRef-gemma', 'LicenseRef-openrail-plus-plus', 'LicenseRef-Commons-Clause']) {
      assert.equal(verdictOf(id), 'restricted', id);
    }
  });

  it('judges proprietary declarations closed', () => {
    assert.equal(verdictOf('LicenseRef-UNLICENSED'), 'closed');
    assert.equal(verdictOf('LicenseRef-Proprietary'), 'closed');
    assert.equal(verdictOf('LicenseRef-All-rights-reserved'), 'closed');
  });

  it('judges missing information and unrecognised LicenseRefs unknown', () => {
    assert.deepEqual(assessLicense(null), { expression: null, verdict: 'unknown', licenses: [], reason: 'no licence information found' });
    assert.equal(verdictOf(''), 'unknown');
    assert.equal(verdictOf('LicenseRef-BSD'), 'unknown');
    assert.equal(verdictOf('LicenseRef-Acme-EULA'), 'unknown');
  });

  it('keeps the base licence verdict under a WITH exception', () => {
    assert.equal(verdictOf('GPL-2.0-only WITH Classpath-exception-2.0'), 'open');
    assert.equal(verdictOf('Apache-2.0 WITH LLVM-exception'), 'open');
  });

  it('normalises what is not yet an expression', () => {
    assert.equal(assessLicense('Apache 2.0 License').verdict, 'open');
    assert.equal(assessLicense('UNLICENSED').verdict, 'closed');
    assert.equal(assessLicense('SEE LICENSE IN LICENSE').verdict, 'unknown');
  });
});

describe('assessLicense: the AND/OR lattice', () => {
  const cases: readonly (readonly [string, Verdict])[] = [
    // OR takes the most usable branch: open > restricted > unknown > closed.
    ['MIT OR LicenseRef-UNLICENSED', 'open'],
    ['BUSL-1.1 OR LicenseRef-UNLICENSED', 'restricted'],
    ['BUSL-1.1 OR LicenseRef-BSD', 'restricted'],
    ['LicenseRef-BSD OR LicenseRef-UNLICENSED', 'unknown'],
    ['LicenseRef-BSD OR MIT', 'open'],
    // AND takes the least open part: closed > restricted > unknown > open.
    ['MIT AND BUSL-1.1', 'restricted'],
    ['MIT AND LicenseRef-UNLICENSED', 'closed'],
    ['BUSL-1.1 AND LicenseRef-UNLICENSED', 'closed'],
    ['LicenseRef-BSD AND BUSL-1.1', 'restricted'],
    ['MIT AND LicenseRef-BSD', 'unknown'],
    ['MIT AND Apache-2.0', 'open'],
    // A permissive OR branch does not hide a part every user must accept.
    ['(MIT OR GPL-3.0-only) AND AGPL-3.0-only', 'open'],
    ['(MIT OR Apache-2.0) AND CC-BY-NC-4.0', 'restricted'],
    ['(MIT OR BUSL-1.1) AND Apache-2.0', 'open'],
    ['MIT OR (BUSL-1.1 AND Apache-2.0)', 'open'],
    ['LicenseRef-UNLICENSED OR (BUSL-1.1 AND Apache-2.0)', 'restricted'],
    ['Apache-2.0 AND LicenseRef-Commons-Clause', 'restricted'],
  ];
  for (const [expression, verdict] of cases) {
    it(`${expression} → ${verdict}`, () => assert.equal(verdictOf(expression), verdict));
  }
});

describe('assessLicense: reasons and facts', () => {
  it('explains a verdict in one clause, naming the deciding licence', () => {
    assert.equal(assessLicense('MIT').reason, 'permissive (MIT), OSI-approved');
    assert.equal(assessLicense('BUSL-1.1').reason, 'source-available (BUSL-1.1), not an open-source licence');
    assert.equal(assessLicense('MIT AND BUSL-1.1').reason, 'source-available (BUSL-1.1), not an open-source licence');
    assert.equal(assessLicense('LicenseRef-UNLICENSED').reason, 'proprietary (UNLICENSED): no licence granted');
    assert.equal(assessLicense('CC-BY-NC-4.0').reason, 'non-commercial (CC-BY-NC-4.0): commercial use not allowed');
    assert.equal(assessLicense('LicenseRef-BSD').reason, 'unrecognised licence (LicenseRef-BSD)');
    assert.equal(assessLicense('CC0-1.0').reason, 'public domain (CC0-1.0), FSF-free');
  });

  it('explains an all-open AND by its most demanding part, an OR by its freest branch', () => {
    assert.equal(assessLicense('(MIT OR GPL-3.0-only) AND AGPL-3.0-only').reason, 'network copyleft (AGPL-3.0-only), OSI-approved');
    assert.equal(assessLicense('GPL-3.0-only OR MIT').reason, 'permissive (MIT), OSI-approved');
    assert.equal(assessLicense('MIT OR LicenseRef-UNLICENSED').reason, 'permissive (MIT), OSI-approved');
  });

  it('lists every licence named once, in order, with its facts', () => {
    const assessment = assessLicense('(MIT OR GPL-3.0-only) AND AGPL-3.0-only AND MIT');
    assert.deepEqual(assessment.licenses.map((l) => l.id), ['MIT', 'GPL-3.0-only', 'AGPL-3.0-only']);
    assert.deepEqual(assessment.licenses[2], {
      id: 'AGPL-3.0-only', name: 'GNU Affero General Public License v3.0 only', category: 'network-copyleft',
      osiApproved: true, fsfLibre: true, url: 'https://spdx.org/licenses/AGPL-3.0-only.html',
    });
  });
});

describe('licenseFacts', () => {
  it('knows SPDX licences with their category, OSI approval and FSF status', () => {
    assert.deepEqual(licenseFacts('MIT'), { id: 'MIT', name: 'MIT License', category: 'permissive', osiApproved: true, fsfLibre: true, url: 'https://spdx.org/licenses/MIT.html' });
    assert.equal(licenseFacts('GPL-2.0-only').category, 'strong-copyleft');
    assert.equal(licenseFacts('MPL-2.0').category, 'weak-copyleft');
    assert.equal(licenseFacts('Unlicense').category, 'public-domain');
    assert.equal(licenseFacts('CC0-1.0').osiApproved, false);
    assert.equal(licenseFacts('CC0-1.0').fsfLibre, true);
    assert.equal(licenseFacts('BUSL-1.1').fsfLibre, false);
  });

  it('applies the curated categories over LicenseDB', () => {
    assert.equal(licenseFacts('AGPL-3.0-or-later').category, 'network-copyleft');
    assert.equal(licenseFacts('SSPL-1.0').category, 'source-available');
    assert.equal(licenseFacts('CC-BY-NC-SA-4.0').category, 'non-commercial');
    assert.equal(licenseFacts('PolyForm-Noncommercial-1.0.0').category, 'non-commercial');
    assert.equal(licenseFacts('JSON').category, 'field-of-use');
    assert.equal(licenseFacts('LicenseRef-UNLICENSED').category, 'proprietary');
  });

  it('knows LicenseDB licences outside SPDX by their LicenseRef-scancode id', () => {
    const facts = licenseFacts('LicenseRef-scancode-commons-clause');
    assert.equal(facts.category, 'source-available');
    assert.equal(facts.url, 'https://scancode-licensedb.aboutcode.org/commons-clause.html');
    assert.equal(licenseFacts('LicenseRef-scancode-public-domain').category, 'public-domain');
  });

  it('gives model licences a name, a category and a link', () => {
    const llama = licenseFacts('LicenseRef-llama3.1');
    assert.equal(llama.name, 'Llama 3.1 Community License Agreement');
    assert.equal(llama.category, 'field-of-use');
    assert.equal(llama.url, 'https://huggingface.co/meta-llama/Meta-Llama-3.1-70B-Instruct/blob/main/LICENSE');
  });

  it('links no page for a LicenseRef Openness coined', () => {
    assert.deepEqual(licenseFacts('LicenseRef-UNLICENSED'), { id: 'LicenseRef-UNLICENSED', name: 'UNLICENSED (no licence granted)', category: 'proprietary', osiApproved: false, fsfLibre: false });
  });

  it('takes the base licence for an id+ and marks unknown ids unknown', () => {
    assert.equal(licenseFacts('MIT+').category, 'permissive');
    assert.equal(licenseFacts('MIT+').name, 'MIT License or later');
    assert.deepEqual(licenseFacts('LicenseRef-Acme'), { id: 'LicenseRef-Acme', name: 'Acme', category: 'unknown', osiApproved: false, fsfLibre: false });
  });
});

describe('fromHuggingFaceLicense', () => {
  it('maps Hugging Face ids that are SPDX ids to them', () => {
    assert.equal(fromHuggingFaceLicense('apache-2.0'), 'Apache-2.0');
    assert.equal(fromHuggingFaceLicense('mit'), 'MIT');
    assert.equal(fromHuggingFaceLicense('cc-by-4.0'), 'CC-BY-4.0');
    assert.equal(fromHuggingFaceLicense('cc-by-nc-4.0'), 'CC-BY-NC-4.0');
    assert.equal(fromHuggingFaceLicense('gpl-3.0'), 'GPL-3.0-only');
    assert.equal(fromHuggingFaceLicense('bsl-1.0'), 'BSL-1.0');
    assert.equal(fromHuggingFaceLicense('Apache-2.0'), 'Apache-2.0');
  });

  it('maps model licences to LicenseRefs classified as field-of-use or non-commercial', () => {
    for (const hf of ['llama2', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4', 'gemma', 'openrail', 'openrail++', 'creativeml-openrail-m', 'bigscience-openrail-m', 'bigscience-bloom-rail-1.0', 'bigcode-openrail-m']) {
      const id = fromHuggingFaceLicense(hf);
      assert.match(id, /^LicenseRef-[A-Za-z0-9.-]+$/, hf);
      assert.equal(licenseFacts(id).category, 'field-of-use', hf);
      assert.equal(assessLicense(id).verdict, 'restricted', hf);
    }
    assert.equal(fromHuggingFaceLicense('openrail++'), 'LicenseRef-openrail-plus-plus');
    assert.equal(licenseFacts(fromHuggingFaceLicense('fair-noncommercial-research-license')).category, 'non-commercial');
  });

  it('leaves families without a version, "other" and unlisted ids unknown', () => {
    for (const hf of ['bsd', 'gpl', 'cc', 'other', 'unknown', 'my-own-licence']) {
      assert.equal(assessLicense(fromHuggingFaceLicense(hf)).verdict, 'unknown', hf);
    }
  });
});

describe('combineExpressions', () => {
  it('joins with one operator, parenthesising mixed operands and dropping duplicates', () => {
    assert.equal(combineExpressions(['MIT', 'Apache-2.0 OR BSD-3-Clause', 'MIT'], 'AND'), 'MIT AND (Apache-2.0 OR BSD-3-Clause)');
    assert.equal(combineExpressions(['MIT AND ISC', 'Apache-2.0'], 'OR'), '(MIT AND ISC) OR Apache-2.0');
    assert.equal(combineExpressions(['MIT'], 'OR'), 'MIT');
    assert.equal(combineExpressions([], 'AND'), null);
  });

  it('rejects text that is not an SPDX expression', () => {
    assert.throws(() => combineExpressions(['MIT', 'Apache 2.0'], 'AND'), /Not an SPDX licence expression: Apache 2.0/);
  });
});
