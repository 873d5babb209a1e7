import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ECOSYSTEMS, ecosystemFor } from '../registry';
import { python } from '.';
import { fixture } from './testSupport';

test('registered, with the files it reads decided from names alone', () => {
  assert.ok(ECOSYSTEMS.includes(python));
  const roles = Object.fromEntries(
    [
      '/p/requirements.txt',
      '/p/requirements-dev.txt',
      '/p/dev-requirements.txt',
      '/p/requirements/base.txt',
      '/p/requirements/dev.in',
      '/p/requirements.in',
      '/p/constraints.txt',
      '/p/pyproject.toml',
      '/p/setup.cfg',
      '/p/Pipfile',
      '/p/Pipfile.lock',
      '/p/poetry.lock',
      '/p/uv.lock',
      '/p/pylock.toml',
      '/p/pylock.dev.toml',
      '/p/MANIFEST.in',
      '/p/Makefile.in',
      '/p/notes.txt',
      '/p/setup.py',
    ].map((path) => [path.slice(3), python.roleOf(path) ?? null]),
  );
  assert.deepEqual(roles, {
    'requirements.txt': 'manifest',
    'requirements-dev.txt': 'manifest',
    'dev-requirements.txt': 'manifest',
    'requirements/base.txt': 'manifest',
    'requirements/dev.in': 'manifest',
    'requirements.in': 'manifest',
    'constraints.txt': 'lockfile',
    'pyproject.toml': 'manifest',
    'setup.cfg': 'manifest',
    Pipfile: 'manifest',
    'Pipfile.lock': 'lockfile',
    'poetry.lock': 'lockfile',
    'uv.lock': 'lockfile',
    'pylock.toml': 'lockfile',
    'pylock.dev.toml': 'lockfile',
    'MANIFEST.in': null,
    'Makefile.in': null,
    'notes.txt': null,
    'setup.py': null,
  });
  assert.equal(ecosystemFor('/p/uv.lock')?.ecosystem, python);
});

test('parse dispatches on the file name', () => {
  assert.equal(python.parse(fixture('uv/uv.lock')).dependencies[0].name, 'anyio');
  assert.equal(python.parse(fixture('setuptools/setup.cfg')).dependencies[0].name, 'click');
  assert.deepEqual(python.parse({ path: '/p/notes.txt', text: 'requests' }), { dependencies: [], problems: [] });
});

test('a binary file is one problem, not garbage', () => {
  const result = python.parse({ path: '/p/requirements.txt', text: 'PK\u0003\u0004\u0000\u0000garbage' });
  assert.deepEqual(result.dependencies, []);
  assert.equal(result.problems.length, 1);
  assert.deepEqual(result.problems[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
});

test('tool folders and the activated virtualenv', () => {
  for (const name of ['.venv', 'venv', 'site-packages', '__pycache__', '.tox', '.nox', '.eggs']) assert.ok(python.toolDirectories.includes(name), name);
  assert.deepEqual(python.cacheRoots?.({ VIRTUAL_ENV: '/home/me/.virtualenvs/acme/' }, '/home/me'), ['/home/me/.virtualenvs/acme']);
  assert.deepEqual(python.cacheRoots?.({}, '/home/me'), []);
});

test('never throws on damaged manifests and lockfiles; every range stays inside the file', () => {
  const files = [
    'pip/requirements.txt',
    'pip-compile/requirements.txt',
    'pyproject/pyproject.toml',
    'setuptools/setup.cfg',
    'pipenv/Pipfile',
    'pipenv/Pipfile.lock',
    'poetry/poetry.lock',
    'uv/uv.lock',
    'pylock/pylock.toml',
  ];
  const noise = ['"', "'", '[', ']', '{', '}', '\\', '\n', '=', '#', ',', '"""', '\0', ''];
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (const name of files) {
    const original = fixture(name);
    for (let i = 0; i < 60; i++) {
      const cut = next(original.text.length);
      const text = original.text.slice(0, cut) + noise[next(noise.length)] + original.text.slice(cut + next(4));
      const lineCount = text.split('\n').length;
      const result = python.parse({ path: original.path, text });
      for (const { range } of [...result.dependencies, ...result.problems]) {
        if (!range) continue;
        assert.ok(range.start.line < lineCount && range.end.line < lineCount, `${name}: range outside the file`);
      }
    }
  }
});
