import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MemoryFileSystem } from '../../fs/memoryFileSystem';
import { ScopedFileSystem } from '../../fs/scopedFileSystem';
import { NodeFileSystem } from '../../../node/nodeFileSystem';
import { testContext } from '../../../../test/support/context';
import { CountingFileSystem } from '../../../../test/support/countingFileSystem';
import type { DeclaredDependency, Resolution } from '../ecosystem';
import { maven } from './index';

const FIXTURES = join(__dirname, 'fixtures');
const SHOP = join(FIXTURES, 'shop');
const HOME = join(FIXTURES, 'home');

async function resolveModule(module: string, context = testContext({ root: SHOP, home: HOME })): Promise<Map<string, Resolution>> {
  const path = join(SHOP, module, 'pom.xml');
  const { dependencies } = maven.parse({ path, text: readFileSync(path, 'utf8') });
  const resolver = maven.createResolver(join(SHOP, module), context);
  const out = new Map<string, Resolution>();
  for (const dependency of dependencies) out.set(dependency.name, await resolver.resolve(dependency));
  return out;
}

test('a version managed by the parent POM in the workspace; the licence inherited from the artifact\'s parent POM', async () => {
  const core = await resolveModule('core');
  assert.deepEqual(core.get('org.slf4j:slf4j-api'), {
    version: '2.0.9',
    license: 'MIT',
    evidence: [
      {
        source: 'package-metadata',
        file: '~/.m2/repository/org/slf4j/slf4j-parent/2.0.9/slf4j-parent-2.0.9.pom',
        detail: '<license><name>MIT License</name> (inherited from org.slf4j:slf4j-parent:2.0.9)',
      },
    ],
  });
  // Three generations up: commons-lang3 → commons-parent → org.apache:apache.
  assert.equal(core.get('org.apache.commons:commons-lang3')?.license, 'Apache-2.0');
  assert.equal(core.get('org.apache.commons:commons-lang3')?.evidence[0]?.file, '~/.m2/repository/org/apache/apache/29/apache-29.pom');
  assert.equal(core.get('com.google.guava:guava')?.license, 'Apache-2.0');
  assert.deepEqual(core.get('org.projectlombok:lombok')?.evidence, [
    { source: 'package-metadata', file: '~/.m2/repository/org/projectlombok/lombok/1.18.30/lombok-1.18.30.pom', detail: '<license><name>The MIT License</name>' },
  ]);
  assert.equal(core.get('org.junit.jupiter:junit-jupiter')?.version, '5.10.1');
  assert.equal(core.get('org.junit.jupiter:junit-jupiter')?.license, 'EPL-2.0');
});

test('a version from a BOM the parent imports, and a property only the parent defines', async () => {
  const web = await resolveModule('web');
  assert.equal(web.get('com.fasterxml.jackson.core:jackson-annotations')?.version, '2.15.3');
  assert.equal(web.get('com.fasterxml.jackson.core:jackson-annotations')?.license, 'Apache-2.0');
  assert.equal(web.get('org.slf4j:slf4j-simple')?.version, '2.0.9');
  assert.equal(web.get('org.slf4j:slf4j-simple')?.license, 'MIT');
});

test('several <license> elements are alternatives (OR), as the POM reference says', async () => {
  const web = await resolveModule('web');
  const servlet = web.get('jakarta.servlet:jakarta.servlet-api');
  assert.equal(servlet?.license, 'EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0');
  assert.deepEqual(servlet?.evidence.map((e) => e.detail), ['<license><name>EPL 2.0</name>', '<license><name>GPL2 w/ CPE</name>']);
});

test('an unrecognised licence name falls back to its URL; an undeclared version to the newest installed', async () => {
  const core = await resolveModule('core');
  const yaml = core.get('org.yaml:snakeyaml');
  assert.equal(yaml?.version, '2.2');
  assert.equal(yaml?.license, 'BSD-3-Clause OR Apache-2.0');
  assert.deepEqual(yaml?.evidence.map((e) => e.detail), [
    'version not declared; newest installed is 2.2',
    '<license><name>BSD License</name> <url>https://opensource.org/licenses/BSD-3-Clause</url>',
    '<license><name>Apache License, Version 2.0</name>',
  ]);
});

