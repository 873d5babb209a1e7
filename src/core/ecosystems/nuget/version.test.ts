import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareNuGetVersions, exactVersion, normalizeNuGetVersion } from './version';

test('exact versions: a bare version or [x]; ranges, floating versions and properties are not', () => {
  assert.equal(exactVersion('13.0.3'), '13.0.3');
  assert.equal(exactVersion(' [13.0.3] '), '13.0.3');
  assert.equal(exactVersion('1.0.0-beta.2+sha.5114f85'), '1.0.0-beta.2+sha.5114f85');
  assert.equal(exactVersion('[1.0,2.0)'), undefined);
  assert.equal(exactVersion('[1.0'), undefined);
  assert.equal(exactVersion('6.*'), undefined);
  assert.equal(exactVersion('$(SerilogVersion)'), undefined);
  assert.equal(exactVersion(null), undefined);
});

test('normalised as the global packages folder names its directories', () => {
  assert.equal(normalizeNuGetVersion('1.0'), '1.0.0');
  assert.equal(normalizeNuGetVersion('1.00.01'), '1.0.1');
  assert.equal(normalizeNuGetVersion('4.4.1.0'), '4.4.1');
  assert.equal(normalizeNuGetVersion('4.4.1.7'), '4.4.1.7');
  assert.equal(normalizeNuGetVersion('2.0.0-Preview.1+build.7'), '2.0.0-preview.1');
});

test('version order: numeric parts, then a release above its pre-releases', () => {
  assert.deepEqual(['2.1.15', '2.1.9', '2.1.24', '2.1.24-beta', '10.0.0'].sort(compareNuGetVersions), ['2.1.9', '2.1.15', '2.1.24-beta', '2.1.24', '10.0.0']);
});
