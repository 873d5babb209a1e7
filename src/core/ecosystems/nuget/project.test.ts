import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DeclaredDependency } from '../ecosystem';
import { nuget } from './index';

const FIXTURES = join(__dirname, 'fixtures');

function parseFixture(relative: string) {
  const path = join(FIXTURES, relative);
  return nuget.parse({ path, text: readFileSync(path, 'utf8') });
}

function summary(dependencies: readonly DeclaredDependency[]) {
  return dependencies.map((d) => [d.name, d.spec, d.scope, `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`]);
}

test('roleOf: project files, MSBuild directory files, packages.config and packages.lock.json', () => {
  assert.equal(nuget.roleOf('/s/src/App/App.csproj'), 'manifest');
  assert.equal(nuget.roleOf('/s/src/App/App.fsproj'), 'manifest');
  assert.equal(nuget.roleOf('/s/src/App/App.vbproj'), 'manifest');
  assert.equal(nuget.roleOf('/s/Directory.Packages.props'), 'manifest');
  assert.equal(nuget.roleOf('/s/Directory.Build.props'), 'manifest');
  assert.equal(nuget.roleOf('/s/app/packages.config'), 'manifest');
  assert.equal(nuget.roleOf('/s/app/packages.lock.json'), 'lockfile');
  assert.equal(nuget.roleOf('/s/app/App.sln'), undefined);
  assert.equal(nuget.roleOf('/s/app/Foo.nuspec'), undefined);
  assert.equal(nuget.roleOf('/s/app/package.json'), undefined);
});

test('central package management: references without versions, VersionOverride, PrivateAssets as a child element', () => {
  const { dependencies, problems } = parseFixture('solution/src/Shop.Api/Shop.Api.csproj');
  assert.deepEqual(problems, []);
  assert.deepEqual(summary(dependencies), [
    ['Newtonsoft.Json', null, 'runtime', '7:31-7:46'],
    ['Serilog', null, 'runtime', '8:31-8:38'],
    ['Serilog.Sinks.Console', null, 'runtime', '9:31-9:52'],
    ['Dapper', '2.1.24', 'runtime', '10:31-10:37'],
    ['Microsoft.SourceLink.GitHub', null, 'dev', '11:31-11:58'],
  ]);
  assert.ok(dependencies.every((d) => d.direct));
});

test('a test project (it references Microsoft.NET.Test.Sdk): every package is a test dependency', () => {
  const { dependencies } = parseFixture('solution/tests/Shop.Tests/Shop.Tests.fsproj');
  assert.deepEqual(summary(dependencies), [
    ['Microsoft.NET.Test.Sdk', null, 'test', '8:31-8:53'],
    ['xunit', null, 'test', '9:31-9:36'],
    ['Polly', '$(PollyVersion)', 'test', '10:31-10:36'],
  ]);
});

test('Version as a child element, lower-case item names, $(Property) versions, several ids in one Include, Update', () => {
  const { dependencies, problems } = parseFixture('tools/Shop.Cli/Shop.Cli.vbproj');
  assert.deepEqual(problems, []);
  assert.deepEqual(summary(dependencies), [
    ['CommandLineParser', '2.9.1', 'runtime', '7:31-7:48'],
    ['Spectre.Console', '0.48.0', 'runtime', '10:31-10:46'],
    ['Humanizer.Core', '2.14.1', 'runtime', '11:31-11:45'],
    ['Humanizer.Core.fr', '2.14.1', 'runtime', '11:46-11:63'],
    // `<PackageReference Update="System.Text.Json" Version="8.0.0" />` later in the file wins.
    ['System.Text.Json', '8.0.0', 'runtime', '12:31-12:47'],
    ['Microsoft.Extensions.Logging', '[6.0.0, 8.0.0)', 'runtime', '13:31-13:59'],
  ]);
});

test('Directory.Packages.props: only global package references are dependencies', () => {
  const { dependencies } = parseFixture('solution/Directory.Packages.props');
  assert.deepEqual(summary(dependencies), [['StyleCop.Analyzers', '1.1.118', 'dev', '16:37-16:55']]);
});

test('packages.config: ids pinned to versions, developmentDependency', () => {
  const { dependencies, problems } = parseFixture('legacy/Shop.Legacy/packages.config');
  assert.deepEqual(problems, []);
  assert.deepEqual(summary(dependencies), [
    ['Castle.Core', '4.4.1', 'runtime', '2:15-2:26'],
    ['EntityFramework', '6.4.4', 'runtime', '3:15-3:30'],
    ['NUnit', '3.13.3', 'dev', '4:15-4:20'],
  ]);
});

test('packages.lock.json: direct and transitive, one entry per package across frameworks, projects skipped', () => {
  const { dependencies, problems } = parseFixture('solution/src/Shop.Api/packages.lock.json');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.direct]),
    [
      ['Dapper', '2.1.24', true],
      ['Microsoft.SourceLink.GitHub', '8.0.0', true],
      ['Newtonsoft.Json', '13.0.3', true],
      ['Serilog', '3.1.1', true],
      ['Serilog.Sinks.Console', '5.0.1', true],
      ['StyleCop.Analyzers', '1.1.118', true],
      ['Microsoft.Build.Tasks.Git', '8.0.0', false],
      ['Microsoft.SourceLink.Common', '8.0.0', false],
    ],
  );
  // `      "Dapper": {` — the key's contents, without quotes.
  assert.deepEqual(dependencies[0]!.range, { start: { line: 4, character: 7 }, end: { line: 4, character: 13 } });
});

test('broken files give a problem with a range and never throw', () => {
  const project = nuget.parse({
    path: '/s/App/App.csproj',
    text: '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="Serilog" Version="3.1.1">\n  </ItemGroup>\n</Project>\n',
  });
  assert.equal(project.problems.length, 1);
  assert.deepEqual(project.problems[0]!.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 3 } });
  assert.match(project.problems[0]!.message, /<PackageReference> \(line 3\) is not closed before <\/ItemGroup>/);
  // What was read before the damage still counts.
  assert.deepEqual(project.dependencies.map((d) => d.name), ['Serilog']);

  const lock = nuget.parse({ path: '/s/App/packages.lock.json', text: '{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {\n      "Serilog": { "type": "Direct", "resolved": "3.1.1" ,}\n' });
  assert.ok(lock.problems[0]?.range);
  assert.match(lock.problems[0]!.message, /Invalid JSON/);

  const config = nuget.parse({ path: '/s/App/packages.config', text: '<packages>\n  <package version="1.0" />\n</packages>' });
  assert.deepEqual(config.problems, [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 10 } }, message: '<package> needs an id attribute' }]);

  for (const [path, text] of [
    ['/s/App/App.csproj', ''],
    ['/s/App/App.csproj', '<Project><ItemGroup><PackageReference Version="1.0"/></ItemGroup></Project>'],
    ['/s/App/App.csproj', '<?xml version="1.0"?><Solution/>'],
    ['/s/App/packages.config', '\u0000\u0000binary'],
    ['/s/App/packages.lock.json', '[1, 2]'],
    ['/s/App/packages.lock.json', ''],
  ] as const) {
    const result = nuget.parse({ path, text });
    assert.ok(result.problems.length >= 1 && result.problems.every((p) => p.range), `${path}: ${JSON.stringify(text)}`);
  }
});
