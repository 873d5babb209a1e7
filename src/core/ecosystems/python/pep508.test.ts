import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRequirement } from './pep508';

function parsed(text: string) {
  const result = parseRequirement(text);
  assert.ok(result.ok, `expected ${JSON.stringify(text)} to parse`);
  return result.requirement;
}

test('name, extras, specifier and marker', () => {
  const r = parsed('requests[socks, security] >= 2.31.0, <3 ; python_version >= "3.8"');
  assert.equal(r.name, 'requests');
  assert.deepEqual([r.nameStart, r.nameEnd], [0, 8]);
  assert.deepEqual(r.extras, ['socks', 'security']);
  assert.equal(r.specifier, '>= 2.31.0, <3');
  assert.equal(r.url, null);
  assert.equal(r.marker, 'python_version >= "3.8"');
});

test('a leading space moves the name; parenthesised specifiers lose their parentheses', () => {
  const r = parsed('  zope.interface (>=6.0,!=6.1.*)');
  assert.deepEqual([r.name, r.nameStart, r.nameEnd], ['zope.interface', 2, 16]);
  assert.equal(r.specifier, '>=6.0,!=6.1.*');
});

test('URL requirements keep the URL and an environment marker after it', () => {
  const r = parsed('pip @ https://github.com/pypa/pip/archive/22.0.2.zip ; sys_platform == "linux"');
  assert.equal(r.name, 'pip');
  assert.equal(r.url, 'https://github.com/pypa/pip/archive/22.0.2.zip');
  assert.equal(r.marker, 'sys_platform == "linux"');
  assert.equal(r.specifier, null);
});

test('local versions, arbitrary equality and wildcards are valid specifiers', () => {
  assert.equal(parsed('torch==2.2.1+cpu').specifier, '==2.2.1+cpu');
  assert.equal(parsed('legacy===1.0-custom').specifier, '===1.0-custom');
  assert.equal(parsed('django==4.2.*').specifier, '==4.2.*');
  assert.equal(parsed('Jinja2 ~= 3.1').specifier, '~= 3.1');
});

test('errors carry the offsets of the offending text', () => {
  const single = parseRequirement('flask=3.0.2');
  assert.ok(!single.ok);
  assert.match(single.message, /Invalid version specifier "=3\.0\.2"/);
  assert.deepEqual([single.start, single.end], [5, 11]);

  const noName = parseRequirement('>=1.0');
  assert.ok(!noName.ok);
  assert.equal(noName.message, 'Expected a package name');

  const extras = parseRequirement('uvicorn[standard');
  assert.ok(!extras.ok);
  assert.match(extras.message, /Unclosed `\[`/);

  const marker = parseRequirement('rich>=13;');
  assert.ok(!marker.ok);
  assert.match(marker.message, /environment marker/);

  const url = parseRequirement('numpy @ ');
  assert.ok(!url.ok);
  assert.match(url.message, /Expected a URL/);
});

test('a name ending in a separator is not a name', () => {
  const r = parseRequirement('foo-');
  assert.ok(!r.ok);
});
