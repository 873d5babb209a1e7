import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRequirementsFile } from './requirementsFile';
import { at, covered, fixture } from './testSupport';

test('a hand-written requirements.txt: every requirement form pip accepts, each name located exactly', () => {
  const file = fixture('pip/requirements.txt');
  const { dependencies, problems } = parseRequirementsFile(file, 'requirements');
  assert.deepEqual(
    dependencies.map((d) => at(d.name, d.range)),
    [
      'Django@8:0-6',
      'requests@9:0-8',
      'psycopg2-binary@10:0-15',
      'uvicorn@11:0-7', // its --hash lines continue it
      'Pillow@14:0-6',
      'typing_extensions@15:0-17',
      'zope.interface@16:0-14',
      'celery@17:0-6', // the specifier is on the continuation line
      'numpy@19:0-5',
      'httpx@20:51-56', // #egg= names a VCS requirement
      'black@21:51-56', // editable VCS
      'orjson@24:16-22', // a local wheel is named by its file name
      'torch@27:0-5', // per-requirement options dropped
    ],
  );
  for (const d of dependencies) assert.equal(covered(file.text, d.range), d.name);
  const spec = Object.fromEntries(dependencies.map((d) => [d.name, d.spec]));
  assert.equal(spec['Django'], '>=4.2,<5.0');
  assert.equal(spec['requests'], '>= 2.31.0');
  assert.equal(spec['uvicorn'], '==0.29.0');
  assert.equal(spec['celery'], '>=5.3');
  assert.equal(spec['Pillow'], null);
  assert.equal(spec['numpy'], 'https://files.pythonhosted.org/packages/numpy-1.26.4-cp312-cp312-manylinux_2_17_x86_64.whl');
  assert.equal(spec['torch'], '==2.2.1+cpu');
  assert.ok(dependencies.every((d) => d.direct && d.scope === 'runtime'));

  // `-e .` and `-e ./packages/shared` are the project's own code; option lines are not requirements.
  assert.deepEqual(
    problems.map((p) => [at('problem', p.range!), p.message]),
    [
      ['problem@25:0-63', 'The package name is not written here: use `name @ URL` or add `#egg=name` so its licence can be checked'],
      ['problem@26:5-11', 'Invalid version specifier "=3.0.2" (expected e.g. >=1.0,<2)'],
    ],
  );
});

test('included files are scanned on their own; an include Openness cannot scan is reported where it is written', () => {
  const file = fixture('pip/requirements-dev.txt');
  const { dependencies, problems } = parseRequirementsFile(file, 'requirements');
  assert.deepEqual(
    dependencies.map((d) => [at(d.name, d.range), d.scope]),
    [
      ['pytest@4:0-6', 'dev'],
      ['pytest-cov@5:0-10', 'dev'],
    ],
  );
  assert.equal(problems.length, 1);
  assert.equal(covered(file.text, problems[0].range!), 'common.pip');
  assert.match(problems[0].message, /"common\.pip" is not scanned/);
});

test('pip-compile output: `# via` notes tell direct requirements from the ones pulled in', () => {
  const { dependencies, problems } = parseRequirementsFile(fixture('pip-compile/requirements.txt'), 'requirements');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [at(d.name, d.range), d.spec, d.direct]),
    [
      ['blinker@6:0-7', '==1.7.0', false],
      ['certifi@10:0-7', '==2024.2.2', false],
      ['flask@14:0-5', '==3.0.2', true],
      ['idna@18:0-4', '==3.6', false],
      ['requests@22:0-8', '==2.31.0', true], // via -r requirements.in and the project's pyproject.toml
      ['urllib3@28:0-7', '==2.2.1', false],
    ],
  );
});

test('older pip-compile writes `# via` on the requirement line', () => {
  const text = 'click==8.1.7              # via flask\nflask==3.0.2              # via -r requirements.in\n';
  const { dependencies } = parseRequirementsFile({ path: '/p/requirements.txt', text }, 'requirements');
  assert.deepEqual(dependencies.map((d) => [d.name, d.direct]), [['click', false], ['flask', true]]);
});

test('constraints files pin versions without asking for packages: indirect', () => {
  const { dependencies } = parseRequirementsFile(fixture('pip/constraints.txt'), 'constraints');
  assert.deepEqual(dependencies.map((d) => [at(d.name, d.range), d.spec, d.direct]), [
    ['urllib3@1:0-7', '==2.2.1', false],
    ['certifi@2:0-7', '==2024.2.2', false],
  ]);
});

test('the file name gives the scope', () => {
  const scope = (path: string) => parseRequirementsFile({ path, text: 'x\n' }, 'requirements').dependencies[0].scope;
  assert.equal(scope('/p/requirements.txt'), 'runtime');
  assert.equal(scope('/p/requirements-dev.txt'), 'dev');
  assert.equal(scope('/p/dev-requirements.txt'), 'dev');
  assert.equal(scope('/p/requirements/test.txt'), 'test');
  assert.equal(scope('/p/requirements_docs.in'), 'dev');
  assert.equal(scope('/p/requirements/prod.txt'), 'runtime');
});

test('CRLF line ends, a comment that ends a continuation, and a URL include', () => {
  const text = 'rich>=13 \\\r\n# a comment line ends the continuation\r\nclick\r\n-r https://example.com/reqs.txt\r\n';
  const { dependencies, problems } = parseRequirementsFile({ path: '/p/requirements.txt', text }, 'requirements');
  assert.deepEqual(dependencies.map((d) => at(d.name, d.range)), ['rich@0:0-4', 'click@2:0-5']);
  assert.deepEqual(problems.map((p) => at('p', p.range!)), ['p@3:3-31']);
});

test('bad input: binary noise and enormous lines give problems, never exceptions', () => {
  const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 0x2fff)).join('');
  assert.doesNotThrow(() => parseRequirementsFile({ path: '/p/requirements.txt', text: noise }, 'requirements'));
  const long = 'a'.repeat(200_000) + '==1\n' + '\\\n'.repeat(10_000) + 'b\n';
  const { dependencies } = parseRequirementsFile({ path: '/p/requirements.txt', text: long }, 'requirements');
  assert.deepEqual(dependencies.map((d) => d.name.length), [200_000, 1]);
});
