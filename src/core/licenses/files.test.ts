import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testContext } from '../../../test/support/context';
import { assessLicense, identifyLicenseFiles, resolveDeclaredLicense } from './index';
import { isLicenseFileName } from './files';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const MIT = fixture('MIT.txt');
const APACHE = fixture('Apache-2.0.txt');
const PKG = '/project/node_modules/foo';
const where = { packageDir: PKG, metadataFile: `${PKG}/package.json` };

describe('isLicenseFileName', () => {
  it('accepts the conventional names in any case', () => {
    for (const name of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'licence.rst', 'license', 'License.markdown', 'COPYING', 'COPYING.LESSER', 'COPYING.LIB', 'UNLICENSE', 'LICENSE-MIT', 'LICENSE-APACHE', 'LICENSE.BSD', 'license_apache-2.0.txt']) {
      assert.ok(isLicenseFileName(name), name);
    }
  });

  it('rejects source and data files that merely share the name', () => {
    for (const name of ['license.js', 'LICENSE.json', 'license.ts', 'licenses.html', 'licensed.txt', 'README.md', 'package.json', 'NOTICE']) {
      assert.ok(!isLicenseFileName(name), name);
    }
  });
});

describe('identifyLicenseFiles', () => {
  it('identifies the licence file of a package, with evidence relative to the scanned folder', async () => {
    const context = testContext({ root: '/project', files: { [`${PKG}/LICENSE`]: MIT, [`${PKG}/index.js`]: 'module.exports = 1;' } });
    assert.deepEqual(await identifyLicenseFiles(context, PKG), {
      expression: 'MIT',
      evidence: [{ source: 'license-file', file: 'node_modules/foo/LICENSE', detail: 'MIT text (100% match)' }],
    });
  });

  it('shows paths in package caches outside the folder from the home directory', async () => {
    const dir = '/home/me/.cargo/registry/src/index/foo-1.0.0';
    const context = testContext({ root: '/project', home: '/home/me', files: { [`${dir}/LICENSE-MIT`]: MIT } });
    const found = await identifyLicenseFiles(context, dir);
    assert.equal(found.evidence[0]!.file, '~/.cargo/registry/src/index/foo-1.0.0/LICENSE-MIT');
  });

  it('shows paths relative to the scanned folder, whichever it is', async () => {
    const context = testContext({ root: '/project/node_modules', files: { [`${PKG}/LICENSE`]: MIT } });
    assert.equal((await identifyLicenseFiles(context, PKG)).evidence[0]!.file, 'foo/LICENSE');
  });

  it('combines several licence files with AND, LICENSE-MIT + LICENSE-APACHE included', async () => {
    const context = testContext({ root: '/project', files: { [`${PKG}/LICENSE-MIT`]: MIT, [`${PKG}/LICENSE-APACHE`]: APACHE } });
    const found = await identifyLicenseFiles(context, PKG);
    assert.equal(found.expression, 'Apache-2.0 AND MIT');
    assert.deepEqual(found.evidence.map((e) => e.file), ['node_modules/foo/LICENSE-APACHE', 'node_modules/foo/LICENSE-MIT']);
    assert.equal(assessLicense(found.expression).verdict, 'open');
  });

  it('reads LGPL packages: COPYING + COPYING.LESSER', async () => {
    const context = testContext({ root: '/project', files: { [`${PKG}/COPYING`]: fixture('GPL-3.0.txt'), [`${PKG}/COPYING.LESSER`]: fixture('LGPL-3.0.txt') } });
    assert.equal((await identifyLicenseFiles(context, PKG)).expression, 'GPL-3.0-only AND LGPL-3.0-only');
  });

  it('reads a Markdown LICENSE.md with CRLF line endings', async () => {
    const context = testContext({ root: '/project', files: { [`${PKG}/LICENSE.md`]: fixture('LICENSE.md') } });
    assert.equal((await identifyLicenseFiles(context, PKG)).expression, 'MIT');
  });

  it('keeps an unidentified licence file as a LicenseRef that judges unknown, saying what it resembles', async () => {
    const context = testContext({ root: '/project', files: { [`${PKG}/LICENSE`]: fixture('MIT-commons-clause.txt') } });
    const found = await identifyLicenseFiles(context, PKG);
    assert.equal(found.expression, 'LicenseRef-unidentified-LICENSE');
    assert.equal(assessLicense(found.expression).verdict, 'unknown');
    assert.match(found.evidence[0]!.detail!, /^includes the MIT text with other terms/);
  });

  it('reads a licence file holding just a licence name', async () => {
    const context = testContext({ root: '/project', files: { [`${PKG}/LICENSE`]: 'Apache-2.0\n' } });
    assert.deepEqual(await identifyLicenseFiles(context, PKG), {
      expression: 'Apache-2.0',
      evidence: [{ source: 'license-file', file: 'node_modules/foo/LICENSE', detail: 'names Apache-2.0' }],
    });
  });

  it('skips binary files, files over 256 KB and directories', async () => {
    const binary = new Uint8Array([0x4d, 0x49, 0x54, 0, 1, 2]);
    const context = testContext({
      root: '/project',
      files: {
        [`${PKG}/LICENSE.bin`]: binary,
        [`${PKG}/LICENSE.txt`]: MIT + '\n'.repeat(300 * 1024),
        [`${PKG}/LICENSE/README`]: 'a folder named LICENSE',
      },
    });
    assert.deepEqual(await identifyLicenseFiles(context, PKG), { expression: null, evidence: [] });
  });

  it('finds nothing in a folder that does not exist', async () => {
    const context = testContext({ root: '/project', files: {} });
    assert.deepEqual(await identifyLicenseFiles(context, '/project/missing'), { expression: null, evidence: [] });
  });
});

