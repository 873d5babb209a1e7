// Which licence texts the corpus holds, taken from the SPDX License List texts (as the
// spdx-license-list package ships them) by the build and by the tests.

// Every licence choosealicense.com offers, plus the ones packages commonly ship or Openness must
// recognise to judge (source-available, non-commercial). GPL-family texts do not say "only" or
// "or later"; they are filed under the -only id (the identifier says so in its detail).
// Close variants of the same text (MIT-Modern-Variant, BSD-2-Clause-FreeBSD …) are left out: a text
// would match them as well as the common one.
const CORPUS_LICENSE_IDS = [
  // choosealicense.com
  '0BSD', 'AFL-3.0', 'AGPL-3.0-only', 'Apache-2.0', 'Artistic-2.0', 'BlueOak-1.0.0', 'BSD-2-Clause-Patent',
  'BSD-2-Clause', 'BSD-3-Clause-Clear', 'BSD-3-Clause', 'BSD-4-Clause', 'BSL-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0',
  'CC0-1.0', 'CECILL-2.1', 'CERN-OHL-P-2.0', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'ECL-2.0', 'EPL-1.0', 'EPL-2.0',
  'EUPL-1.1', 'EUPL-1.2', 'GFDL-1.3-only', 'GPL-2.0-only', 'GPL-3.0-only', 'ISC', 'LGPL-2.1-only', 'LGPL-3.0-only',
  'LPPL-1.3c', 'MIT-0', 'MIT', 'MPL-2.0', 'MS-PL', 'MS-RL', 'MulanPSL-2.0', 'NCSA', 'ODbL-1.0', 'OFL-1.1', 'OSL-3.0',
  'PostgreSQL', 'Unlicense', 'UPL-1.0', 'Vim', 'WTFPL', 'Zlib',
  // other common package licences
  'Apache-1.1', 'Artistic-1.0', 'Artistic-1.0-Perl', 'BSD-1-Clause', 'BSD-2-Clause-Views', 'bzip2-1.0.6', 'CC-BY-3.0',
  'CC-BY-SA-3.0', 'CDDL-1.0', 'CDDL-1.1', 'curl', 'GPL-1.0-only', 'ICU', 'JSON', 'LGPL-2.0-only', 'libpng-2.0',
  'MPL-1.1', 'PHP-3.01', 'PSF-2.0', 'Python-2.0', 'Ruby', 'Unicode-3.0', 'Unicode-DFS-2016', 'W3C', 'X11',
  'zlib-acknowledgement', 'Beerware', 'OpenMDW-1.0',
  // licences that restrict use, recognised so their verdict is not merely "unknown"
  'BUSL-1.1', 'SSPL-1.0', 'Elastic-2.0', 'FSL-1.1-MIT', 'FSL-1.1-ALv2', 'PolyForm-Noncommercial-1.0.0',
  'PolyForm-Small-Business-1.0.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0', 'CC-BY-NC-ND-4.0', 'Hippocratic-2.1',
];

/** spdx-license-list/full's shape, as far as it is read here. */
export type SpdxLicenseTexts = Readonly<Record<string, { readonly licenseText?: string } | undefined>>;

/** SPDX id → licence text for every licence of the corpus. */
export function corpusLicenseTexts(spdx: SpdxLicenseTexts): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const id of CORPUS_LICENSE_IDS) {
    const text = spdx[id]?.licenseText;
    if (!text) throw new Error(`spdx-license-list has no text for ${id}`);
    texts[id] = licenseTextOf(id, text);
  }
  return texts;
}

/** SPDX appends the GPL to the LGPL-3.0 text; LGPL-3.0 files (COPYING.LESSER) hold only the LGPL part. */
function licenseTextOf(id: string, text: string): string {
  if (id === 'LGPL-3.0-only') {
    const gpl = text.indexOf('\nGNU GENERAL PUBLIC LICENSE\n');
    if (gpl < 0) throw new Error('LGPL-3.0-only: the appended GPL text was not found');
    return text.slice(0, gpl).trimEnd() + '\n';
  }
  return text;
}
