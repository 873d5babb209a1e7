import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DeclaredDependency } from '../ecosystem';
import { gemspecLicenses } from './gemspec';
import { rubygems } from './index';

const APP = join(__dirname, 'fixtures', 'app');

function parseFixture(relative: string) {
  const path = join(APP, relative);
  return rubygems.parse({ path, text: readFileSync(path, 'utf8') });
}

const at = (d: DeclaredDependency) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

test('roleOf: Gemfile, gems.rb, their lockfiles and gemspecs', () => {
  assert.equal(rubygems.roleOf('/app/Gemfile'), 'manifest');
  assert.equal(rubygems.roleOf('/app/gems.rb'), 'manifest');
  assert.equal(rubygems.roleOf('/app/Gemfile.lock'), 'lockfile');
  assert.equal(rubygems.roleOf('/app/gems.locked'), 'lockfile');
  assert.equal(rubygems.roleOf('/app/mygem.gemspec'), 'manifest');
  assert.equal(rubygems.roleOf('/app/.gemspec'), undefined);
  assert.equal(rubygems.roleOf('/app/Gemfile.backup'), undefined);
});

test('Gemfile: requirements, groups as blocks and options, git and path sources, modifiers, comments', () => {
  const { dependencies, problems } = parseFixture('Gemfile');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.scope, d.locator ?? null, at(d)]),
    [
      ['rails', '~> 7.1.2', 'runtime', null, '6:5-6:10'],
      ['pg', '~> 1.1', 'runtime', null, '7:5-7:7'],
      ['puma', '>= 5.0, < 7', 'runtime', null, '8:5-8:9'],
      ['nokogiri', '>= 1.15', 'runtime', null, '9:5-9:13'],
      ['tzinfo-data', null, 'runtime', null, '10:5-10:16'],
      ['bootsnap', null, 'runtime', null, '11:5-11:13'],
      ['kaminari', null, 'runtime', 'git:https://github.com/kaminari/kaminari.git', '12:5-12:13'],
      ['internal_auth', null, 'runtime', 'path:engines/internal_auth', '13:5-13:18'],
      ['debug', null, 'dev', null, '16:7-16:12'],
      ['rspec-rails', '~> 6.1', 'dev', null, '17:7-17:18'],
      ['web-console', null, 'dev', null, '21:7-21:18'],
      ['rubocop', null, 'dev', null, '22:7-22:14'],
      ['capybara', null, 'test', null, '26:7-26:15'],
      ['selenium-webdriver', null, 'test', null, '27:7-27:25'],
      ['sidekiq', '~> 7.2', 'runtime', null, '30:5-30:12'],
      ['letter_opener', null, 'dev', null, '31:5-31:18'],
      ['activerecord-jdbcpostgresql-adapter', null, 'runtime', null, '34:7-34:42'],
      ['sentry-ruby', null, 'runtime', null, '38:7-38:18'],
      ['racc', null, 'runtime', null, '41:5-41:9'],
    ],
  );
  assert.ok(dependencies.every((d) => d.direct));
});

test('Gemfile: git/path blocks, hash-rocket options, parentheses, computed names skipped', () => {
  const text = [
    "source 'https://rubygems.org'",
    "path 'components' do",
    "  gem 'admin_ui'",
    'end',
    "git 'https://github.com/acme/tools.git', branch: 'main' do",
    "  gem 'acme-lint'",
    'end',
    "gem('faraday', '~> 2.7', :group => [:development, :test])",
    "%w[a b].each { |name| gem name }",
    "extra = ENV.fetch('EXTRA_GEM', nil)",
    'gem extra if extra',
  ].join('\n');
  const { dependencies, problems } = rubygems.parse({ path: '/app/Gemfile', text });
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.scope, d.locator ?? null]),
    [
      ['admin_ui', null, 'runtime', 'path:components'],
      ['acme-lint', null, 'runtime', 'git:https://github.com/acme/tools.git'],
      ['faraday', '~> 2.7', 'dev', null],
    ],
  );
});

test('Gemfile: an unclosed block, a stray end and an unterminated string are problems with ranges', () => {
  const unclosed = rubygems.parse({ path: '/app/Gemfile', text: "group :test do\n  gem 'rspec'\n" });
  assert.deepEqual(unclosed.dependencies.map((d) => [d.name, d.scope]), [['rspec', 'test']]);
  assert.deepEqual(unclosed.problems, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, message: 'This `group` block has no matching `end`' }]);

  const stray = rubygems.parse({ path: '/app/Gemfile', text: "gem 'rack'\nend\n" });
  assert.deepEqual(stray.problems, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, message: '`end` without a block to close' }]);

  const broken = rubygems.parse({ path: '/app/Gemfile', text: "gem 'rack'\ngem \"sinatra, '~> 3'\n" });
  assert.deepEqual(broken.dependencies.map((d) => d.name), ['rack']);
  assert.deepEqual(broken.problems[0], { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, message: 'Unterminated string' });

  for (const text of ['', '\u0000\u0001\u0002', '}}}]])))', 'end end end', '<<~X', '%', ':', '"#{']) {
    const result = rubygems.parse({ path: '/app/Gemfile', text });
    assert.ok(result.problems.every((p) => p.range), JSON.stringify(text));
  }
  // Unclosed literals and stray `end`s are named; the rest is odd but harmless Ruby.
  assert.deepEqual(
    ['end end end', '<<~X', '"#{'].map((text) => rubygems.parse({ path: '/app/Gemfile', text }).problems.map((p) => p.message)),
    [['`end` without a block to close', '`end` without a block to close', '`end` without a block to close'], ['Unterminated heredoc X'], ['Unterminated string']],
  );
});

