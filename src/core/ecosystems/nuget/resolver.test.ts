import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { ScopedFileSystem } from '../../fs/scopedFileSystem';
import { NodeFileSystem } from '../../../node/nodeFileSystem';
import { testContext } from '../../../../test/support/context';
import { CountingFileSystem } from '../../../../test/support/countingFileSystem';
import type { DeclaredDependency, Resolution } from '../ecosystem';
import { nuget } from './index';
import { nugetCacheRoots } from './resolver';

const FIXTURES = join(__dirname, 'fixtures');
const HOME = join(FIXTURES, 'home');

async function resolveFile(root: string, relative: string, context = testContext({ root: join(FIXTURES, root), home: HOME })): Promise<Map<string, Resolution>> {
  const path = join(FIXTURES, relative);
  const { dependencies } = nuget.parse({ path, text: readFileSync(path, 'utf8') });
  const resolver = nuget.createResolver(dirname(path), context);
  const out = new Map<string, Resolution>();
  for (const dependency of dependencies) out.set(dependency.name, await resolver.resolve(dependency));
  return out;
}

const dependency = (name: string, spec: string | null): DeclaredDependency => ({
  name,
  spec,
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  scope: 'runtime',
  direct: true,
});

test('cache roots: $NUGET_PACKAGES, else ~/.nuget/packages', () => {
  assert.deepEqual(nugetCacheRoots({}, '/home/dev'), ['/home/dev/.nuget/packages']);
  assert.deepEqual(nugetCacheRoots({ NUGET_PACKAGES: '/ci/nuget/' }, '/home/dev'), ['/ci/nuget']);
  assert.deepEqual(nugetCacheRoots({}, undefined), []);
});

test('central versions and the lockfile give versions; <license type="expression"> the licence', async () => {
  const api = await resolveFile('solution', 'solution/src/Shop.Api/Shop.Api.csproj');
  assert.deepEqual(api.get('Newtonsoft.Json'), {
    version: '13.0.3',
    license: 'MIT',
    evidence: [{ source: 'package-metadata', file: '~/.nuget/packages/newtonsoft.json/13.0.3/newtonsoft.json.nuspec', detail: '<license type="expression">MIT</license>' }],
  });
  // $(SerilogVersion) in Directory.Packages.props.
  assert.equal(api.get('Serilog')?.version, '3.1.1');
  assert.equal(api.get('Serilog')?.license, 'Apache-2.0');
  // VersionOverride beats the central 2.1.15.
  assert.equal(api.get('Dapper')?.version, '2.1.24');
});

test('a property from Directory.Build.props; <license type="file"> identified in the package', async () => {
  const tests = await resolveFile('solution', 'solution/tests/Shop.Tests/Shop.Tests.fsproj');
  assert.equal(tests.get('Polly')?.version, '8.2.0');
  assert.equal(tests.get('Polly')?.license, 'BSD-3-Clause');
  assert.deepEqual(tests.get('Microsoft.NET.Test.Sdk'), {
    version: '17.8.0',
    license: 'MIT',
    evidence: [
      { source: 'package-metadata', file: '~/.nuget/packages/microsoft.net.test.sdk/17.8.0/microsoft.net.test.sdk.nuspec', detail: '<license type="file">LICENSE_MIT.txt</license>' },
      { source: 'license-file', file: '~/.nuget/packages/microsoft.net.test.sdk/17.8.0/LICENSE_MIT.txt', detail: 'MIT text (100% match)' },
    ],
  });
});

test('a legacy licenseUrl: a well-known one maps, a project\'s own LICENSE link is only evidence', async () => {
  const props = await resolveFile('solution', 'solution/Directory.Packages.props');
  assert.deepEqual(props.get('StyleCop.Analyzers'), {
    version: '1.1.118',
    license: null,
    evidence: [
      {
        source: 'package-metadata',
        file: '~/.nuget/packages/stylecop.analyzers/1.1.118/stylecop.analyzers.nuspec',
        detail: '<licenseUrl>https://github.com/DotNetAnalyzers/StyleCopAnalyzers/blob/master/LICENSE</licenseUrl>',
      },
    ],
  });
});

test('restore\'s choice (obj/project.assets.json) resolves a range; Update changed the version', async () => {
  const cli = await resolveFile('tools', 'tools/Shop.Cli/Shop.Cli.vbproj');
  assert.equal(cli.get('Microsoft.Extensions.Logging')?.version, '7.0.0');
  assert.equal(cli.get('System.Text.Json')?.version, '8.0.0');
  assert.equal(cli.get('CommandLineParser')?.license, 'MIT');
  assert.equal(cli.get('CommandLineParser')?.evidence[1]?.file, '~/.nuget/packages/commandlineparser/2.9.1/License.md');
  // Not installed anywhere: the declared version, no licence.
  assert.deepEqual(cli.get('Humanizer.Core'), { version: '2.14.1', license: null, evidence: [] });
});

