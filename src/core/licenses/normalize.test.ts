import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDeclared } from './index';

/** The expression a declaration normalises to (fails the test for other kinds). */
function expressionOf(raw: unknown): string {
  const normalized = normalizeDeclared(raw);
  assert.equal(normalized.kind, 'expression', `${JSON.stringify(raw)} → ${JSON.stringify(normalized)}`);
  return normalized.kind === 'expression' ? normalized.expression : '';
}

describe('normalizeDeclared: strings that are SPDX expressions', () => {
  it('keeps valid expressions and says they were not corrected', () => {
    assert.deepEqual(normalizeDeclared('MIT'), { kind: 'expression', expression: 'MIT', declared: 'MIT', corrected: false });
    assert.deepEqual(normalizeDeclared('Apache-2.0 OR MIT'), { kind: 'expression', expression: 'Apache-2.0 OR MIT', declared: 'Apache-2.0 OR MIT', corrected: false });
  });

  it('keeps (MIT OR GPL-3.0) AND AGPL-3.0 as a proper expression, upgrading the deprecated ids', () => {
    assert.equal(expressionOf('(MIT OR GPL-3.0) AND AGPL-3.0'), '(MIT OR GPL-3.0-only) AND AGPL-3.0-only');
  });

  it('upgrades deprecated GNU ids: bare → -only, + → -or-later', () => {
    assert.equal(expressionOf('GPL-2.0'), 'GPL-2.0-only');
    assert.equal(expressionOf('GPL-2.0+'), 'GPL-2.0-or-later');
    assert.equal(expressionOf('LGPL-2.1+'), 'LGPL-2.1-or-later');
    assert.equal(expressionOf('AGPL-3.0+'), 'AGPL-3.0-or-later');
    assert.equal(expressionOf('GPL-3.0-only+'), 'GPL-3.0-or-later');
    const gpl2 = normalizeDeclared('GPL-2.0');
    assert.equal(gpl2.kind === 'expression' && gpl2.corrected, true);
  });

  it('turns the -with-…-exception ids into WITH expressions', () => {
    assert.equal(expressionOf('GPL-2.0-with-classpath-exception'), 'GPL-2.0-only WITH Classpath-exception-2.0');
    assert.equal(expressionOf('GPL-3.0-with-GCC-exception'), 'GPL-3.0-only WITH GCC-exception-3.1');
  });

  it('keeps WITH exceptions, upgrading the licence they apply to', () => {
    assert.equal(expressionOf('GPL-2.0+ WITH Classpath-exception-2.0'), 'GPL-2.0-or-later WITH Classpath-exception-2.0');
    assert.equal(expressionOf('Apache-2.0 WITH LLVM-exception'), 'Apache-2.0 WITH LLVM-exception');
    assert.equal(expressionOf('gpl-2.0-or-later with classpath-exception-2.0'), 'GPL-2.0-or-later WITH Classpath-exception-2.0');
  });

  it('keeps an addition SPDX does not list as a licence of its own, so it can restrict the verdict', () => {
    assert.equal(expressionOf('Apache-2.0 WITH Commons-Clause'), 'Apache-2.0 AND LicenseRef-Commons-Clause');
    assert.equal(expressionOf('MIT AND Commons Clause'), 'MIT AND LicenseRef-Commons-Clause');
  });

  it('writes expressions in one canonical form', () => {
    assert.equal(expressionOf('mit or apache-2.0'), 'MIT OR Apache-2.0');
    assert.equal(expressionOf('MIT OR (Apache-2.0 AND BSD-3-Clause)'), 'MIT OR (Apache-2.0 AND BSD-3-Clause)');
    assert.equal(expressionOf('MIT OR Apache-2.0 AND BSD-3-Clause'), 'MIT OR (Apache-2.0 AND BSD-3-Clause)');
    assert.equal(expressionOf('((MIT))'), 'MIT');
    assert.equal(expressionOf('(MIT OR ISC) OR Apache-2.0'), 'MIT OR ISC OR Apache-2.0');
  });

  it('keeps LicenseRefs as they are', () => {
    assert.equal(expressionOf('LicenseRef-Acme-EULA'), 'LicenseRef-Acme-EULA');
  });
});

