import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCoreMetadata } from './coreMetadata';

test('headers only: the long description after the first blank line is never read', () => {
  const metadata = parseCoreMetadata(
    'Metadata-Version: 2.4\nName: attrs\nVersion: 23.2.0\nLicense-Expression: MIT\nLicense-File: LICENSE\nLicense-File: licenses/NOTICE\n' +
      'Classifier: License :: OSI Approved :: MIT License\nClassifier: Typing :: Typed\n\nLicense: GPL-3.0-only\nClassifier: License :: Other/Proprietary License\n',
  );
  assert.equal(metadata.name, 'attrs');
  assert.equal(metadata.version, '23.2.0');
  assert.equal(metadata.licenseExpression, 'MIT');
  assert.equal(metadata.license, undefined);
  assert.deepEqual(metadata.classifiers, ['License :: OSI Approved :: MIT License', 'Typing :: Typed']);
  assert.deepEqual(metadata.licenseFiles, ['LICENSE', 'licenses/NOTICE']);
});

test('a multi-line License field: setuptools folds with 8 spaces, the spec with 7 spaces and `|`', () => {
  const setuptools = parseCoreMetadata('Name: x\nLicense: Copyright (c) 2010 X\n        \n        Permission is hereby granted\nVersion: 1\n');
  assert.equal(setuptools.license, 'Copyright (c) 2010 X\n\nPermission is hereby granted');
  assert.equal(setuptools.version, '1');
  const spec = parseCoreMetadata('Name: x\r\nLicense: line one\r\n       |  indented\r\n       |\r\n\r\nbody');
  assert.equal(spec.license, 'line one\n  indented');
});

test('case-insensitive field names, empty values and a file with no body', () => {
  const metadata = parseCoreMetadata('name: Zope.Interface\nLICENSE: \nlicense-file:\nversion: 6.2');
  assert.equal(metadata.name, 'Zope.Interface');
  assert.equal(metadata.license, undefined);
  assert.deepEqual(metadata.licenseFiles, []);
  assert.equal(metadata.version, '6.2');
});
