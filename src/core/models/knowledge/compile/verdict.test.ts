import assert from 'node:assert/strict';
import { test } from 'node:test';
import { licenseAvailability, osaidOf, reasonFor, verdictOf } from './verdict';

test('verdicts: no weights is closed; open licences open; anything else downloadable is restricted', () => {
  assert.equal(verdictOf('none', null), 'closed');
  assert.equal(verdictOf('open', 'Apache-2.0'), 'open');
  assert.equal(verdictOf('open', 'MIT'), 'open');
  assert.equal(verdictOf('gated', 'Apache-2.0'), 'open');
  // Open licences without use restrictions that OSI does not list count as open, as for packages.
  assert.equal(verdictOf('open', 'CC-BY-4.0'), 'open');
  assert.equal(verdictOf('gated', 'LicenseRef-llama3.1'), 'restricted');
  assert.equal(verdictOf('open', 'LicenseRef-openrail-plus-plus'), 'restricted');
  assert.equal(verdictOf('open', 'CC-BY-NC-4.0'), 'restricted');
  assert.equal(verdictOf('open', 'LicenseRef-mrl'), 'restricted');
  assert.equal(verdictOf('open', null), 'restricted');
});

test('OSAID needs open weights, code and data; unknown dimensions give null', () => {
  assert.equal(osaidOf('open', 'open', 'open'), true);
  assert.equal(osaidOf('open', 'open', 'partial'), false);
  assert.equal(osaidOf('open', 'closed', 'open'), false);
  assert.equal(osaidOf('restricted', 'open', 'open'), false);
  assert.equal(osaidOf('closed', 'unknown', 'unknown'), false);
  assert.equal(osaidOf('open', 'unknown', 'open'), null);
  assert.equal(osaidOf('open', 'open', 'unknown'), null);
});

test('the licence dimension', () => {
  assert.equal(licenseAvailability('open', 'MIT'), 'open');
  assert.equal(licenseAvailability('restricted', 'LicenseRef-gemma'), 'partial');
  assert.equal(licenseAvailability('restricted', null), 'closed');
  assert.equal(licenseAvailability('closed', null), 'closed');
});

test('reasons name the licence and how it restricts', () => {
  assert.equal(reasonFor('closed', 'none', null, undefined), 'no downloadable weights: available only as a hosted service');
  assert.equal(reasonFor('open', 'open', 'Apache-2.0', undefined), 'weights downloadable under Apache-2.0 (an OSI-approved licence)');
  assert.equal(reasonFor('open', 'open', 'CC-BY-4.0', undefined), 'weights downloadable under CC-BY-4.0 (an open licence without use restrictions)');
  assert.equal(reasonFor('restricted', 'gated', 'LicenseRef-gemma', { name: 'Gemma Terms of Use', restricts: 'binds every use to a prohibited-use policy' }),
    'weights downloadable after accepting terms, but the Gemma Terms of Use binds every use to a prohibited-use policy');
  assert.match(reasonFor('restricted', 'open', 'CC-BY-NC-4.0', undefined), /^weights downloadable, but non-commercial \(CC-BY-NC-4.0\)/);
  assert.equal(reasonFor('restricted', 'open', null, undefined), 'weights downloadable, but no licence is identified (without one, all rights are reserved)');
});