describe('normalizeDeclared: npm special forms', () => {
  it('reads UNLICENSED as proprietary, never as the Unlicense', () => {
    assert.equal(expressionOf('UNLICENSED'), 'LicenseRef-UNLICENSED');
    assert.equal(expressionOf('unlicensed'), 'LicenseRef-UNLICENSED');
    assert.equal(expressionOf('Unlicense'), 'Unlicense');
    assert.equal(expressionOf('The Unlicense'), 'Unlicense');
    assert.equal(expressionOf('UNLICENSED OR MIT'), 'LicenseRef-UNLICENSED OR MIT');
    assert.equal(expressionOf(['UNLICENSED']), 'LicenseRef-UNLICENSED');
  });

  it('returns SEE LICENSE IN <file> as a file reference', () => {
    assert.deepEqual(normalizeDeclared('SEE LICENSE IN LICENSE.md'), { kind: 'file-reference', file: 'LICENSE.md', declared: 'SEE LICENSE IN LICENSE.md' });
    assert.deepEqual(normalizeDeclared('see licence in docs/EULA.txt'), { kind: 'file-reference', file: 'docs/EULA.txt', declared: 'see licence in docs/EULA.txt' });
  });

  it('splits the slash form into alternatives (spdx-correct would keep only Apache-2.0)', () => {
    assert.equal(expressionOf('MIT/Apache-2.0'), 'MIT OR Apache-2.0');
    assert.equal(expressionOf('Apache-2.0 / MIT'), 'Apache-2.0 OR MIT');
    assert.equal(expressionOf('MIT/X11'), 'MIT OR X11');
  });

  it('reads "&" as AND', () => {
    assert.equal(expressionOf('MIT & Apache-2.0'), 'MIT AND Apache-2.0');
  });
});

describe('normalizeDeclared: legacy objects and arrays', () => {
  it('reads a legacy { type, url } object', () => {
    assert.deepEqual(normalizeDeclared({ type: 'MIT', url: 'https://github.com/x/y/blob/master/LICENSE' }), {
      kind: 'expression', expression: 'MIT', declared: 'MIT', corrected: false,
    });
    assert.equal(expressionOf({ type: 'GPL-2.0' }), 'GPL-2.0-only');
    assert.equal(expressionOf({ name: 'Apache 2.0' }), 'Apache-2.0');
  });

  it('joins a legacy licenses array of objects or strings with OR', () => {
    const both = normalizeDeclared([{ type: 'MIT', url: 'x' }, { type: 'Apache-2.0', url: 'y' }]);
    assert.deepEqual(both, { kind: 'expression', expression: 'MIT OR Apache-2.0', declared: 'MIT, Apache-2.0', corrected: true });
    assert.equal(expressionOf(['MIT', 'GPL-2.0']), 'MIT OR GPL-2.0-only');
    assert.equal(expressionOf(['MIT', 'MIT']), 'MIT');
    assert.equal(expressionOf(['MIT AND ISC', 'Apache-2.0']), '(MIT AND ISC) OR Apache-2.0');
  });

  it('treats missing, empty and non-licence values as nothing declared', () => {
    for (const raw of [undefined, null, '', '   ', 42, true, {}, [], [null], { url: 'https://x' }, 'NOASSERTION', 'NONE']) {
      assert.deepEqual(normalizeDeclared(raw), { kind: 'none' }, JSON.stringify(raw));
    }
  });

  it('returns a file reference from an array that holds nothing else', () => {
    assert.deepEqual(normalizeDeclared(['SEE LICENSE IN EULA']), { kind: 'file-reference', file: 'EULA', declared: 'SEE LICENSE IN EULA' });
  });
});

