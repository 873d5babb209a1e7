// The npm side of the monorepo: a root package.json with workspaces, 199 workspace members, a
// package-lock.json (v3) of 5,000 packages, and a production install (node_modules) of the 2,000
// non-dev ones: hoisted, scoped and nested. Half the installed packages declare no licence and ship
// only a LICENSE file; the others declare one in every form seen in the wild.
import { licenseFile, proprietaryNotice, buslText } from './licenseTexts.mjs';
import { ADJECTIVES, COMPANIES, NOUNS, SCOPES, TECH_WORDS, email, person } from './words.mjs';
import { ordinaryJavaScript } from './sources.mjs';

const NPM_SHAPE = {
  lockPackages: 5000,
  installed: 2000,
  nestedInstalled: 150,
  nestedDev: 200,
  packagesMembers: 150,
  appsMembers: 49,
};

function uniqueNames(random, count) {
  const names = new Set();
  while (names.size < count) {
    const words = Array.from({ length: random.weighted([[25, 1], [60, 2], [15, 3]]) }, () => random.pick(TECH_WORDS));
    if (new Set(words).size < words.length) continue;
    const base = words.join('-');
    names.add(random.chance(0.15) ? `@${random.pick(SCOPES)}/${base}` : base);
  }
  return [...names];
}

function version(random) {
  const major = random.weighted([[25, 0], [25, 1], [15, 2], [10, 3], [25, random.int(4, 15)]]);
  return `${major}.${random.int(0, 30)}.${random.int(0, 20)}${random.chance(0.03) ? `-beta.${random.int(0, 9)}` : ''}`;
}

function rangeFor(random, v) {
  return random.weighted([[70, `^${v}`], [15, `~${v}`], [10, v], [5, `>=${v.split('.')[0]}.0.0`]]);
}

function integrity(random) {
  return `sha512-${random.bytes(64).toString('base64')}`;
}

function tarballUrl(name, v) {
  const base = name.includes('/') ? name.split('/')[1] : name;
  return `https://registry.npmjs.org/${name}/-/${base}-${v}.tgz`;
}

/** The `license` a package.json declares, with what it truly means. */
const DECLARED_FORMS = [
  [44, () => ({ field: 'MIT', truth: 'MIT', family: 'MIT' })],
  [10, () => ({ field: 'ISC', truth: 'ISC', family: 'ISC' })],
  [10, () => ({ field: 'Apache-2.0', truth: 'Apache-2.0', family: 'Apache-2.0' })],
  [5, () => ({ field: 'BSD-3-Clause', truth: 'BSD-3-Clause', family: 'BSD-3-Clause' })],
  [3, () => ({ field: 'BSD-2-Clause', truth: 'BSD-2-Clause', family: 'BSD-2-Clause' })],
  [4, () => ({ field: '(MIT OR Apache-2.0)', truth: 'MIT OR Apache-2.0', family: 'MIT' })],
  [1, () => ({ field: 'MIT OR CC0-1.0', truth: 'MIT OR CC0-1.0', family: 'MIT' })],
  [2, () => ({ field: 'Apache 2.0', truth: 'Apache-2.0', family: 'Apache-2.0' })],
  [1, () => ({ field: 'Apache License, Version 2.0', truth: 'Apache-2.0', family: 'Apache-2.0' })],
  [2, () => ({ field: 'BSD', truth: 'BSD-3-Clause', family: 'BSD-3-Clause' })],
  [4, (name) => ({ legacy: { type: 'MIT', url: `https://github.com/${name.replace('@', '')}/blob/master/LICENSE` }, truth: 'MIT', family: 'MIT' })],
  [3, () => ({ legacyArray: [{ type: 'MIT', url: 'http://www.opensource.org/licenses/mit-license.php' }, { type: 'Apache-2.0', url: 'http://www.apache.org/licenses/LICENSE-2.0' }], truth: 'MIT OR Apache-2.0', family: 'MIT' })],
  [3, () => ({ field: 'UNLICENSED', truth: 'proprietary', family: 'proprietary' })],
  [3, () => ({ field: 'SEE LICENSE IN LICENSE.md', truth: 'proprietary', family: 'see-file' })],
  [2, () => ({ field: 'BUSL-1.1', truth: 'BUSL-1.1', family: 'BUSL-1.1' })],
  [1, () => ({ field: 'BlueOak-1.0.0', truth: 'BlueOak-1.0.0', family: null })],
  [1, () => ({ field: '0BSD', truth: '0BSD', family: null })],
  [1, () => ({ field: 'MPL-2.0', truth: 'MPL-2.0', family: null })],
  [1, () => ({ field: 'CC-BY-4.0', truth: 'CC-BY-4.0', family: null })],
  [1, () => ({ field: 'Unlicense', truth: 'Unlicense', family: null })],
  [1, () => ({ field: 'Python-2.0', truth: 'Python-2.0', family: null })],
];

