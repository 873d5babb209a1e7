import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryFileSystem } from '../../fs/memoryFileSystem';
import { testContext } from '../../../../test/support/context';
import { CountingFileSystem } from '../../../../test/support/countingFileSystem';
import type { DeclaredDependency, Resolution } from '../ecosystem';
import { python } from '.';
import { FIXTURES, fixture } from './testSupport';

const SITE = '.venv/lib/python3.12/site-packages';

function dependency(name: string): DeclaredDependency {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: name.length } };
  return { name, spec: null, range, scope: 'runtime', direct: true };
}

test('a real-looking virtualenv: every licence source, in order of authority', async () => {
  const root = `${FIXTURES}/installed`;
  const context = testContext({ root });
  const resolver = python.createResolver(root, context);
  const results: Record<string, Resolution> = {};
  for (const d of python.parse(fixture('installed/requirements.txt')).dependencies) results[d.name] = await resolver.resolve(d);
  const summary = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, [r.version, r.license]]));
  assert.deepEqual(summary, {
    attrs: ['23.2.0', 'MIT'], // License-Expression
    requests: ['2.31.0', 'Apache-2.0'], // License: "Apache 2.0"; the long description's GPL lines are not read
    six: ['1.16.0', 'MIT'],
    'acme-sdk': ['0.9.0', 'Apache-2.0'], // the whole Apache licence text in License:
    tomli: ['2.0.1', 'MIT'], // only a classifier, and an unambiguous one
    idna: ['3.6', null], // only "BSD License": ambiguous, not guessed
    numpy: ['1.26.4', 'BSD-3-Clause'], // "BSD License" too, but License-File says which
    'acme-private-client': ['2.0.0', 'LicenseRef-Proprietary'],
    'legacy-pkg': ['1.0', 'ISC'], // an egg-info folder
    oldlib: ['0.1', null], // an egg-info file saying License: UNKNOWN
    'typing-extensions': ['4.10.0', 'PSF-2.0'], // typing_extensions-4.10.0.dist-info
    'Zope.Interface': ['6.2', 'ZPL-2.1'], // zope.interface-6.2.dist-info
    flask: ['3.0.2', null], // not installed; poetry.lock pins it
    'not-installed-anywhere': [null, null],
  });

  const metadata = (dist: string, file = 'METADATA') => `${SITE}/${dist}/${file}`;
  assert.deepEqual(results.attrs.evidence, [
    { source: 'package-metadata', file: metadata('attrs-23.2.0.dist-info'), detail: 'License-Expression: MIT' },
    { source: 'package-metadata', file: metadata('attrs-23.2.0.dist-info'), detail: 'Classifier: License :: OSI Approved :: MIT License → MIT' },
  ]);
  assert.deepEqual(results.requests.evidence, [
    { source: 'package-metadata', file: metadata('requests-2.31.0.dist-info'), detail: 'License: "Apache 2.0" → Apache-2.0' },
    {
      source: 'package-metadata',
      file: metadata('requests-2.31.0.dist-info'),
      detail: 'Classifier: License :: OSI Approved :: Apache Software License (ambiguous per PEP 639: it does not say which version or variant)',
    },
  ]);
  assert.equal(results['acme-sdk'].evidence.length, 1);
  assert.match(results['acme-sdk'].evidence[0].detail ?? '', /^License: licence text, Apache-2\.0 text \(\d+% match\)$/);
  assert.deepEqual(results.idna.evidence, [
    {
      source: 'package-metadata',
      file: metadata('idna-3.6.dist-info'),
      detail: 'Classifier: License :: OSI Approved :: BSD License (ambiguous per PEP 639: it does not say which version or variant)',
    },
  ]);
  assert.deepEqual(results.numpy.evidence[1].source, 'license-file');
  assert.equal(results.numpy.evidence[1].file, metadata('numpy-1.26.4.dist-info', 'LICENSE.txt'));
  assert.match(results.numpy.evidence[1].detail ?? '', /BSD-3-Clause/);
  assert.deepEqual(results['acme-private-client'].evidence.map((e) => e.detail), [
    'Classifier: License :: Other/Proprietary License → LicenseRef-Proprietary (a generic classifier, read as proprietary as PEP 639 allows)',
  ]);
  assert.deepEqual(results['legacy-pkg'].evidence, [
    { source: 'package-metadata', file: metadata('legacy_pkg-1.0-py3.12.egg-info', 'PKG-INFO'), detail: 'License: ISC' },
  ]);
  assert.deepEqual(results.flask.evidence, [
    { source: 'lockfile', file: 'poetry.lock', detail: 'version 3.0.2; not installed, so no licence metadata to read' },
  ]);
  assert.deepEqual(results['not-installed-anywhere'].evidence, []);
});

test('a manifest deep in the workspace uses the virtualenv of a folder above it; the installed version beats the lock', async () => {
  const root = `${FIXTURES}/installed`;
  const context = testContext({ root });
  const [six] = python.parse(fixture('installed/services/api/requirements.txt')).dependencies;
  const result = await python.createResolver(`${root}/services/api`, context).resolve(six);
  assert.equal(result.version, '1.16.0'); // poetry.lock above says 1.15.0: what is installed is what runs
  assert.equal(result.license, 'MIT');
  assert.equal(result.evidence[0].file, `${SITE}/six-1.16.0.dist-info/METADATA`);
});