describe('resolveDeclaredLicense', () => {
  it('normalises what the metadata declares and says so in the evidence', async () => {
    const context = testContext({ root: '/project', files: {} });
    assert.deepEqual(await resolveDeclaredLicense(context, 'Apache 2.0 License', where), {
      expression: 'Apache-2.0',
      evidence: [{ source: 'package-metadata', file: 'node_modules/foo/package.json', detail: 'license: "Apache 2.0 License" → Apache-2.0' }],
    });
    assert.deepEqual((await resolveDeclaredLicense(context, 'MIT', where)).evidence, [
      { source: 'package-metadata', file: 'node_modules/foo/package.json', detail: 'license: "MIT"' },
    ]);
  });

  it('names the field it read', async () => {
    const context = testContext({ root: '/project', files: {} });
    const found = await resolveDeclaredLicense(context, 'GPL-2.0+', { packageDir: '/project/.venv/lib/x', metadataFile: '/project/.venv/lib/x/METADATA', field: 'License' });
    assert.equal(found.expression, 'GPL-2.0-or-later');
    assert.equal(found.evidence[0]!.detail, 'License: "GPL-2.0+" → GPL-2.0-or-later');
  });

  it('reads legacy objects and arrays', async () => {
    const context = testContext({ root: '/project', files: {} });
    assert.equal((await resolveDeclaredLicense(context, { type: 'MIT', url: 'x' }, where)).expression, 'MIT');
    const both = await resolveDeclaredLicense(context, [{ type: 'MIT' }, { type: 'Apache-2.0' }], where);
    assert.equal(both.expression, 'MIT OR Apache-2.0');
    assert.equal(both.evidence[0]!.detail, 'license: "MIT, Apache-2.0" → MIT OR Apache-2.0');
  });

  it('keeps UNLICENSED proprietary even when a LICENSE file says otherwise', async () => {
    const context = testContext({ root: '/project', files: { [`${PKG}/LICENSE`]: MIT } });
    const found = await resolveDeclaredLicense(context, 'UNLICENSED', where);
    assert.equal(found.expression, 'LicenseRef-UNLICENSED');
    assert.equal(assessLicense(found.expression).verdict, 'closed');
    assert.equal(found.evidence.length, 1);
  });

  it('follows SEE LICENSE IN <file> inside the package and identifies the file', async () => {
    const context = testContext({ root: '/project', files: { [`${PKG}/docs/LICENSE.txt`]: APACHE } });
    assert.deepEqual(await resolveDeclaredLicense(context, 'SEE LICENSE IN docs/LICENSE.txt', where), {
      expression: 'Apache-2.0',
      evidence: [
        { source: 'package-metadata', file: 'node_modules/foo/package.json', detail: 'license: "SEE LICENSE IN docs/LICENSE.txt"' },
        { source: 'license-file', file: 'node_modules/foo/docs/LICENSE.txt', detail: 'Apache-2.0 text (100% match)' },
      ],
    });
  });

  it('keeps a custom licence named by SEE LICENSE IN as a LicenseRef that judges unknown', async () => {
    const custom = 'ACME WIDGETS COMMUNITY LICENSE\n\nYou may use and copy this software for evaluation and internal projects. Copyright Acme Widgets Ltd.';
    const context = testContext({ root: '/project', files: { [`${PKG}/EULA.txt`]: custom } });
    const found = await resolveDeclaredLicense(context, 'SEE LICENSE IN EULA.txt', where);
    assert.equal(found.expression, 'LicenseRef-SEE-LICENSE-IN-EULA.txt');
    assert.equal(assessLicense(found.expression).verdict, 'unknown');
    assert.equal(found.evidence[1]!.detail, 'not a known licence text');
  });

  it('reads an EULA that forbids copying and reserves all rights as proprietary', async () => {
    const eula = 'ACME WIDGETS END USER LICENSE AGREEMENT\n\nYou may not copy, modify or distribute this software. All rights reserved by Acme Widgets Ltd.';
    const context = testContext({ root: '/project', files: { [`${PKG}/EULA.txt`]: eula } });
    const found = await resolveDeclaredLicense(context, 'SEE LICENSE IN EULA.txt', where);
    assert.equal(found.expression, 'LicenseRef-Proprietary');
    assert.equal(assessLicense(found.expression).verdict, 'closed');
  });

  it('never reads outside the package for SEE LICENSE IN', async () => {
    const context = testContext({ root: '/project', files: { '/project/secret.txt': MIT, '/etc/LICENSE': MIT } });
    for (const declared of ['SEE LICENSE IN ../../secret.txt', 'SEE LICENSE IN docs/../../../secret.txt', 'SEE LICENSE IN /etc/LICENSE', 'SEE LICENSE IN ..\\..\\secret.txt', 'SEE LICENSE IN C:\\LICENSE']) {
      const found = await resolveDeclaredLicense(context, declared, where);
      assert.equal(found.expression?.startsWith('LicenseRef-SEE-LICENSE-IN-'), true, declared);
      assert.deepEqual(found.evidence, [
        { source: 'package-metadata', file: 'node_modules/foo/package.json', detail: `license: ${JSON.stringify(declared)}: outside the package, not read` },
      ]);
    }
  });

  it('says when the referenced file is missing', async () => {
    const context = testContext({ root: '/project', files: {} });
    const found = await resolveDeclaredLicense(context, 'SEE LICENSE IN LICENSE', where);
    assert.equal(found.evidence[0]!.detail, 'license: "SEE LICENSE IN LICENSE": file not found');
  });

  it('falls back to the licence files when nothing is declared', async () => {
    const context = testContext({ root: '/project', files: { [`${PKG}/LICENSE`]: MIT } });
    assert.deepEqual(await resolveDeclaredLicense(context, undefined, where), {
      expression: 'MIT',
      evidence: [{ source: 'license-file', file: 'node_modules/foo/LICENSE', detail: 'MIT text (100% match)' }],
    });
    const empty = testContext({ root: '/project', files: { [`${PKG}/package.json`]: '{}' } });
    assert.deepEqual(await resolveDeclaredLicense(empty, '', where), { expression: null, evidence: [] });
  });

  it('lets a licence file settle an ambiguous declaration ("BSD" + a BSD-3-Clause text)', async () => {
    const context = testContext({ root: '/project', files: { [`${PKG}/LICENSE`]: fixture('BSD-3-Clause-northwind.txt') } });
    const found = await resolveDeclaredLicense(context, 'BSD', where);
    assert.equal(found.expression, 'BSD-3-Clause');
    assert.deepEqual(found.evidence.map((e) => e.detail), ['license: "BSD" → LicenseRef-BSD', 'BSD-3-Clause text (100% match)']);
  });

  it('keeps the ambiguous declaration when no licence file says more', async () => {
    const context = testContext({ root: '/project', files: {} });
    assert.equal((await resolveDeclaredLicense(context, 'BSD License', where)).expression, 'LicenseRef-BSD-License');
  });

  it('identifies a whole licence text given as the declared licence (Python\'s License: field)', async () => {
    const context = testContext({ root: '/project', files: {} });
    const found = await resolveDeclaredLicense(context, MIT, { packageDir: '/project/.venv/x', metadataFile: '/project/.venv/x/METADATA', field: 'License' });
    assert.deepEqual(found, {
      expression: 'MIT',
      evidence: [{ source: 'package-metadata', file: '.venv/x/METADATA', detail: 'License: licence text, MIT text (100% match)' }],
    });
  });
});

