import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLicenseClassifiers } from './classifiers';

test('a single classifier that names one licence maps to it', () => {
  assert.equal(readLicenseClassifiers(['License :: OSI Approved :: MIT License']).license, 'MIT');
  assert.equal(readLicenseClassifiers(['License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)']).license, 'GPL-3.0-or-later');
  assert.equal(readLicenseClassifiers(['License :: OSI Approved :: Python Software Foundation License']).license, 'PSF-2.0');
});

test('PEP 639\'s ambiguous classifiers are never mapped: BSD, Apache, GPL without a version …', () => {
  for (const classifier of [
    'License :: OSI Approved :: BSD License',
    'License :: OSI Approved :: Apache Software License',
    'License :: OSI Approved :: GNU General Public License (GPL)',
    'License :: OSI Approved :: GNU General Public License v3 (GPLv3)',
    'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)',
  ]) {
    const verdict = readLicenseClassifiers([classifier]);
    assert.equal(verdict.license, undefined, classifier);
    assert.match(verdict.readings[0].note ?? '', /ambiguous per PEP 639/);
  }
});

test('several licence classifiers do not say how they combine: none is mapped', () => {
  const verdict = readLicenseClassifiers(['License :: OSI Approved :: MIT License', 'License :: OSI Approved :: Apache Software License']);
  assert.equal(verdict.license, undefined);
  assert.deepEqual(verdict.readings.map((r) => r.note), [
    'one of several licence classifiers, which do not say how they combine',
    'ambiguous per PEP 639: it does not say which version or variant',
  ]);
});

test('a parent classifier adds nothing to its child; non-licence classifiers are ignored', () => {
  const verdict = readLicenseClassifiers(['Programming Language :: Python', 'License :: OSI Approved', 'License :: OSI Approved :: ISC License (ISCL)']);
  assert.equal(verdict.license, 'ISC');
  assert.deepEqual(verdict.readings.map((r) => [r.classifier, r.note]), [
    ['License :: OSI Approved', 'names no licence'],
    ['License :: OSI Approved :: ISC License (ISCL)', undefined],
  ]);
});

test('Other/Proprietary and the generic non-open grants read as proprietary, with a caution', () => {
  for (const classifier of ['License :: Other/Proprietary License', 'License :: Freeware', 'License :: Free for non-commercial use']) {
    const verdict = readLicenseClassifiers([classifier]);
    assert.equal(verdict.license, 'LicenseRef-Proprietary');
    assert.match(verdict.readings[0].note ?? '', /generic classifier, read as proprietary/);
  }
});

test('classifiers without a single SPDX licence say so', () => {
  const verdict = readLicenseClassifiers(['License :: OSI Approved :: Zope Public License']);
  assert.equal(verdict.license, undefined);
  assert.equal(verdict.readings[0].note, 'names no single SPDX licence');
});
