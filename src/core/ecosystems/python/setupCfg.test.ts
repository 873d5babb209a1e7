import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSetupCfg } from './setupCfg';
import { at, covered, fixture } from './testSupport';

test('setup.cfg: install_requires, setup_requires, tests_require and extras, as setuptools reads them', () => {
  const file = fixture('setuptools/setup.cfg');
  const { dependencies, problems } = parseSetupCfg(file);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [at(d.name, d.range), d.scope, d.spec]),
    [
      ['click@12:4-9', 'runtime', '>=8.0'],
      ['rich@14:4-8', 'runtime', '>=13'], // the comment line above does not end the value
      ['importlib-metadata@16:4-22', 'runtime', null], // nor does the blank line
      ['setuptools_scm@17:17-31', 'build', '>=6.2'],
      ['pytest@18:16-22', 'test', null], // one line: split on `;`
      ['mock@18:24-28', 'test', null],
      ['PyYAML@21:7-13', 'optional', '>=6.0'],
      ['pytest@23:4-10', 'test', '>=7'],
      ['pytest-mock@24:4-15', 'test', null],
    ],
  );
  for (const d of dependencies) assert.equal(covered(file.text, d.range), d.name);
});

test('setup.cfg problems: keys outside sections, unclosed headers, bad requirements', () => {
  const text = 'install_requires = x\n[options\n[options]\ninstall_requires =\n    requests>=2\n    flask=2\n';
  const { dependencies, problems } = parseSetupCfg({ path: '/p/setup.cfg', text });
  assert.deepEqual(dependencies.map((d) => d.name), ['requests']);
  assert.deepEqual(
    problems.map((p) => [p.message, covered(text, p.range!)]),
    [
      ['A key outside any [section]', 'install_requires = x'],
      ['Unclosed section header "["', '[options'],
      ['Invalid version specifier "=2" (expected e.g. >=1.0,<2)', '=2'],
    ],
  );
});
