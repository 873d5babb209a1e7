import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePyproject } from './pyproject';
import { at, covered, fixture } from './testSupport';

test('PEP 621, PEP 735, Poetry, PDM and uv tables in one pyproject.toml, each name located exactly', () => {
  const file = fixture('pyproject/pyproject.toml');
  const { dependencies, problems } = parsePyproject(file);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [at(d.name, d.range), d.scope, d.spec]),
    [
      ['hatchling@1:13-22', 'build', '>=1.21'],
      ['hatch-vcs@1:32-41', 'build', null],
      ['fastapi@13:5-12', 'runtime', '>=0.110'],
      ['pydantic@14:5-13', 'runtime', '>=2.6,<3'],
      ['tomli@15:5-10', 'runtime', '>=2.0'], // a literal string with a marker
      ['Jinja2@16:5-11', 'runtime', '~= 3.1'],
      ['acme_internal.client@17:5-25', 'runtime', 'git+https://github.com/acme/internal-client.git@v2.1.0'],
      ['httpx@18:7-12', 'runtime', null], // a multi-line basic string
      ['redis@22:10-15', 'optional', '>=5'],
      ['mkdocs-material@23:9-24', 'dev', '>=9.5'], // the "docs" extra
      ['mkdocstrings@23:33-45', 'dev', null],
      ['pytest@29:9-15', 'test', '>=8'],
      ['pytest-asyncio@29:22-36', 'test', null],
      ['mypy@30:11-15', 'dev', '==1.9.0'],
      ['types-requests@30:26-40', 'dev', null],
      ['ruff@32:3-7', 'dev', '>=0.3'],
      ['httpx@41:0-5', 'runtime', '^0.27'],
      ['ruamel.yaml@42:1-12', 'optional', '>=0.18'], // quoted key; optional = true
      ['boto3@43:0-5', 'runtime', '<=1.34 || ^1.34'], // multiple constraints
      ['cookiecutter@48:0-12', 'runtime', 'https://github.com/cookiecutter/cookiecutter.git'],
      ['black@51:0-5', 'dev', '^24.2'],
      ['pre-commit@52:0-10', 'dev', '*'],
      ['coverage@55:0-8', 'dev', '^7.4'],
      ['sphinx@58:9-15', 'dev', '>=7'],
      ['acme-plugins@61:55-67', 'dev', 'git+https://github.com/acme/acme-plugins.git#egg=acme-plugins'],
      ['ipython@65:21-28', 'dev', '>=8.22'],
    ],
  );
  // Not dependencies: Poetry's `python`, the path dependency acme-core, PDM's local editable package.
  for (const d of dependencies) {
    assert.equal(covered(file.text, d.range), d.name);
    assert.equal(d.direct, true);
  }
});

test('broken pyproject.toml: each problem has a range, and what can be read still is', () => {
  const file = fixture('broken/pyproject.toml');
  const { dependencies, problems } = parsePyproject(file);
  assert.deepEqual(
    problems.map((p) => [p.message, covered(file.text, p.range!)]),
    [
      ['Unterminated string', '"README.md'],
      ['Invalid value "^1.26" (strings must be quoted)', '^1.26'],
      ['No dependency group "lint" to include', '"lint"'],
      ['Invalid version specifier "24.2" (expected e.g. >=1.0,<2)', '24.2'],
    ],
  );
  assert.deepEqual(
    dependencies.map((d) => d.name),
    ['requests', 'rich', 'typer', 'pandas', 'pytest'],
  );
});

test('values of the wrong type are problems at the value', () => {
  const text = '[project]\ndependencies = "requests"\n[project.optional-dependencies]\ncli = [1]\n[dependency-groups]\ndev = [{ include = "x" }]\n';
  const { dependencies, problems } = parsePyproject({ path: '/p/pyproject.toml', text });
  assert.deepEqual(dependencies, []);
  assert.deepEqual(
    problems.map((p) => [p.message, covered(text, p.range!)]),
    [
      ['Expected an array of requirement strings', '"requests"'],
      ['Expected a requirement string such as "requests>=2.31"', '1'],
      ['Expected a requirement string or { include-group = "name" }', '{ include = "x" }'],
    ],
  );
});

test('an escape before the name still maps the name to its place', () => {
  const text = '[project]\ndependencies = ["\\u0020requests>=2"]\n';
  const { dependencies } = parsePyproject({ path: '/p/pyproject.toml', text });
  assert.equal(dependencies[0].name, 'requests');
  assert.equal(covered(text, dependencies[0].range), 'requests');
});

test('uv workspace members and path sources are the project\'s own code, not dependencies', () => {
  const text = [
    '[project]',
    'dependencies = ["acme-core", "acme_utils>=1", "httpx"]',
    '[tool.uv.sources]',
    'acme-core = { workspace = true }',
    'acme-utils = { path = "../utils", editable = true }',
    'httpx = { git = "https://github.com/encode/httpx" }',
  ].join('\n');
  const { dependencies } = parsePyproject({ path: '/p/pyproject.toml', text });
  assert.deepEqual(dependencies.map((d) => d.name), ['httpx']);
});
