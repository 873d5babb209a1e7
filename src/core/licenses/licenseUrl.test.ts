import assert from 'node:assert/strict';
import { test } from 'node:test';
import { licenseFromUrl } from './licenseUrl';

test('URLs that name one licence', () => {
  const cases: [string, string][] = [
    ['https://licenses.nuget.org/MIT', 'MIT'],
    ['https://licenses.nuget.org/(MIT%20OR%20Apache-2.0)', 'MIT OR Apache-2.0'],
    ['http://www.opensource.org/licenses/mit-license.php', 'MIT'],
    ['https://opensource.org/licenses/BSD-3-Clause', 'BSD-3-Clause'],
    ['https://opensource.org/license/apache-2-0/', 'Apache-2.0'],
    ['http://www.apache.org/licenses/LICENSE-2.0.html', 'Apache-2.0'],
    ['https://www.apache.org/licenses/LICENSE-2.0.txt', 'Apache-2.0'],
    ['https://spdx.org/licenses/MPL-2.0.html', 'MPL-2.0'],
    ['https://www.eclipse.org/legal/epl-v20.html', 'EPL-2.0'],
    ['http://www.gnu.org/licenses/lgpl-2.1.html', 'LGPL-2.1-only'],
    ['https://rem.mit-license.org', 'MIT'],
    ['http://unlicense.org/', 'Unlicense'],
    // Microsoft's .NET library licence, known from the declared-licence mappings.
    ['http://go.microsoft.com/fwlink/?LinkId=329770', 'LicenseRef-scancode-ms-net-library-2019-06'],
  ];
  for (const [url, expected] of cases) assert.equal(licenseFromUrl(url), expected, url);
});

test('URLs that do not say which licence', () => {
  for (const url of [
    'https://github.com/DotNetAnalyzers/StyleCopAnalyzers/blob/master/LICENSE',
    'https://projectlombok.org/LICENSE',
    'https://www.gnu.org/licenses/gpl.html',
    'https://licenses.nuget.org/%E0%A4%A',
    'not a url',
    '',
  ]) {
    assert.equal(licenseFromUrl(url), undefined, url);
  }
});
