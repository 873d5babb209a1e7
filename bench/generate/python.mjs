// The Python side: 50 services, each with a requirements.txt (some with a pyproject.toml too) and a
// virtualenv (.venv with pyvenv.cfg) whose site-packages holds the installed distributions, 500 in
// all. Their METADATA headers carry licences in every way the core-metadata versions allow.
import { licenseFile } from './licenseTexts.mjs';
import { COMPANIES, NOUNS, PYPI_NAMES, TECH_WORDS, email, person } from './words.mjs';

const PYTHON_SHAPE = { services: 50, distributionsPerVenv: 10, notInstalledPerService: 2 };

const FAMILIES = [[40, 'MIT'], [25, 'Apache-2.0'], [20, 'BSD-3-Clause'], [3, 'BSD-2-Clause'], [2, 'ISC'], [4, 'MPL-2.0'], [3, 'PSF-2.0'], [3, 'LGPL-3.0-or-later']];

const CLASSIFIER = {
  MIT: 'MIT License',
  'Apache-2.0': 'Apache Software License',
  'BSD-3-Clause': 'BSD License',
  'BSD-2-Clause': 'BSD License',
  ISC: 'ISC License (ISCL)',
  'MPL-2.0': 'Mozilla Public License 2.0 (MPL 2.0)',
  'PSF-2.0': 'Python Software Foundation License',
  'LGPL-3.0-or-later': 'GNU Lesser General Public License v3 or later (LGPLv3+)',
};

const SHORT_NAMES = {
  MIT: ['MIT', 'MIT License', 'MIT license'],
  'Apache-2.0': ['Apache 2.0', 'Apache-2.0', 'Apache License 2.0', 'Apache Software License'],
  'BSD-3-Clause': ['BSD-3-Clause', 'BSD 3-Clause License', 'BSD'],
  'BSD-2-Clause': ['BSD-2-Clause', 'Simplified BSD'],
  ISC: ['ISC', 'ISC License'],
  'MPL-2.0': ['MPL-2.0', 'Mozilla Public License 2.0 (MPL 2.0)'],
  'PSF-2.0': ['PSF', 'Python Software Foundation License'],
  'LGPL-3.0-or-later': ['LGPLv3+', 'LGPL-3.0-or-later'],
};

const WITH_TEXT = new Set(['MIT', 'Apache-2.0', 'BSD-3-Clause', 'BSD-2-Clause', 'ISC']);

function pyVersion(random) {
  return `${random.int(0, 5)}.${random.int(0, 40)}.${random.int(0, 12)}`;
}

function escapeName(name) {
  return name.replace(/[-.]+/g, '_');
}

function longDescription(random, name) {
  const paragraphs = [];
  for (let i = random.weighted([[40, 2], [30, 8], [20, 25], [10, 80]]); i > 0; i--) {
    paragraphs.push(Array.from({ length: random.int(3, 8) }, () => `${random.pick(NOUNS)} ${random.pick(TECH_WORDS)} ${random.pick(NOUNS)}s`).join(', ') + '.');
    if (random.chance(0.2)) paragraphs.push('```python\nimport ' + escapeName(name) + '\n' + escapeName(name) + '.' + random.pick(TECH_WORDS) + '(' + random.int(0, 9) + ')\n```');
  }
  return `# ${name}\n\n${paragraphs.join('\n\n')}\n`;
}

/** One installed distribution: its dist-info files, keyed by path relative to site-packages. */
function distribution(random, name, family, requires) {
  const version = pyVersion(random);
  const info = `${escapeName(name)}-${version}.dist-info`;
  const files = {};
  const style = random.weighted([[30, 'expression'], [25, 'short'], [15, 'classifier'], [10, 'unknown'], [10, 'text'], [5, 'files-only'], [5, 'ambiguous']]);
  const effective = style === 'text' && !WITH_TEXT.has(family) ? 'short' : style;
  const metadataVersion = effective === 'expression' ? '2.4' : random.pick(['2.1', '2.1', '2.3']);
  const author = person(random);
  const headers = [
    `Metadata-Version: ${metadataVersion}`,
    `Name: ${name}`,
    `Version: ${version}`,
    `Summary: ${random.pick(['Fast', 'Simple', 'Modern', 'Typed'])} ${random.pick(TECH_WORDS)} ${random.pick(['toolkit', 'library', 'client', 'framework'])} for Python`,
    ...(random.chance(0.6) ? [`Home-page: https://github.com/${escapeName(name)}/${name}`] : []),
    random.chance(0.5) ? `Author: ${author}\nAuthor-email: ${email(random, author)}` : `Author-email: ${random.pick(COMPANIES)} <${email(random, author)}>`,
  ];
  const licenseText = WITH_TEXT.has(family) ? licenseFile(random, family) : undefined;
  const licenseFileHeader = (path) => {
    if (!licenseText) return;
    files[`${info}/${path}`] = licenseText.text;
    headers.push(`License-File: ${path.replace(/^licenses\//, '')}`);
  };
  const classifier = () => headers.push(`Classifier: License :: OSI Approved :: ${CLASSIFIER[family]}`);
  switch (effective) {
    case 'expression':
      headers.push(`License-Expression: ${family}`);
      licenseFileHeader('licenses/LICENSE');
      break;
    case 'short':
      headers.push(`License: ${random.pick(SHORT_NAMES[family])}`);
      classifier();
      break;
    case 'classifier':
      classifier();
      break;
    case 'unknown':
      headers.push('License: UNKNOWN');
      classifier();
      break;
    case 'text':
      headers.push(`License: ${licenseText.text.trimEnd().replace(/\r?\n/g, '\n        ')}`);
      classifier();
      break;
    case 'files-only':
      if (licenseText) files[`${info}/LICENSE`] = licenseText.text;
      break;
    case 'ambiguous':
      headers.push(`License: ${family.startsWith('BSD') ? 'BSD' : 'OSI Approved'}`);
      licenseFileHeader('LICENSE.txt');
      break;
  }
  headers.push(
    'Classifier: Development Status :: 5 - Production/Stable',
    'Classifier: Intended Audience :: Developers',
    'Classifier: Programming Language :: Python :: 3',
    `Classifier: Programming Language :: Python :: 3.${random.int(9, 13)}`,
    `Requires-Python: >=3.${random.int(7, 10)}`,
    ...requires.map((r) => `Requires-Dist: ${r}>=${random.int(0, 3)}.${random.int(0, 20)}`),
    ...(random.chance(0.3) ? ['Provides-Extra: dev', `Requires-Dist: pytest>=7; extra == "dev"`] : []),
    'Description-Content-Type: text/markdown',
  );
  files[`${info}/METADATA`] = `${headers.join('\n')}\n\n${longDescription(random, name)}`;
  files[`${info}/WHEEL`] = `Wheel-Version: 1.0\nGenerator: ${random.pick(['setuptools (75.1.0)', 'hatchling 1.25.0', 'poetry-core 1.9.0', 'maturin (1.7.4)'])}\nRoot-Is-Purelib: true\nTag: py3-none-any\n`;
  files[`${info}/INSTALLER`] = `${random.pick(['pip', 'uv'])}\n`;
  files[`${escapeName(name)}/__init__.py`] = `"""${name}."""\n__version__ = "${version}"\n\nfrom .${random.pick(TECH_WORDS)} import *  # noqa: F401,F403\n`;
  return { name, version, info, files, truth: family, style: effective };
}

