import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePipfile } from './pipfile';
import { parsePipfileLock } from './pipfileLock';
import { at, covered, fixture } from './testSupport';

test('Pipfile: packages, dev-packages and custom categories; local paths skipped', () => {
  const file = fixture('pipenv/Pipfile');
  const { dependencies, problems } = parsePipfile(file);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [at(d.name, d.range), d.scope, d.spec]),
    [
      ['requests@6:0-8', 'runtime', '*'],
      ['django@7:0-6', 'runtime', '>=4.2'],
      ['Flask-Login@8:1-12', 'runtime', '==0.6.3'],
      ['gunicorn@9:0-8', 'runtime', '*'],
      ['records@11:0-7', 'runtime', 'https://github.com/kennethreitz/records.git'],
      ['pytest@14:0-6', 'dev', '>=8.0'],
      ['sphinx@17:0-6', 'dev', '*'], // the [docs] category
    ],
  );
  for (const d of dependencies) assert.equal(covered(file.text, d.range), d.name);
});

test('Pipfile.lock: pinned versions, indirect, keys located inside their quotes', () => {
  const file = fixture('pipenv/Pipfile.lock');
  const { dependencies, problems } = parsePipfileLock(file);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [at(d.name, d.range), d.scope, d.spec, d.direct]),
    [
      ['certifi@18:9-16', 'runtime', '2024.2.2', false],
      ['django@25:9-15', 'runtime', '4.2.11', false],
      ['records@35:9-16', 'runtime', null, false], // a git entry has no version
      ['requests@39:9-17', 'runtime', '2.31.0', false],
      ['pytest@48:9-15', 'dev', '8.1.1', false],
    ],
  );
});

test('broken Pipfile.lock: the first syntax error with its range; entries before and after it survive', () => {
  const file = fixture('broken/Pipfile.lock');
  const { dependencies, problems } = parsePipfileLock(file);
  assert.equal(problems.length, 1);
  assert.equal(at('problem', problems[0].range!), 'problem@10:8-9');
  assert.match(problems[0].message, /^Invalid JSON: expected a property name \(line 11, column 9\)$/);
  assert.deepEqual(dependencies.map((d) => d.name), ['requests', 'urllib3', 'idna']);
});

test('Pipfile.lock that is not an object', () => {
  const { dependencies, problems } = parsePipfileLock({ path: '/p/Pipfile.lock', text: '[1, 2]' });
  assert.deepEqual(dependencies, []);
  assert.deepEqual(problems.map((p) => p.message), ['Expected a JSON object']);
});
