// LICENSE files as packages ship them: the common licences with varied titles, copyright lines,
// wrapping, bullets and file names, and a few modified ones (an added restriction, a dropped
// disclaimer) that are no longer the licence they resemble. Each comes with its truth: the SPDX id
// it is, or null when the text is not any standard licence.
// Base texts come from the spdx-license-list package (the SPDX License List texts).
import { createRequire } from 'node:module';
import { COMPANIES, email, person } from './words.mjs';

const require = createRequire(import.meta.url);
const SPDX = require('spdx-license-list/full');

function spdxText(id) {
  const text = SPDX[id]?.licenseText;
  if (!text) throw new Error(`spdx-license-list has no text for ${id}`);
  return text.replace(/\r\n/g, '\n');
}

/** Paragraphs of a text, each reduced to one line. */
function paragraphs(text) {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).join(' ').trim())
    .filter(Boolean);
}

function wrap(paragraph, width, indent = '') {
  if (!width) return paragraph;
  const lines = [];
  let line = '';
  for (const word of paragraph.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const BODIES = {
  MIT: paragraphs(spdxText('MIT')).slice(2), // after the title and the copyright placeholder
  ISC: paragraphs(spdxText('ISC')).slice(2),
  'BSD-2-Clause': paragraphs(spdxText('BSD-2-Clause')).slice(1),
  'BSD-3-Clause': paragraphs(spdxText('BSD-3-Clause')).slice(1),
  'Apache-2.0': spdxText('Apache-2.0'),
};

const TITLES = {
  MIT: [[30, 'MIT License'], [20, 'The MIT License (MIT)'], [10, '(The MIT License)'], [8, 'The MIT License'], [32, '']],
  ISC: [[35, 'ISC License'], [25, 'The ISC License'], [40, '']],
  'BSD-2-Clause': [[45, 'BSD 2-Clause License'], [10, 'The BSD 2-Clause License'], [45, '']],
  'BSD-3-Clause': [[45, 'BSD 3-Clause License'], [10, 'The 3-Clause BSD License'], [45, '']],
};

function copyrightHolder(random) {
  const name = person(random);
  return random.weighted([
    [40, name],
    [15, `${name} <${email(random, name)}>`],
    [8, `${name} <${email(random, name)}> (https://${name.split(' ')[1].toLowerCase().replace(/[^a-z]/g, '')}.dev)`],
    [20, random.pick(COMPANIES)],
    [7, `${name} and contributors`],
    [5, `The ${random.pick(['Project', 'Contributors', 'Authors'])} of this package`],
    [5, `${random.pick(COMPANIES)} and other contributors`],
  ]);
}

function copyrightLine(random, holder) {
  const year = random.int(2009, 2024);
  const years = random.weighted([
    [50, `${year}`],
    [20, `${year}-${Math.min(2025, year + random.int(1, 8))}`],
    [10, `${year}-present`],
    [10, `${year}, ${Math.min(2025, year + random.int(1, 5))}`],
    [10, ''],
  ]);
  const mark = random.weighted([[55, 'Copyright (c)'], [15, 'Copyright'], [15, 'Copyright ©'], [10, 'Copyright (C)'], [5, '(c)']]);
  return [mark, years, holder].filter(Boolean).join(' ').replace(/ ,/g, ',');
}

function copyrightBlock(random, family) {
  const lines = [copyrightLine(random, copyrightHolder(random))];
  if (random.chance(0.15)) lines.push(copyrightLine(random, copyrightHolder(random)));
  if (family.startsWith('BSD') && random.chance(0.7)) lines.push('All rights reserved.');
  return lines.join('\n');
}

const FILE_NAMES = [
  [58, 'LICENSE'], [15, 'LICENSE.md'], [8, 'LICENSE.txt'], [7, 'license'], [4, 'LICENCE'], [3, 'license.md'], [3, 'COPYING'], [2, 'LICENSE-MIT'],
];

function fileName(random, family, markdown) {
  if (markdown) return random.pick(['LICENSE.md', 'license.md', 'LICENSE.md']);
  const name = random.weighted(FILE_NAMES);
  if (name === 'LICENSE-MIT' && family !== 'MIT') return 'LICENSE';
  return name.endsWith('.md') ? 'LICENSE' : name;
}

/** Restrictions that make a licence text no longer the standard one. */
const ADDED_RESTRICTIONS = [
  'The Software may not be used, in whole or in part, for commercial purposes without the prior written permission of the copyright holders.',
  'Use of the Software by organisations with more than 500 employees requires a separate commercial licence from the copyright holder.',
  'The Software may not be offered to third parties as a hosted or managed service.',
];

const COMMONS_CLAUSE = [
  '"Commons Clause" License Condition v1.0',
  'The grant of rights under the License below does not include the right to Sell the Software: to provide to third parties, for a fee or other consideration, a product or service whose value derives substantially from the functionality of the Software.',
];

function joinText(blocks, { crlf }) {
  const text = blocks.filter((b) => b !== '').join('\n\n') + '\n';
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

function simpleLicense(random, family) {
  const markdown = family !== 'Apache-2.0' && random.chance(0.12);
  const width = random.weighted([[55, 80], [15, 78], [10, 72], [20, 0]]);
  let title = random.weighted(TITLES[family]);
  if (markdown) title = `# ${title || `${family} License`}`;
  else if (title && random.chance(0.15)) title = `${title}\n${'='.repeat(title.length)}`;
  let body = [...BODIES[family]];
  let truth = family;
  let variant = 'standard';

  const holderOrg = random.pick(COMPANIES).replace(/,? (Inc\.|LLC|Ltd\.|Corp\.)$/, '');
  if (family === 'ISC' && random.chance(0.8)) {
    // The form npm's own packages use: "THE AUTHOR" where the SPDX text says "ISC".
    body = body.map((p) => p.replace('AND ISC DISCLAIMS', 'AND THE AUTHOR DISCLAIMS').replace('SHALL ISC BE LIABLE', 'SHALL THE AUTHOR BE LIABLE'));
    variant = 'author';
  }
  if (family === 'BSD-3-Clause' && random.chance(0.5)) {
    body = body.map((p) => p.replace('Neither the name of the copyright holder', `Neither the name of ${holderOrg}`));
    variant = 'named-organisation';
  }
  const bullet = family.startsWith('BSD') ? random.weighted([[60, null], [25, '*'], [15, '-']]) : null;
  if (bullet) body = body.map((p) => p.replace(/^\d\. /, `${bullet} `));

  const modified = random.chance(0.08);
  if (modified) {
    truth = null;
    const kinds = {
      MIT: ['non-commercial', 'commons-clause', 'no-disclaimer'],
      ISC: ['non-commercial-grant', 'commons-clause'],
      'BSD-2-Clause': ['extra-clause'],
      'BSD-3-Clause': ['extra-clause'],
    }[family];
    variant = `modified:${random.pick(kinds)}`;
    switch (variant) {
      case 'modified:non-commercial':
        body.splice(1, 0, ADDED_RESTRICTIONS[0]);
        break;
      case 'modified:no-disclaimer':
        body = body.filter((p) => !p.startsWith('THE SOFTWARE IS PROVIDED'));
        break;
      case 'modified:non-commercial-grant':
        body = body.map((p) => p.replace('for any purpose', 'for any non-commercial purpose'));
        break;
      case 'modified:extra-clause': {
        const at = body.findIndex((p) => p.startsWith('THIS SOFTWARE IS PROVIDED'));
        const n = family === 'BSD-3-Clause' ? 4 : 3;
        body.splice(at, 0, `${bullet ?? `${n}.`} ${random.pick(ADDED_RESTRICTIONS.slice(1))}`);
        break;
      }
      case 'modified:commons-clause':
        break;
    }
  }

  const indent = bullet || family.startsWith('BSD') ? '   ' : '';
  const wrapped = body.map((p) => wrap(p, width, /^(\d\.|\*|-) /.test(p) ? indent : ''));
  const blocks = variant === 'modified:commons-clause' ? [...COMMONS_CLAUSE.map((p) => wrap(p, width)), title] : [title];
  blocks.push(copyrightBlock(random, family), ...wrapped);
  return {
    name: fileName(random, family, markdown),
    text: joinText(blocks, { crlf: random.chance(0.05) }),
    truth,
    family,
    variant,
  };
}

function apacheLicense(random) {
  let text = BODIES['Apache-2.0'];
  const holder = copyrightHolder(random);
  const layout = random.weighted([[40, 'spdx'], [25, 'filled-appendix'], [25, 'no-appendix'], [10, 'prefixed-notice']]);
  let truth = 'Apache-2.0';
  let variant = layout;
  if (layout === 'filled-appendix') text = text.replace('Copyright [yyyy] [name of copyright owner]', `Copyright ${random.int(2012, 2024)} ${holder}`);
  if (layout === 'no-appendix') text = text.slice(0, text.indexOf('END OF TERMS AND CONDITIONS') + 'END OF TERMS AND CONDITIONS'.length) + '\n';
  if (layout === 'prefixed-notice') text = `${copyrightLine(random, holder)}\n\n${text}`;
  if (random.chance(0.55)) {
    // apache.org's own layout: wrapped and indented.
    text = text
      .split(/\n[ \t]*\n/)
      .map((p) => wrap(p.split('\n').map((l) => l.trim()).join(' '), 76, '      ').replace(/^/, '   '))
      .join('\n\n') + '\n';
    variant += '+wrapped';
  }
  if (random.chance(0.06)) {
    truth = null;
    variant = 'modified:extra-restriction';
    text += `\n\nADDITIONAL RESTRICTION\n\n${ADDED_RESTRICTIONS[2]}\n`;
  }
  return { name: random.weighted([[80, 'LICENSE'], [10, 'LICENSE.txt'], [10, 'LICENSE-APACHE']]), text, truth, family: 'Apache-2.0', variant };
}

const LICENSE_FAMILIES = [[55, 'MIT'], [15, 'ISC'], [15, 'Apache-2.0'], [9, 'BSD-3-Clause'], [6, 'BSD-2-Clause']];

/** A licence file of the given family (default: drawn like npm's mix). */
export function licenseFile(random, family = random.weighted(LICENSE_FAMILIES)) {
  return family === 'Apache-2.0' ? apacheLicense(random) : simpleLicense(random, family);
}

/** What `SEE LICENSE IN` and `UNLICENSED` packages ship: an all-rights-reserved notice. */
export function proprietaryNotice(random) {
  const holder = random.pick(COMPANIES);
  return [
    `Copyright (c) ${random.int(2015, 2025)} ${holder} All rights reserved.`,
    'This software and associated documentation files (the "Software") are proprietary and confidential. Unauthorised copying, distribution or use of the Software, via any medium, is strictly prohibited without the express written permission of the copyright holder.',
    'The Software is licensed, not sold, to customers holding a valid subscription agreement. See the agreement for the terms that govern your use.',
  ].map((p) => wrap(p, 80)).join('\n\n') + '\n';
}

/** BUSL-1.1 with its parameters filled in, as source-available packages ship it. */
export function buslText(random, packageName) {
  const holder = random.pick(COMPANIES);
  const change = random.int(2026, 2029);
  return [
    'License text copyright (c) 2023 MariaDB plc, All Rights Reserved.',
    '"Business Source License" is a trademark of MariaDB plc.',
    'Parameters',
    `Licensor:             ${holder}\nLicensed Work:        ${packageName}\n                      The Licensed Work is (c) ${change - 4} ${holder}\nAdditional Use Grant: You may make production use of the Licensed Work,\n                      provided it is not offered as a hosted service.\nChange Date:          ${change}-01-01\nChange License:       Apache License, Version 2.0`,
    spdxText('BUSL-1.1').replace(/^Business Source License 1\.1\n\n[^\n]*\n[^\n]*\n\n/, ''),
  ].join('\n\n');
}