test('packages.config projects: the solution\'s packages/ folder', async () => {
  const legacy = await resolveFile('legacy', 'legacy/Shop.Legacy/packages.config');
  assert.deepEqual(legacy.get('Castle.Core'), {
    version: '4.4.1',
    license: 'Apache-2.0',
    evidence: [{ source: 'package-metadata', file: 'packages/Castle.Core.4.4.1/Castle.Core.nuspec', detail: '<licenseUrl>http://www.apache.org/licenses/LICENSE-2.0.html</licenseUrl>' }],
  });
  assert.equal(legacy.get('EntityFramework')?.license, 'Apache-2.0');
});

test('$NUGET_PACKAGES moves the global packages folder; without any version the newest installed stands in', async () => {
  const context = testContext({
    root: '/src/app',
    home: '/home/dev',
    env: { NUGET_PACKAGES: '/cache/nuget' },
    files: {
      '/cache/nuget/dapper/2.1.9/dapper.nuspec': '<package><metadata><license type="expression">MIT</license></metadata></package>',
      '/cache/nuget/dapper/2.1.24/dapper.nuspec': '<package><metadata><license type="expression">Apache-2.0</license></metadata></package>',
      '/home/dev/.nuget/packages/dapper/3.0.0/dapper.nuspec': '<package><metadata><license type="expression">GPL-3.0-only</license></metadata></package>',
    },
  });
  const resolution = await nuget.createResolver('/src/app', context).resolve(dependency('Dapper', null));
  assert.equal(resolution.version, '2.1.24');
  assert.equal(resolution.license, 'Apache-2.0');
  assert.equal(resolution.evidence[0]?.file, '/cache/nuget/dapper/2.1.24/dapper.nuspec');
});

test('a licence file outside the package is never read; a nuspec without licence falls back to the package\'s files', async () => {
  const context = testContext({
    root: '/src/app',
    home: '/home/dev',
    files: {
      '/home/dev/.nuget/packages/evil/1.0.0/evil.nuspec': '<package><metadata><license type="file">../../../../.ssh/id_rsa</license></metadata></package>',
      '/home/dev/.ssh/id_rsa': 'secret',
      '/home/dev/.nuget/packages/plain/1.0.0/plain.nuspec': '<package><metadata><id>Plain</id></metadata></package>',
      '/home/dev/.nuget/packages/plain/1.0.0/LICENSE': 'MIT',
    },
  });
  const resolver = nuget.createResolver('/src/app', context);
  const evil = await resolver.resolve(dependency('Evil', '1.0.0'));
  assert.equal(evil.license, null);
  assert.ok(evil.evidence.every((e) => !e.file?.includes('.ssh')));
  // Only the nuspec's own claim is shown; the file it names was never read.
  assert.deepEqual(evil.evidence, [{ source: 'package-metadata', file: '~/.nuget/packages/evil/1.0.0/evil.nuspec', detail: '<license type="file">../../../../.ssh/id_rsa</license>' }]);
  const plain = await resolver.resolve(dependency('Plain', '1.0'));
  assert.equal(plain.version, '1.0.0');
  assert.equal(plain.license, 'MIT');
  assert.deepEqual(plain.evidence, [{ source: 'license-file', file: '~/.nuget/packages/plain/1.0.0/LICENSE', detail: 'names MIT' }]);
});

test('everything needed lies in the workspace and the cache roots the host allows', async () => {
  const root = join(FIXTURES, 'solution');
  const fs = new ScopedFileSystem(new NodeFileSystem(), [root, ...nuget.cacheRoots!({}, HOME)]);
  const api = await resolveFile('solution', 'solution/src/Shop.Api/Shop.Api.csproj', testContext({ root, home: HOME, fs }));
  assert.equal(api.get('Serilog')?.license, 'Apache-2.0');
});

test('the project, its lockfile and its Directory files share reads: nothing is read or listed twice', async () => {
  const fs = new CountingFileSystem(new NodeFileSystem());
  const context = testContext({ root: join(FIXTURES, 'solution'), home: HOME, fs });
  await resolveFile('solution', 'solution/src/Shop.Api/Shop.Api.csproj', context);
  await resolveFile('solution', 'solution/src/Shop.Api/packages.lock.json', context);
  await resolveFile('solution', 'solution/tests/Shop.Tests/Shop.Tests.fsproj', context);
  await resolveFile('solution', 'solution/Directory.Packages.props', context);
  assert.deepEqual(fs.repeated(), []);
  assert.equal(fs.reads.get(join(FIXTURES, 'solution/Directory.Packages.props')), 1);
});