test('a module of the same build is the project\'s own code; an artifact missing from the repository has no licence', async () => {
  const web = await resolveModule('web');
  assert.equal(web.get('com.example.shop:shop-core')?.internal, 'a module of the same Maven build');
  assert.deepEqual(web.get('io.micrometer:micrometer-core'), { version: '1.12.0', license: null, evidence: [] });
});

test('everything needed lies in the workspace and the cache roots the host allows', async () => {
  const fs = new ScopedFileSystem(new NodeFileSystem(), [SHOP, ...maven.cacheRoots!({}, HOME)]);
  const web = await resolveModule('web', testContext({ root: SHOP, home: HOME, fs }));
  assert.equal(web.get('com.fasterxml.jackson.core:jackson-annotations')?.license, 'Apache-2.0');
  assert.equal(web.get('com.example.shop:shop-core')?.internal, 'a module of the same Maven build');
});

test('every POM and directory listing is read once per scan, however many modules use it', async () => {
  const fs = new CountingFileSystem(new NodeFileSystem());
  const context = testContext({ root: SHOP, home: HOME, fs });
  await resolveModule('core', context);
  await resolveModule('web', context);
  await resolveModule('core', context);
  assert.deepEqual(fs.repeated(), []);
  assert.equal(fs.reads.get(join(HOME, '.m2/repository/org/slf4j/slf4j-parent/2.0.9/slf4j-parent-2.0.9.pom')), 1);
});

function pom(body: string): string {
  return `<?xml version="1.0"?>\n<project>${body}</project>`;
}

const LICENSED = (name: string) => `<licenses><license><name>${name}</name></license></licenses>`;

test('<localRepository> in ~/.m2/settings.xml, with ${user.home}', async () => {
  const context = testContext({
    root: '/projects/app',
    home: '/home/dev',
    files: {
      '/projects/app/pom.xml': pom('<dependencies><dependency><groupId>org.x</groupId><artifactId>lib</artifactId><version>1.0</version></dependency></dependencies>'),
      '/home/dev/.m2/settings.xml': '<settings><localRepository>${user.home}/caches/maven</localRepository></settings>',
      '/home/dev/caches/maven/org/x/lib/1.0/lib-1.0.pom': pom(LICENSED('MIT')),
      '/home/dev/.m2/repository/org/x/lib/1.0/lib-1.0.pom': pom(LICENSED('GPL-3.0-only')),
    },
  });
  const dependency: DeclaredDependency = { name: 'org.x:lib', spec: '1.0', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, scope: 'runtime', direct: true };
  const resolution = await maven.createResolver('/projects/app', context).resolve(dependency);
  assert.equal(resolution.license, 'MIT');
  assert.equal(resolution.evidence[0]?.file, '~/caches/maven/org/x/lib/1.0/lib-1.0.pom');
});

test('-Dmaven.repo.local in MAVEN_OPTS wins over settings.xml', async () => {
  const context = testContext({
    root: '/projects/app',
    home: '/home/dev',
    env: { MAVEN_OPTS: '-Xmx2g -Dmaven.repo.local="/opt/m2 repo" -Dfoo=bar' },
    files: {
      '/home/dev/.m2/settings.xml': '<settings><localRepository>/elsewhere</localRepository></settings>',
      '/opt/m2 repo/org/x/lib/1.0/lib-1.0.pom': pom(LICENSED('Apache License, Version 2.0')),
    },
  });
  const dependency: DeclaredDependency = { name: 'org.x:lib', spec: '1.0', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, scope: 'runtime', direct: true };
  const resolution = await maven.createResolver('/projects/app', context).resolve(dependency);
  assert.equal(resolution.license, 'Apache-2.0');
  assert.equal(resolution.evidence[0]?.file, '/opt/m2 repo/org/x/lib/1.0/lib-1.0.pom');
});