describe('normalizeDeclared: free text', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Apache 2.0 License', 'Apache-2.0'],
    ['Apache License, Version 2.0', 'Apache-2.0'],
    ['Apache License 2.0', 'Apache-2.0'],
    ['ASL 2.0', 'Apache-2.0'],
    ['BSD-3', 'BSD-3-Clause'],
    ['BSD 3-Clause License', 'BSD-3-Clause'],
    ['new BSD', 'BSD-3-Clause'],
    ['Simplified BSD License', 'BSD-2-Clause'],
    ['MIT License', 'MIT'],
    ['The MIT License (MIT)', 'MIT'],
    ['mit', 'MIT'],
    ['GPLv3', 'GPL-3.0-only'],
    ['GPLv2+', 'GPL-2.0-or-later'],
    ['GPL v2 or later', 'GPL-2.0-or-later'],
    ['LGPLv3', 'LGPL-3.0-only'],
    ['Mozilla Public License 2.0', 'MPL-2.0'],
    ['ISC License', 'ISC'],
    ['Boost Software License 1.0 (BSL-1.0)', 'BSL-1.0'],
    ['Public Domain', 'LicenseRef-scancode-public-domain'],
    ['CC0 1.0 Universal', 'CC0-1.0'],
    ['Apache License Version 2.0 or MIT', 'Apache-2.0 OR MIT'],
  ];
  for (const [declared, expected] of cases) {
    it(`maps ${JSON.stringify(declared)} → ${expected}`, () => {
      const normalized = normalizeDeclared(declared);
      assert.deepEqual(normalized, { kind: 'expression', expression: expected, declared, corrected: true });
    });
  }
});

describe('normalizeDeclared: Python trove classifiers', () => {
  it('reads the licence a classifier names, guessing no more than for the bare name', () => {
    assert.equal(expressionOf('License :: OSI Approved :: MIT License'), 'MIT');
    assert.equal(expressionOf('License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)'), 'LGPL-3.0-only');
    assert.equal(expressionOf('License :: OSI Approved :: BSD License'), 'LicenseRef-BSD-License');
    assert.equal(expressionOf('License :: OSI Approved :: GNU General Public License (GPL)'), 'LicenseRef-GNU-General-Public-License-GPL');
    assert.equal(expressionOf('License :: Public Domain'), 'LicenseRef-scancode-public-domain');
    assert.deepEqual(normalizeDeclared('License :: OSI Approved :: ISC License (ISCL)'), {
      kind: 'expression', expression: 'ISC', declared: 'License :: OSI Approved :: ISC License (ISCL)', corrected: true,
    });
  });
});

describe('normalizeDeclared: ambiguous strings are not guessed', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['BSD', 'LicenseRef-BSD'],
    ['BSD License', 'LicenseRef-BSD-License'],
    ['BSD*', 'LicenseRef-BSD'],
    ['GPL', 'LicenseRef-GPL'],
    ['GNU GPL', 'LicenseRef-GNU-GPL'],
    ['LGPL', 'LicenseRef-LGPL'],
    ['Apache', 'LicenseRef-Apache'],
    ['Dual License', 'LicenseRef-Dual-License'],
    ['see LICENSE', 'LicenseRef-see-LICENSE'],
    ['Other', 'LicenseRef-Other'],
    ['Custom', 'LicenseRef-Custom'],
    ['OSI Approved :: BSD License', 'LicenseRef-OSI-Approved-BSD-License'],
    ['GPL+', 'LicenseRef-GPL-plus'],
  ];
  for (const [declared, expected] of cases) {
    it(`keeps ${JSON.stringify(declared)} as ${expected}`, () => {
      assert.equal(expressionOf(declared), expected);
    });
  }

  it('makes stable LicenseRefs from SPDX idstring characters only', () => {
    assert.equal(expressionOf('Acme Corp. EULA (2024)'), 'LicenseRef-Acme-Corp.-EULA-2024');
    assert.equal(expressionOf('Acme Corp. EULA (2024)'), expressionOf('Acme Corp. EULA (2024)'));
    assert.match(expressionOf('x'.repeat(500)), /^LicenseRef-x{64}$/);
    assert.equal(expressionOf('©®'), 'LicenseRef-unknown');
  });

  it('keeps only the first line of a whole licence text pasted into the field', () => {
    assert.equal(expressionOf('Copyright 2020 Acme\n\nPermission is hereby granted, free of charge, to any person'), 'LicenseRef-Copyright-2020-Acme');
  });
});