const metadataText = (name: string, version: string, headers = '', body = '') =>
  `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n${headers}\n${body}`;

test('500 installed distributions: one listing, and only the METADATA headers of the packages asked for', async () => {
  const files: Record<string, string> = { '/w/app/.venv/pyvenv.cfg': 'version = 3.12.3\n' };
  const longDescription = 'A long description. '.repeat(50_000); // 1 MB after the headers
  for (let i = 0; i < 500; i++) {
    const body = [7, 42, 499].includes(i) ? longDescription : 'Short.\n';
    files[`/w/app/${SITE}/pkg_${i}-1.${i}.0.dist-info/METADATA`] = metadataText(`pkg-${i}`, `1.${i}.0`, 'License-Expression: MIT\n', body);
  }
  const fs = new CountingFileSystem(new MemoryFileSystem(files));
  const context = testContext({ root: '/w', fs });
  const wanted = ['pkg-7', 'PKG_42', 'pkg.499'];
  const resolved = await Promise.all(wanted.map((name) => python.createResolver('/w/app', context).resolve(dependency(name))));
  assert.deepEqual(resolved.map((r) => [r.version, r.license]), [['1.7.0', 'MIT'], ['1.42.0', 'MIT'], ['1.499.0', 'MIT']]);
  assert.deepEqual(fs.listings.filter((p) => p.endsWith('site-packages')), [`/w/app/${SITE}`]);
  assert.equal(fs.prefixReads.length, 3);
  assert.deepEqual(fs.fileReads.filter((p) => p.endsWith('METADATA')), []); // the 1 MB descriptions were never read

  // Other manifests of the same scan share the work: nothing is read again.
  const before = fs.prefixReads.length + fs.listings.length;
  await python.createResolver('/w/app/sub', context).resolve(dependency('pkg-7'));
  await python.createResolver('/w/app', context).resolve(dependency('pkg_42'));
  assert.equal(fs.prefixReads.length + fs.listings.length, before);
});

test('headers longer than the first read are read whole', async () => {
  const longLicense = Array.from({ length: 600 }, (_, i) => `        clause ${i}: permission is granted to use this software freely.`).join('\n');
  const files = {
    '/w/.venv/pyvenv.cfg': '',
    [`/w/${SITE}/bigtext-1.0.dist-info/METADATA`]: metadataText('bigtext', '1.0', `License: Custom terms\n${longLicense}\nClassifier: License :: OSI Approved :: MIT License\n`),
  };
  const fs = new CountingFileSystem(new MemoryFileSystem(files));
  const result = await python.createResolver('/w', testContext({ root: '/w', fs })).resolve(dependency('bigtext'));
  assert.deepEqual(fs.fileReads.filter((p) => p.endsWith('METADATA')), [`/w/${SITE}/bigtext-1.0.dist-info/METADATA`]);
  // The licence text matches nothing known; the classifier after it still counts.
  assert.equal(result.license, 'MIT');
});

test('the folder name is a hint, the METADATA Name decides', async () => {
  const files = {
    '/w/.venv/pyvenv.cfg': '',
    // A stale folder left by an interrupted upgrade, for another project that shares the prefix.
    [`/w/${SITE}/requests-2.0.0.dist-info/METADATA`]: metadataText('requests-toolbelt', '2.0.0', 'License: Apache 2.0\n'),
    [`/w/${SITE}/Requests-2.31.0.dist-info/METADATA`]: metadataText('requests', '2.31.0', 'License-Expression: Apache-2.0\n'),
  };
  const result = await python.createResolver('/w', testContext({ root: '/w', files })).resolve(dependency('requests'));
  assert.equal(result.version, '2.31.0');
});

test('Windows virtualenvs (Lib/site-packages), a .env file that is not a virtualenv, and env/ that is one', async () => {
  const files = {
    '/w/.env': 'SECRET=1\n',
    '/w/env/pyvenv.cfg': 'home = C:\\Python312\n',
    '/w/env/Lib/site-packages/colorama-0.4.6.dist-info/METADATA': metadataText('colorama', '0.4.6', 'License-Expression: BSD-3-Clause\n'),
  };
  const result = await python.createResolver('/w', testContext({ root: '/w', files })).resolve(dependency('colorama'));
  assert.deepEqual([result.version, result.license], ['0.4.6', 'BSD-3-Clause']);
  assert.equal(result.evidence[0].file, 'env/Lib/site-packages/colorama-0.4.6.dist-info/METADATA');
});

