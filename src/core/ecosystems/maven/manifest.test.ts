import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DeclaredDependency } from '../ecosystem';
import { maven } from './index';

const FIXTURES = join(__dirname, 'fixtures');

function parseFixture(relative: string) {
  const path = join(FIXTURES, relative);
  return maven.parse({ path, text: readFileSync(path, 'utf8') });
}

function parseText(text: string) {
  return maven.parse({ path: '/project/pom.xml', text });
}

function byName(dependencies: readonly DeclaredDependency[], name: string): DeclaredDependency {
  const found = dependencies.find((d) => d.name === name);
  assert.ok(found, `${name} not found among ${dependencies.map((d) => d.name).join(', ')}`);
  return found;
}

test('roleOf: pom.xml is a manifest; other XML is not', () => {
  assert.equal(maven.roleOf('/p/pom.xml'), 'manifest');
  assert.equal(maven.roleOf('/p/module/pom.xml'), 'manifest');
  assert.equal(maven.roleOf('/p/pom.xml.bak'), undefined);
  assert.equal(maven.roleOf('/p/settings.xml'), undefined);
});

test('a module POM: versions from its properties, scopes, optional, ranges on the artifactId', () => {
  const { dependencies, problems } = parseFixture('shop/core/pom.xml');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.scope]),
    [
      ['org.slf4j:slf4j-api', null, 'runtime'], // managed by the parent: the resolver finds the version
      ['com.fasterxml.jackson.core:jackson-databind', null, 'runtime'],
      ['org.apache.commons:commons-lang3', '3.13.0', 'runtime'],
      ['com.google.guava:guava', '32.1.3-jre', 'optional'],
      ['org.projectlombok:lombok', '1.18.30', 'build'],
      ['org.yaml:snakeyaml', null, 'runtime'],
      ['org.junit.jupiter:junit-jupiter', null, 'runtime'],
    ],
  );
  assert.ok(dependencies.every((d) => d.direct));
  // `      <artifactId>slf4j-api</artifactId>` on line 18 (0-based 17).
  assert.deepEqual(byName(dependencies, 'org.slf4j:slf4j-api').range, { start: { line: 17, character: 18 }, end: { line: 17, character: 27 } });
  assert.deepEqual(byName(dependencies, 'org.projectlombok:lombok').range, { start: { line: 36, character: 18 }, end: { line: 36, character: 24 } });
});

test('${project.groupId}/${project.version} come from <parent>; unknown properties are left for the resolver', () => {
  const { dependencies, problems } = parseFixture('shop/web/pom.xml');
  assert.deepEqual(problems, []);
  const core = byName(dependencies, 'com.example.shop:shop-core');
  assert.equal(core.spec, '1.4.0-SNAPSHOT');
  assert.deepEqual(core.range, { start: { line: 15, character: 18 }, end: { line: 15, character: 27 } });
  assert.equal(byName(dependencies, 'org.slf4j:slf4j-simple').spec, '${slf4j.version}');
  assert.equal(byName(dependencies, 'org.slf4j:slf4j-simple').scope, 'runtime');
  assert.equal(byName(dependencies, 'jakarta.servlet:jakarta.servlet-api').scope, 'build');
  // Profiles' dependencies are declarations too.
  assert.deepEqual(byName(dependencies, 'io.micrometer:micrometer-core').range, { start: { line: 42, character: 22 }, end: { line: 42, character: 37 } });
});

test('an aggregator POM with only dependencyManagement and plugins declares no dependencies', () => {
  const { dependencies, problems } = parseFixture('shop/pom.xml');
  assert.deepEqual(problems, []);
  assert.deepEqual(dependencies, []);
});

test('dependencyManagement in the same POM gives a missing version and scope', () => {
  const { dependencies } = parseText(`<project>
  <properties><netty.version>4.1.100.Final</netty.version></properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.netty</groupId>
        <artifactId>netty-handler</artifactId>
        <version>\${netty.version}</version>
      </dependency>
      <dependency>
        <groupId>org.mockito</groupId>
        <artifactId>mockito-core</artifactId>
        <version>5.7.0</version>
        <scope>test</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>io.netty</groupId><artifactId>netty-handler</artifactId></dependency>
    <dependency><groupId>org.mockito</groupId><artifactId>mockito-core</artifactId></dependency>
    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><version>2.2.224</version><scope>runtime</scope><optional>true</optional></dependency>
    <dependency><groupId>javax.sql</groupId><artifactId>jdbc-stdext</artifactId><version>2.0</version><scope>system</scope></dependency>
  </dependencies>
</project>`);
  assert.deepEqual(
    dependencies.map((d) => [d.name, d.spec, d.scope]),
    [
      ['io.netty:netty-handler', '4.1.100.Final', 'runtime'],
      ['org.mockito:mockito-core', '5.7.0', 'test'],
      ['com.h2database:h2', '2.2.224', 'optional'],
      ['javax.sql:jdbc-stdext', '2.0', 'build'],
    ],
  );
  assert.deepEqual(dependencies[0]!.range, { start: { line: 18, character: 55 }, end: { line: 18, character: 68 } });
});