test('a parent at relativePath with other coordinates is not the parent: the repository\'s is', async () => {
  const context = testContext({
    root: '/projects',
    home: '/home/dev',
    files: {
      '/projects/pom.xml': pom('<groupId>org.other</groupId><artifactId>unrelated</artifactId><version>1</version><properties><lib.version>9.9</lib.version></properties>'),
      '/projects/app/pom.xml': pom(
        '<parent><groupId>org.corp</groupId><artifactId>corp-parent</artifactId><version>7</version></parent><artifactId>app</artifactId>' +
          '<dependencies><dependency><groupId>org.x</groupId><artifactId>lib</artifactId><version>${lib.version}</version></dependency></dependencies>',
      ),
      '/home/dev/.m2/repository/org/corp/corp-parent/7/corp-parent-7.pom': pom('<groupId>org.corp</groupId><artifactId>corp-parent</artifactId><version>7</version><properties><lib.version>2.1</lib.version></properties>'),
      '/home/dev/.m2/repository/org/x/lib/2.1/lib-2.1.pom': pom(LICENSED('MIT')),
    },
  });
  const text = await context.fs.readFile('/projects/app/pom.xml');
  const [dependency] = maven.parse({ path: '/projects/app/pom.xml', text: new TextDecoder().decode(text) }).dependencies;
  assert.equal(dependency?.spec, '${lib.version}');
  const resolution = await maven.createResolver('/projects/app', context).resolve(dependency!);
  assert.equal(resolution.version, '2.1');
  assert.equal(resolution.license, 'MIT');
});

test('parent cycles and BOM import cycles in a broken repository end', async () => {
  const repo = '/home/dev/.m2/repository';
  const context = testContext({
    root: '/projects',
    home: '/home/dev',
    files: {
      '/projects/pom.xml': pom(
        '<groupId>w</groupId><artifactId>w</artifactId><version>1</version>' +
          '<dependencyManagement><dependencies><dependency><groupId>b</groupId><artifactId>bom-a</artifactId><version>1</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>' +
          '<dependencies><dependency><groupId>c</groupId><artifactId>loop</artifactId></dependency></dependencies>',
      ),
      [`${repo}/b/bom-a/1/bom-a-1.pom`]: pom('<dependencyManagement><dependencies><dependency><groupId>b</groupId><artifactId>bom-b</artifactId><version>1</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>'),
      [`${repo}/b/bom-b/1/bom-b-1.pom`]: pom(
        '<dependencyManagement><dependencies><dependency><groupId>b</groupId><artifactId>bom-a</artifactId><version>1</version><type>pom</type><scope>import</scope></dependency>' +
          '<dependency><groupId>c</groupId><artifactId>loop</artifactId><version>3</version></dependency></dependencies></dependencyManagement>',
      ),
      [`${repo}/c/loop/3/loop-3.pom`]: pom('<parent><groupId>c</groupId><artifactId>p1</artifactId><version>1</version></parent>'),
      [`${repo}/c/p1/1/p1-1.pom`]: pom('<parent><groupId>c</groupId><artifactId>p2</artifactId><version>1</version></parent>'),
      [`${repo}/c/p2/1/p2-1.pom`]: pom('<parent><groupId>c</groupId><artifactId>p1</artifactId><version>1</version></parent>'),
    },
  });
  const [dependency] = maven.parse({ path: '/projects/pom.xml', text: new TextDecoder().decode(await context.fs.readFile('/projects/pom.xml')) }).dependencies;
  const resolution = await maven.createResolver('/projects', context).resolve(dependency!);
  assert.deepEqual(resolution, { version: '3', license: null, evidence: [] });
});

test('a project without a readable pom.xml still resolves versions it was given', async () => {
  const context = testContext({ root: '/projects', home: '/home/dev', files: { '/home/dev/.m2/repository/org/x/lib/1.0/lib-1.0.pom': pom(LICENSED('ISC')) } });
  const dependency: DeclaredDependency = { name: 'org.x:lib', spec: '1.0', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, scope: 'runtime', direct: true };
  assert.equal((await maven.createResolver('/projects', context).resolve(dependency)).license, 'ISC');
  const memory = new MemoryFileSystem();
  assert.equal((await maven.createResolver('/projects', testContext({ root: '/projects', fs: memory })).resolve(dependency)).license, null);
});
