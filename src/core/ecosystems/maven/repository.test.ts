import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareMavenVersions, mavenCacheRoots } from './repository';

test('cache roots: ~/.m2 and a repository named in MAVEN_ARGS or MAVEN_OPTS', () => {
  assert.deepEqual(mavenCacheRoots({}, '/home/dev'), ['/home/dev/.m2']);
  assert.deepEqual(mavenCacheRoots({ MAVEN_OPTS: '-Dmaven.repo.local=/ci/m2/' }, '/home/dev'), ['/ci/m2', '/home/dev/.m2']);
  assert.deepEqual(mavenCacheRoots({ MAVEN_ARGS: "-Dmaven.repo.local='/a b'", MAVEN_OPTS: '-Dmaven.repo.local=/c' }, undefined), ['/a b']);
  // A relative path depends on the working directory Maven was started in: not guessed.
  assert.deepEqual(mavenCacheRoots({ MAVEN_OPTS: '-Dmaven.repo.local=.m2/repo' }, '/home/dev'), ['/home/dev/.m2']);
});

test('Maven version order: numbers numerically, qualifiers before the release', () => {
  const sorted = ['2.0', '1.10', '1.9', '2.0-RC1', '2.0-SNAPSHOT', '2.0-alpha-1', '2.0.1', '1.33', '2.0-beta'].sort(compareMavenVersions);
  assert.deepEqual(sorted, ['1.9', '1.10', '1.33', '2.0-alpha-1', '2.0-beta', '2.0-RC1', '2.0-SNAPSHOT', '2.0', '2.0.1']);
  assert.equal(compareMavenVersions('32.1.3-jre', '32.1.3-android') > 0, true);
  assert.equal(compareMavenVersions('1.0', '1.0'), 0);
});