test('Maven 2 spellings ${pom.version} and ${version}, nested properties, and a property cycle that ends', () => {
  const { dependencies } = parseText(`<project>
  <groupId>org.acme</groupId><artifactId>app</artifactId><version>3.1</version>
  <properties>
    <base>1.2</base>
    <lib.version>\${base}.7</lib.version>
    <a>\${b}</a><b>\${a}</b>
  </properties>
  <dependencies>
    <dependency><groupId>org.acme</groupId><artifactId>one</artifactId><version>\${pom.version}</version></dependency>
    <dependency><groupId>org.acme</groupId><artifactId>two</artifactId><version>\${version}</version></dependency>
    <dependency><groupId>org.acme</groupId><artifactId>three</artifactId><version>\${lib.version}</version></dependency>
    <dependency><groupId>org.acme</groupId><artifactId>four</artifactId><version>\${a}</version></dependency>
  </dependencies>
</project>`);
  assert.deepEqual(
    dependencies.map((d) => d.spec),
    ['3.1', '3.1', '1.2.7', '${a}'],
  );
});

test('the same artifact twice (another classifier) is reported once', () => {
  const { dependencies } = parseText(`<project><dependencies>
  <dependency><groupId>io.netty</groupId><artifactId>netty-transport-native-epoll</artifactId><version>4.1.100.Final</version></dependency>
  <dependency><groupId>io.netty</groupId><artifactId>netty-transport-native-epoll</artifactId><version>4.1.100.Final</version><classifier>linux-x86_64</classifier></dependency>
</dependencies></project>`);
  assert.equal(dependencies.length, 1);
  assert.equal(dependencies[0]!.range.start.line, 1);
});

test('broken XML: a problem where the damage is, and what came before is kept', () => {
  const { dependencies, problems } = parseFixture('broken/pom.xml');
  assert.equal(problems.length, 1);
  assert.deepEqual(problems[0]!.range, { start: { line: 12, character: 4 }, end: { line: 12, character: 5 } });
  assert.match(problems[0]!.message, /<artifactId> \(line 12\) is not closed before <\/dependency>/);
  assert.deepEqual(byName(dependencies, 'org.slf4j:slf4j-api').spec, '2.0.9');
});

test('bad input never throws: empty, binary-ish, not a POM, missing coordinates, unknown scope', () => {
  for (const text of ['', '\u0000\u0001\u0002', 'not xml at all', '<project', '<?xml version="1.0"?><project><dependencies><dependency>']) {
    const result = parseText(text);
    assert.equal(result.dependencies.length, 0);
    assert.ok(result.problems.length >= 1, `no problem for ${JSON.stringify(text)}`);
    assert.ok(result.problems.every((p) => p.range), `a problem without a range for ${JSON.stringify(text)}`);
  }
  const notAPom = parseText('<settings><localRepository>/x</localRepository></settings>');
  assert.match(notAPom.problems[0]!.message, /root element should be <project>, not <settings>/);
  assert.deepEqual(notAPom.problems[0]!.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 9 } });

  const incomplete = parseText(`<project><dependencies>
  <dependency><artifactId>orphan</artifactId></dependency>
  <dependency><groupId>a</groupId><artifactId>b</artifactId><version>1</version><scope>compiled</scope></dependency>
</dependencies></project>`);
  assert.deepEqual(incomplete.dependencies, []);
  assert.deepEqual(
    incomplete.problems.map((p) => [p.message, p.range?.start]),
    [
      ['A dependency needs a <groupId> and an <artifactId>', { line: 1, character: 3 }],
      ['Unknown Maven scope "compiled"', { line: 2, character: 87 }],
    ],
  );
});
