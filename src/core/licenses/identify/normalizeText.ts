// Reduces a licence text to the words that carry its meaning, so that the same licence compares equal
// however it was formatted or filled in: case, white space and line wrapping, punctuation, quotes and
// dashes, Markdown, bullets and numbering, copyright statements, leading titles, URLs' schemes,
// "licence" spellings and the templates' variable parts (holder names in BSD/MIT/ISC clauses).
// The appendix after "END OF TERMS AND CONDITIONS" (how to apply the licence) is kept apart.
// The build normalises the corpus with this same code (scripts/data/license-texts.mjs).
import { appendixLines, termsLines, type LicenseParts } from './paragraphs';
import { fillTemplateSlots } from './templateSlots';

export { licenseParts, type LicenseParts } from './paragraphs';

/** The words of a licence's terms: lower-case, separated by single spaces; empty for none. */
export function termsWords(parts: LicenseParts): string {
  return words(termsLines(parts));
}

/** The words of a licence's appendix, as `termsWords`. */
export function appendixWords(parts: LicenseParts): string {
  return words(appendixLines(parts));
}

/** Numbering ("1.", "(a)", "ii)") wherever it stands: wrapping decides whether it starts a line. */
const NUMBERING = /(^|\s)\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)](?=\s|$)/gi;
const URL_SCHEME = /https?:\/\/(?:www\.)?/g;
const SEPARATORS = /[^a-z0-9]+/g;

/** Lower-case letters and digits, anything else separating; URL schemes dropped, "licence" spelt "license". */
function words(lines: readonly string[]): string {
  let text = lines.join(' ').replace(NUMBERING, '$1').toLowerCase();
  if (text.includes('http')) text = text.replace(URL_SCHEME, '');
  if (text.includes('licenc')) text = text.replaceAll('licenc', 'licens');
  return fillTemplateSlots(text.replace(SEPARATORS, ' ').trim());
}

/** The words of a normalised text. */
export function wordList(words: string): string[] {
  return words ? words.split(' ') : [];
}