test('the activated $VIRTUAL_ENV, outside the workspace, after the project\'s own virtualenvs', async () => {
  const files = {
    '/home/me/.virtualenvs/acme/pyvenv.cfg': '',
    '/home/me/.virtualenvs/acme/lib/python3.11/site-packages/rich-13.7.1.dist-info/METADATA': metadataText('rich', '13.7.1', 'License-Expression: MIT\n'),
    '/home/me/.virtualenvs/acme/lib/python3.11/site-packages/six-1.15.0.dist-info/METADATA': metadataText('six', '1.15.0', 'License: MIT\n'),
    '/w/.venv/pyvenv.cfg': '',
    [`/w/${SITE}/six-1.16.0.dist-info/METADATA`]: metadataText('six', '1.16.0', 'License: MIT\n'),
  };
  const context = testContext({ root: '/w', files, env: { VIRTUAL_ENV: '/home/me/.virtualenvs/acme' }, home: '/home/me' });
  const resolver = python.createResolver('/w', context);
  const rich = await resolver.resolve(dependency('rich'));
  assert.equal(rich.evidence[0].file, '~/.virtualenvs/acme/lib/python3.11/site-packages/rich-13.7.1.dist-info/METADATA');
  assert.equal((await resolver.resolve(dependency('six'))).version, '1.16.0');
});

test('License-File entries: PEP 639 licenses/ folder; files matching no licence do not block the others', async () => {
  const mit = fixture(`installed/${SITE}/attrs-23.2.0.dist-info/licenses/LICENSE`).text;
  const files = {
    '/w/.venv/pyvenv.cfg': '',
    [`/w/${SITE}/fancy-2.0.dist-info/METADATA`]: metadataText(
      'fancy',
      '2.0',
      'License-File: LICENSES/MIT.txt\nLicense-File: AUTHORS.rst\nLicense-File: ../../../etc/passwd\nClassifier: License :: OSI Approved :: BSD License\n',
    ),
    [`/w/${SITE}/fancy-2.0.dist-info/licenses/LICENSES/MIT.txt`]: mit,
    [`/w/${SITE}/fancy-2.0.dist-info/licenses/AUTHORS.rst`]: 'Jane Doe <jane@example.com>\nJohn Roe\n',
  };
  const result = await python.createResolver('/w', testContext({ root: '/w', files })).resolve(dependency('fancy'));
  assert.equal(result.license, 'MIT');
  assert.deepEqual(
    result.evidence.map((e) => [e.source, e.file]),
    [
      ['package-metadata', `${SITE}/fancy-2.0.dist-info/METADATA`],
      ['license-file', `${SITE}/fancy-2.0.dist-info/licenses/LICENSES/MIT.txt`],
      ['license-file', `${SITE}/fancy-2.0.dist-info/licenses/AUTHORS.rst`],
    ],
  );
});

test('an editable install of the workspace\'s own code is internal (PEP 610 direct_url.json)', async () => {
  const files = {
    '/w/.venv/pyvenv.cfg': '',
    [`/w/${SITE}/acme_core-0.1.0.dist-info/METADATA`]: metadataText('acme-core', '0.1.0', 'License-Expression: Apache-2.0\n'),
    [`/w/${SITE}/acme_core-0.1.0.dist-info/direct_url.json`]: '{"dir_info": {"editable": true}, "url": "file:///w/packages/acme%2Dcore"}',
    [`/w/${SITE}/wheel_from_disk-1.0.dist-info/METADATA`]: metadataText('wheel-from-disk', '1.0', 'License-Expression: MIT\n'),
    [`/w/${SITE}/wheel_from_disk-1.0.dist-info/direct_url.json`]: '{"archive_info": {}, "url": "file:///tmp/wheel_from_disk-1.0-py3-none-any.whl"}',
  };
  const resolver = python.createResolver('/w', testContext({ root: '/w', files }));
  const core = await resolver.resolve(dependency('acme-core'));
  assert.equal(core.internal, 'installed from the workspace folder packages/acme-core');
  const wheel = await resolver.resolve(dependency('wheel-from-disk'));
  assert.equal(wheel.internal, undefined);
  assert.equal(wheel.license, 'MIT');
});

test('without a virtualenv the nearest folder with a lockfile gives the version', async () => {
  const files = {
    '/w/uv.lock': 'version = 1\n[[package]]\nname = "httpx"\nversion = "0.27.0"\nsource = { registry = "https://pypi.org/simple" }\n',
    '/w/services/api/requirements.txt': 'httpx\n',
  };
  const result = await python.createResolver('/w/services/api', testContext({ root: '/w', files })).resolve(dependency('HTTPX'));
  assert.deepEqual([result.version, result.license], ['0.27.0', null]);
  assert.deepEqual(result.evidence.map((e) => e.file), ['uv.lock']);
});

test('unreadable or broken metadata is no licence, not an error', async () => {
  const files = {
    '/w/.venv/pyvenv.cfg': '',
    [`/w/${SITE}/broken-1.0.dist-info/METADATA`]: '\u0000\u0001garbage without headers',
    [`/w/${SITE}/empty-1.0.dist-info/RECORD`]: '',
  };
  const resolver = python.createResolver('/w', testContext({ root: '/w', files }));
  assert.deepEqual(await resolver.resolve(dependency('broken')), { version: null, license: null, evidence: [] });
  assert.deepEqual(await resolver.resolve(dependency('empty')), { version: null, license: null, evidence: [] });
});