describe('proprietary notices', () => {
  it('reads a file that reserves all rights and grants nothing as proprietary, not unknown', async () => {
    const context = testContext({
      root: '/ws',
      files: { '/ws/vendor/metering/LICENSE': 'Copyright (c) 2024 ACME Corp. All rights reserved.\n\nThis software is proprietary and confidential.\nUnauthorized copying of this file is strictly prohibited without the express written permission of ACME.\nThe Software is licensed, not sold, to subscribers.\n' },
    });
    const found = await identifyLicenseFiles(context, '/ws/vendor/metering');
    assert.equal(found.expression, 'LicenseRef-Proprietary');
    assert.equal(assessLicense(found.expression).verdict, 'closed');
    assert.match(found.evidence[0].detail ?? '', /proprietary notice/);
  });

  it('never takes a modified open licence that says "All rights reserved" for a proprietary one', async () => {
    const context = testContext({
      root: '/ws',
      files: { '/ws/pkg/LICENSE': 'Copyright (c) 2024 Jane. All rights reserved.\n\nRedistribution and use in source form, with or without modification, are permitted for good purposes only.\n' },
    });
    const found = await identifyLicenseFiles(context, '/ws/pkg');
    assert.notEqual(found.expression, 'LicenseRef-Proprietary');
    assert.equal(assessLicense(found.expression).verdict, 'unknown');
  });
});