test('Gemfile.lock: specs of GEM, GIT and PATH; platform builds once; DEPENDENCIES marks direct', () => {
  const { dependencies, problems } = parseFixture('Gemfile.lock');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.direct, d.locator ?? null, at(d)]),
    [
      ['kaminari', '1.2.2', true, 'git:https://github.com/kaminari/kaminari.git', '5:4-5:12'],
      ['internal_auth', '0.1.0', true, 'path:engines/internal_auth', '11:4-11:17'],
      ['activesupport', '7.1.2', false, null, '17:4-17:17'],
      ['bootsnap', '1.17.0', true, null, '20:4-20:12'],
      ['concurrent-ruby', '1.2.2', false, null, '22:4-22:19'],
      ['debug', '1.9.0', true, null, '23:4-23:9'],
      ['i18n', '1.14.1', false, null, '25:4-25:8'],
      ['jwt', '2.7.1', false, null, '27:4-27:7'],
      ['msgpack', '1.7.2', false, null, '28:4-28:11'],
      // `    nokogiri (1.16.0-arm64-darwin)` and `-x86_64-linux`: one gem, one version.
      ['nokogiri', '1.16.0', true, null, '29:4-29:12'],
      ['pg', '1.5.4', true, null, '33:4-33:6'],
      ['puma', '6.4.0', true, null, '34:4-34:8'],
      ['racc', '1.7.3', false, null, '36:4-36:8'],
      ['rails', '7.1.2', true, null, '37:4-37:9'],
    ],
  );
});

test('Gemfile.lock: merge conflicts and malformed specs are problems on their lines (CRLF too)', () => {
  const text = 'GEM\r\n  remote: https://rubygems.org/\r\n  specs:\r\n    rack (3.0.8)\r\n<<<<<<< HEAD\r\n    rake 13.1.0\r\n=======\r\n>>>>>>> main\r\n';
  const { dependencies, problems } = rubygems.parse({ path: '/app/Gemfile.lock', text });
  assert.deepEqual(dependencies.map((d) => [d.name, d.spec, at(d)]), [['rack', '3.0.8', '3:4-3:8']]);
  assert.deepEqual(
    problems.map((p) => [p.range?.start.line, p.range?.end.character, p.message]),
    [
      [4, 12, 'Unresolved merge conflict in the lockfile'],
      [5, 15, 'Unexpected spec line in GEM: "rake 13.1.0"'],
      [6, 7, 'Unresolved merge conflict in the lockfile'],
      [7, 12, 'Unresolved merge conflict in the lockfile'],
    ],
  );
});

test('gemspec: runtime and development dependencies, %q<…>.freeze, arrays of requirements; heredoc prose ignored', () => {
  const { dependencies, problems } = parseFixture('engines/internal_auth/internal_auth.gemspec');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.scope, at(d)]),
    [
      ['jwt', '~> 2.7', 'runtime', '20:23-20:26'],
      ['rack', '>= 2.2, < 4', 'runtime', '21:31-21:35'],
      ['rspec', '~> 3.12', 'dev', '22:35-22:40'],
      ['rubocop', '~> 1.57', 'dev', '23:37-23:44'],
    ],
  );
});

test('gemspec licences: %w[], arrays with .freeze, a single licence, none', () => {
  assert.deepEqual(gemspecLicenses(readFileSync(join(APP, 'engines/internal_auth/internal_auth.gemspec'), 'utf8')), ['MIT', 'Apache-2.0']);
  assert.deepEqual(gemspecLicenses('Gem::Specification.new do |s|\n  s.licenses = ["Ruby".freeze, "BSD-2-Clause".freeze]\nend'), ['Ruby', 'BSD-2-Clause']);
  assert.deepEqual(gemspecLicenses("Gem::Specification.new do |spec|\n  spec.license     = 'MIT'\nend"), ['MIT']);
  assert.equal(gemspecLicenses('Gem::Specification.new do |s|\n  s.name = "x"\n  # s.license = "MIT"\nend'), undefined);
  // A licence computed at build time is not known without running the gemspec.
  assert.equal(gemspecLicenses('s.license = File.read("LICENSE_NAME").strip'), undefined);
});