function requirementsFile(random, installed, missing) {
  const pinned = random.chance(0.6);
  const lines = pinned
    ? ['#', '# This file is autogenerated by pip-compile with Python 3.12', '# by the following command:', '#', '#    pip-compile requirements.in', '#']
    : ['# Runtime dependencies', ''];
  const all = [...installed.map((d) => ({ name: d.name, version: d.version })), ...missing.map((name) => ({ name, version: '1.0.0' }))].sort((a, b) => a.name.localeCompare(b.name));
  for (const { name, version } of all) {
    if (pinned) {
      lines.push(`${name}==${version}`, random.chance(0.5) ? '    # via -r requirements.in' : `    # via\n    #   ${random.pick(PYPI_NAMES)}\n    #   -r requirements.in`);
    } else {
      lines.push(random.weighted([
        [50, `${name}>=${version.split('.').slice(0, 2).join('.')}`],
        [20, `${name}==${version}`],
        [15, `${name}[${random.pick(['standard', 'all', 'dev'])}]~=${version.split('.').slice(0, 2).join('.')}`],
        [15, `${name}==${version} ; python_version >= "3.10"`],
      ]));
    }
  }
  return lines.join('\n') + '\n';
}

export function generatePython(random, writer) {
  const rng = { families: random.fork('py-families'), envs: random.fork('py-envs') };
  const familyOf = new Map(PYPI_NAMES.map((name) => [name, rng.families.weighted(FAMILIES)]));
  const services = [];
  for (let i = 0; i < PYTHON_SHAPE.services; i++) {
    const dir = `services/${rng.envs.pick(NOUNS)}-${rng.envs.pick(['api', 'worker', 'ml', 'etl', 'bot', 'search'])}-${String(i).padStart(2, '0')}`;
    const chosen = rng.envs.sample(PYPI_NAMES, PYTHON_SHAPE.distributionsPerVenv + PYTHON_SHAPE.notInstalledPerService);
    const installedNames = chosen.slice(0, PYTHON_SHAPE.distributionsPerVenv);
    const missing = chosen.slice(PYTHON_SHAPE.distributionsPerVenv);
    const sitePackages = `${dir}/.venv/lib/python3.12/site-packages`;
    const installed = installedNames.map((name) => distribution(rng.envs, name, familyOf.get(name), rng.envs.sample(PYPI_NAMES, rng.envs.int(0, 4))));
    writer.write(`${dir}/.venv/pyvenv.cfg`, `home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.12.3\nexecutable = /usr/bin/python3.12\ncommand = /usr/bin/python3 -m venv /srv/${dir}/.venv\n`);
    writer.write(`${dir}/.venv/.gitignore`, '*\n');
    for (const d of installed) for (const [path, content] of Object.entries(d.files)) writer.write(`${sitePackages}/${path}`, content);
    writer.write(`${dir}/requirements.txt`, requirementsFile(rng.envs, installed, missing));
    if (rng.envs.chance(0.3)) {
      const deps = rng.envs.sample(installed, 4).map((d) => `    "${d.name}>=${d.version.split('.')[0]}",`);
      writer.write(`${dir}/pyproject.toml`, `[project]\nname = "${dir.split('/').pop()}"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = [\n${deps.join('\n')}\n]\n\n[tool.ruff]\nline-length = 120\n`);
    }
    services.push({ dir, sitePackages, installed: installed.map((d) => ({ name: d.name, version: d.version, metadata: `${sitePackages}/${d.info}/METADATA`, truth: d.truth, style: d.style })), missing });
  }
  return services;
}
