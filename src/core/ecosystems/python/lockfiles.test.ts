import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePoetryLock } from './poetryLock';
import { parsePylock } from './pylock';
import { at, covered, fixture } from './testSupport';
import { parseUvLock } from './uvLock';

test('poetry.lock (Poetry 2): every package indirect, scope from its groups, optional ones optional', () => {
  const file = fixture('poetry/poetry.lock');
  const { dependencies, problems } = parsePoetryLock(file);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [at(d.name, d.range), d.spec, d.scope, d.direct]),
    [
      ['anyio@3:8-13', '4.3.0', 'runtime', false],
      ['black@23:8-13', '24.2.0', 'dev', false],
      ['idna@34:8-12', '3.6', 'runtime', false],
      ['ruamel.yaml@45:8-19', '0.18.6', 'optional', false],
      ['pytest@57:8-14', '8.1.1', 'test', false],
    ],
  );
  for (const d of dependencies) assert.equal(covered(file.text, d.range), d.name);
});

test('poetry.lock (Poetry < 1.5): `category` gives the scope', () => {
  const text = '[[package]]\nname = "pytest"\nversion = "7.4.4"\ncategory = "dev"\noptional = false\n\n[[package]]\nname = "six"\nversion = "1.16.0"\ncategory = "main"\n';
  const { dependencies } = parsePoetryLock({ path: '/p/poetry.lock', text });
  assert.deepEqual(dependencies.map((d) => [d.name, d.scope]), [['pytest', 'dev'], ['six', 'runtime']]);
});

test('poetry.lock with an unresolved merge: the conflict is a problem, the packages around it are kept', () => {
  const file = fixture('broken/poetry.lock');
  const { dependencies, problems } = parsePoetryLock(file);
  assert.deepEqual(problems.map((p) => [p.message, at('p', p.range!)]), [['Unresolved merge conflict marker', 'p@5:0-7']]);
  assert.deepEqual(dependencies.map((d) => [d.name, d.spec]), [['anyio', '4.3.0'], ['idna', '3.6']]);
});

test('uv.lock: the project\'s own entries mark its direct dependencies; the rest take their scope', () => {
  const file = fixture('uv/uv.lock');
  const { dependencies, problems } = parseUvLock(file);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [at(d.name, d.range), d.spec, d.scope, d.direct]),
    [
      ['anyio@34:8-13', '4.3.0', 'runtime', false], // through httpx
      ['httpx@47:8-13', '0.27.0', 'runtime', true],
      ['idna@56:8-12', '3.6', 'runtime', false], // runtime beats pytest's dev path
      ['iniconfig@61:8-17', '2.0.0', 'dev', false], // only pytest needs it
      ['pydantic@66:8-16', '2.6.4', 'runtime', true],
      ['email-validator@79:8-23', '2.1.1', 'runtime', false], // pydantic[email]
      ['pytest@84:8-14', '8.1.1', 'dev', true],
      ['redis@93:8-13', '5.0.3', 'optional', true],
      ['sniffio@98:8-15', '1.3.1', 'runtime', false],
      ['typing-extensions@103:8-25', '4.10.0', 'runtime', false],
    ],
  );
  // The project itself (source = { editable = "." }) is not a dependency.
  assert.ok(!dependencies.some((d) => d.name === 'acme-gateway'));
});

test('pylock.toml (PEP 751): packages with and without versions; the project\'s directory entry skipped', () => {
  const file = fixture('pylock/pylock.toml');
  const { dependencies, problems } = parsePylock(file);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [at(d.name, d.range), d.spec, d.direct]),
    [
      ['attrs@6:8-13', '25.1.0', false],
      ['cattrs@19:8-14', '24.1.2', false],
      ['numpy@31:8-13', '2.2.3', false],
      ['internal-tools@41:8-22', null, false], // a VCS package has no version
    ],
  );
});

test('lockfiles of the wrong shape say so where it shows', () => {
  const text = 'package = "oops"\n';
  const { problems } = parsePoetryLock({ path: '/p/poetry.lock', text });
  assert.deepEqual(problems.map((p) => [p.message, covered(text, p.range!)]), [['Expected [[package]] tables', '"oops"']]);
  const nameless = '[[packages]]\nversion = "1.0"\n';
  assert.deepEqual(parsePylock({ path: '/p/pylock.toml', text: nameless }).problems.map((p) => p.message), ['A [[packages]] entry without a name']);
});