function author(random) {
  const name = person(random);
  return random.weighted([
    [45, `${name} <${email(random, name)}>`],
    [20, name],
    [20, { name, email: email(random, name), url: `https://${name.split(' ')[0].toLowerCase()}.example.dev` }],
    [15, random.pick(COMPANIES)],
  ]);
}

function description(random) {
  return `${random.pick(ADJECTIVES)[0].toUpperCase()}${random.pick(ADJECTIVES).slice(1)} ${random.pick(TECH_WORDS)} ${random.pick(['utility', 'helper', 'parser', 'library', 'toolkit', 'wrapper', 'implementation'])} for ${random.pick(NOUNS)}s`;
}

function stringify(random, json) {
  return JSON.stringify(json, null, random.chance(0.1) ? '\t' : 2) + '\n';
}

export function generateNpm(random, writer) {
  const rng = {
    names: random.fork('npm-names'),
    lock: random.fork('npm-lock'),
    install: random.fork('npm-install'),
    workspaces: random.fork('npm-workspaces'),
  };
  const shape = NPM_SHAPE;
  const hoistedCount = shape.lockPackages - shape.nestedInstalled - shape.nestedDev;
  const hoistedNames = uniqueNames(rng.names, hoistedCount);
  const prodHoisted = hoistedNames.slice(0, shape.installed - shape.nestedInstalled);
  const devHoisted = hoistedNames.slice(prodHoisted.length);

  /** location → { name, version, dev, installed } */
  const entries = new Map();
  for (const name of prodHoisted) entries.set(`node_modules/${name}`, { name, version: version(rng.lock), dev: false });
  for (const name of devHoisted) entries.set(`node_modules/${name}`, { name, version: version(rng.lock), dev: true });
  const nest = (parents, count, dev) => {
    const nested = [];
    while (nested.length < count) {
      // Most nest one level deep; some under an already nested package.
      const parent = nested.length && rng.lock.chance(0.1) ? rng.lock.pick(nested) : `node_modules/${rng.lock.pick(parents)}`;
      const child = rng.lock.chance(0.7) ? rng.lock.pick(hoistedNames) : uniqueNames(rng.names, 1)[0];
      const location = `${parent}/node_modules/${child}`;
      if (entries.has(location)) continue;
      entries.set(location, { name: child, version: version(rng.lock), dev });
      nested.push(location);
    }
  };
  nest(prodHoisted, shape.nestedInstalled, false);
  nest(devHoisted, shape.nestedDev, true);

  // Licences: exactly half of the installed packages declare none.
  const installedLocations = [...entries].filter(([, e]) => !e.dev).map(([l]) => l);
  const undeclared = new Set(rng.install.sample(installedLocations, installedLocations.length / 2));
  const installed = [];
  const licenseFiles = [];
  for (const [location, entry] of entries) {
    if (entry.dev) {
      entry.lockLicense = rng.lock.chance(0.85) ? rng.lock.weighted([[60, 'MIT'], [15, 'ISC'], [12, 'Apache-2.0'], [8, 'BSD-3-Clause'], [5, 'BSD-2-Clause']]) : undefined;
      continue;
    }
    const declared = undeclared.has(location) ? null : rng.install.weighted(DECLARED_FORMS)(entry.name);
    entry.declared = declared;
    if (declared?.field) entry.lockLicense = declared.field;
  }

  // Dependencies between packages, as the lockfile records them.
  const prodNames = [...new Set(prodHoisted)];
  for (const entry of entries.values()) {
    const pool = entry.dev ? hoistedNames : prodNames;
    const deps = {};
    for (let i = rng.lock.weighted([[30, 0], [30, 1], [20, 2], [12, 4], [8, 7]]); i > 0; i--) {
      const dep = rng.lock.pick(pool);
      if (dep !== entry.name) deps[dep] = rangeFor(rng.lock, entries.get(`node_modules/${dep}`)?.version ?? '1.0.0');
    }
    entry.dependencies = deps;
  }

  // Workspace members and the root.
  const members = [];
  const memberNames = new Set();
  for (const [folder, count] of [['packages', shape.packagesMembers], ['apps', shape.appsMembers]]) {
    while (members.filter((m) => m.folder === folder).length < count) {
      const base = `${rng.workspaces.pick(NOUNS)}-${rng.workspaces.pick(TECH_WORDS)}`;
      if (memberNames.has(`@mono/${base}`)) continue;
      memberNames.add(`@mono/${base}`);
      members.push({ folder, dir: `${folder}/${base}`, name: `@mono/${base}` });
    }
  }
  const pickDeps = (pool, min, max) => {
    const out = {};
    for (const name of rng.workspaces.sample(pool, rng.workspaces.int(min, max)).sort()) {
      out[name] = rangeFor(rng.workspaces, entries.get(`node_modules/${name}`).version);
    }
    return out;
  };
  for (const member of members) {
    member.dependencies = pickDeps(prodNames, 3, 20);
    for (const sibling of rng.workspaces.sample(members, rng.workspaces.int(0, 3))) {
      if (sibling !== member) member.dependencies[sibling.name] = rng.workspaces.chance(0.5) ? '*' : '^1.0.0';
    }
    member.devDependencies = pickDeps(devHoisted, 2, 15);
  }
  const root = {
    dependencies: pickDeps(prodNames, 220, 220),
    devDependencies: pickDeps(devHoisted, 330, 330),
  };

  // package-lock.json
  const packages = {
    '': { name: 'acme-platform', version: '0.0.0', license: 'UNLICENSED', workspaces: ['packages/*', 'apps/*'], dependencies: root.dependencies, devDependencies: root.devDependencies },
  };
  for (const member of members) {
    packages[member.dir] = { name: member.name, version: '1.0.0', license: 'UNLICENSED', dependencies: member.dependencies, devDependencies: member.devDependencies };
  }
  for (const member of members) packages[`node_modules/${member.name}`] = { resolved: member.dir, link: true };
  const locations = [...entries.keys()].sort();
  for (const location of locations) {
    const e = entries.get(location);
    const lock = { version: e.version, resolved: tarballUrl(e.name, e.version), integrity: integrity(rng.lock) };
    if (e.dev) lock.dev = true;
    if (rng.lock.chance(0.02)) lock.optional = true;
    if (rng.lock.chance(0.02)) lock.peer = true;
    if (e.lockLicense) lock.license = e.lockLicense;
    if (Object.keys(e.dependencies).length) lock.dependencies = e.dependencies;
    if (rng.lock.chance(0.08)) lock.bin = { [e.name.split('/').pop()]: 'bin/cli.js' };
    if (rng.lock.chance(0.4)) lock.engines = { node: rng.lock.pick(['>=12', '>=14', '>=16', '>=18', '^18.17.0 || >=20.5.0']) };
    if (rng.lock.chance(0.15)) lock.funding = { url: `https://github.com/sponsors/${rng.lock.pick(TECH_WORDS)}` };
    packages[location] = lock;
  }
  writer.write('package-lock.json', JSON.stringify({ name: 'acme-platform', version: '0.0.0', lockfileVersion: 3, requires: true, packages }, null, 2) + '\n');

  // The root package.json: the large manifest of the re-diagnosis benchmark.
  const scripts = {};
  for (const member of members.slice(0, 40)) {
    const short = member.dir.split('/')[1];
    scripts[`build:${short}`] = `npm run build --workspace ${member.name}`;
    scripts[`test:${short}`] = `npm test --workspace ${member.name} -- --coverage`;
  }
  const rootJson = {
    name: 'acme-platform',
    version: '0.0.0',
    private: true,
    description: 'The Acme platform: web apps, services and shared packages.',
    license: 'UNLICENSED',
    workspaces: ['packages/*', 'apps/*'],
    engines: { node: '>=20.11', npm: '>=10' },
    scripts: { build: 'npm run build --workspaces --if-present', test: 'vitest run', lint: 'eslint .', typecheck: 'tsc -b', ...scripts },
    dependencies: root.dependencies,
    devDependencies: root.devDependencies,
    overrides: Object.fromEntries(rng.workspaces.sample(prodNames, 25).sort().map((n) => [n, entries.get(`node_modules/${n}`).version])),
    'lint-staged': { '*.{ts,tsx}': ['eslint --fix', 'prettier --write'], '*.{md,json,yml}': ['prettier --write'] },
    prettier: { singleQuote: true, printWidth: 120, trailingComma: 'all' },
  };
  writer.write('package.json', JSON.stringify(rootJson, null, 2) + '\n');
  for (const member of members) {
    writer.write(`${member.dir}/package.json`, JSON.stringify({
      name: member.name,
      version: '1.0.0',
      private: true,
      type: 'module',
      main: 'dist/index.js',
      types: 'dist/index.d.ts',
      scripts: { build: 'tsc -p tsconfig.json', test: 'vitest run', lint: 'eslint src' },
      dependencies: member.dependencies,
      devDependencies: member.devDependencies,
    }, null, 2) + '\n');
  }

  // node_modules: the production install, with the workspace members linked in as npm does.
  for (const member of members) writer.link(`node_modules/${member.name}`, `../../${member.dir}`);
  for (const location of installedLocations) {
    const e = entries.get(location);
    const declared = e.declared;
    const json = {
      name: e.name,
      version: e.version,
      description: description(rng.install),
      main: 'index.js',
      ...(rng.install.chance(0.4) ? { types: 'index.d.ts' } : {}),
      files: ['index.js', ...(rng.install.chance(0.4) ? ['index.d.ts'] : [])],
      scripts: { test: rng.install.pick(['node test.js', 'tap', 'mocha', 'jest', 'xo && ava', 'vitest run']) },
      repository: rng.install.chance(0.7) ? { type: 'git', url: `git+https://github.com/${e.name.replace('@', '')}.git` } : e.name.replace('@', ''),
      keywords: rng.install.sample(TECH_WORDS, rng.install.int(0, 6)),
      author: author(rng.install),
      ...(declared?.field ? { license: declared.field } : {}),
      ...(declared?.legacy ? { license: declared.legacy } : {}),
      ...(declared?.legacyArray ? { licenses: declared.legacyArray } : {}),
      bugs: { url: `https://github.com/${e.name.replace('@', '')}/issues` },
      homepage: `https://github.com/${e.name.replace('@', '')}#readme`,
      dependencies: e.dependencies,
      ...(rng.install.chance(0.5) ? { engines: { node: '>=14' } } : {}),
    };
    if (!Object.keys(e.dependencies).length) delete json.dependencies;
    writer.write(`${location}/package.json`, stringify(rng.install, json));
    writer.write(`${location}/index.js`, ordinaryJavaScript(rng.install, rng.install.int(15, 120)));
    if (rng.install.chance(0.5)) writer.write(`${location}/README.md`, `# ${e.name}\n\n> ${json.description}\n\n## Install\n\n\`\`\`sh\nnpm install ${e.name}\n\`\`\`\n\n## Usage\n\n\`\`\`js\nconst lib = require('${e.name}');\nlib();\n\`\`\`\n`);

    let truth = declared?.truth ?? null;
    if (!declared) {
      const file = licenseFile(rng.install);
      writer.write(`${location}/${file.name}`, file.text);
      truth = file.truth;
      licenseFiles.push({ path: `${location}/${file.name}`, truth: file.truth, family: file.family, variant: file.variant, package: e.name });
    } else if (declared.family === 'see-file') {
      if (rng.install.chance(0.9)) writer.write(`${location}/LICENSE.md`, proprietaryNotice(rng.install));
    } else if (declared.family === 'proprietary') {
      if (rng.install.chance(0.5)) writer.write(`${location}/LICENSE`, proprietaryNotice(rng.install));
    } else if (declared.family === 'BUSL-1.1') {
      writer.write(`${location}/LICENSE`, buslText(rng.install, e.name));
    } else if (declared.family && (declared.field === 'BSD' || rng.install.chance(0.8))) {
      // A LICENSE that agrees with the declared licence (a modified one may slip in, as in real life;
      // the declared field stays the truth the package states). "BSD" alone names no licence: its
      // LICENSE file, always shipped here, says which one.
      const file = licenseFile(rng.install, declared.family);
      writer.write(`${location}/${file.name}`, file.text);
      if (declared.field === 'BSD') truth = file.truth;
    }
    installed.push({ location, name: e.name, version: e.version, declared: declared?.field ?? declared?.legacy ?? declared?.legacyArray ?? null, truth });
  }

  return {
    rootManifest: 'package.json',
    workspaceMembers: members.map((m) => m.dir),
    lockPackages: entries.size,
    installed,
    licenseFiles,
  };
}
