// Reduces a licence text to the words that carry its meaning, so that the same licence compares equal
// however it was formatted or filled in: case, white space and line wrapping, punctuation, quotes and
// dashes, Markdown, bullets and numbering, copyright statements, leading titles, URLs' schemes,
// "licence" spellings, the templates' variable parts (holder names in BSD/MIT/ISC clauses) and the
// appendix after "END OF TERMS AND CONDITIONS" (Apache, GPL).
// Rules work on paragraphs (blank-line separated) wherever wrapping could change a line's content.

/** Text from these lines on is an appendix (how to apply the licence, notices), not licence terms. */
const APPENDIX = /^\s*(?:end of terms and conditions\s*$|addendum: how to use this licen[cs]e|creative commons is not a party to its public licen[cs]es)/im;

/** Numbering ("1.", "(a)", "ii)") wherever it stands: wrapping decides whether it starts a line. */
const NUMBERING = /(^|\s)\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)](?=\s|$)/gi;
/** "(c)" only counts before a year: "(c) You must retain" is list item (c). */
const COPYRIGHT_START = /^(?:portions\s+)?(?:copyright\b|\(c\)(?=\s*\d)|©)\W*(\w*)/i;
/** Lines continuing a copyright statement: an address, a URL or e-mail in angle brackets. */
const STATEMENT_CONTINUATION = /^(?:\d|<|\(?https?:)/;
/** "Copyright notice", "Copyright Grant", "COPYRIGHT HOLDERS …" start sentences and headings, not statements. */
const NOT_A_STATEMENT = /^(?:notices?|grants?|licen[cs]es?|holders?|owners?|laws?|and|or|the|of|to|in|is|protection)$/i;
const ALL_RIGHTS_RESERVED = /^all rights reserved\.?$/i;
/** Leading paragraphs this short with no closing punctuation are titles ("The MIT License (MIT)"). */
const MAX_TITLE_CHARS = 100;

/** Variable parts of the common templates and optional text, replaced (applied to the normalised words). */
const TEMPLATE_SLOTS: readonly (readonly [RegExp, string])[] = [
  [/^developed by (?:\S+ ){0,16}?(?=permission is hereby granted\b)/, ''],
  [/\bwiki creativecommons org considerations for licens(?:ors|ees)\b/g, ''],
  [/\bneither the names? of (?:\S+ ){1,12}?nor the names\b/g, 'neither the name of holder nor the names'],
  [/\beven if (?:\S+ ){1,12}?has been advised\b/g, 'even if holder has been advised'],
  [/\bsuch damage (?:\S+ ){1,12}?specifically disclaims\b/g, 'such damage holder specifically disclaims'],
  [/\bbasis and (?:\S+ ){1,12}?has no obligations?\b/g, 'basis and holder has no obligations'],
  [/\bthis software is provided by (?:\S+ ){1,12}?as is\b/g, 'this software is provided by holder as is'],
  [/\bin no event shall (?:\S+ ){1,12}?be liable\b/g, 'in no event shall holder be liable'],
  [/\bsoftware developed by (?:\S+ ){1,12}?and its contributors\b/g, 'software developed by holder and its contributors'],
  [/\bas is and (?:\S+ ){1,6}?disclaims all warranties\b/g, 'as is and holder disclaims all warranties'],
];

/** All-capital headings naming the licence ("GNU GENERAL PUBLIC LICENSE"), wherever they stand. */
function isLicenseHeading(paragraph: readonly string[]): boolean {
  const text = paragraph.join(' ');
  return text.length <= MAX_TITLE_CHARS && text === text.toUpperCase() && /LICEN[CS]E|TERMS AND CONDITIONS/.test(text) && !/[.;:,]$/.test(text);
}

function isCopyrightStatement(line: string): boolean {
  const match = COPYRIGHT_START.exec(line);
  return match !== null && !NOT_A_STATEMENT.test(match[1]!);
}

/** A line without Markdown decoration and list markers; empty for rules (`---`, `===`). */
function cleanLine(raw: string): string {
  const line = raw
    .replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+•·]\s+)/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
  return /^[-=*_#~]{3,}$/.test(line) ? '' : line;
}

/** Paragraphs of cleaned lines, copyright statements (and the lines right after them) left out. */
function paragraphs(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let inStatement = false;
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = cleanLine(raw);
    if (!line) {
      if (current.length) out.push(current);
      current = [];
      inStatement = false;
      continue;
    }
    // A statement starts a paragraph; its address, "All rights reserved." and further statements may follow.
    if ((current.length === 0 || inStatement) && (isCopyrightStatement(line) || (inStatement && STATEMENT_CONTINUATION.test(line)))) {
      inStatement = true;
      continue;
    }
    if (ALL_RIGHTS_RESERVED.test(line)) continue;
    inStatement = false;
    current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

function isTitle(text: string): boolean {
  return text.length <= MAX_TITLE_CHARS && !/[.;:,]$/.test(text);
}

/** The optional notice the OFL template puts above the licence. */
const OFL_NOTICE = /^This Font Software is licensed under the SIL Open Font License, Version 1\.1\. This license is copied below, and is also available with a FAQ at:? \S+$/i;

/**
 * Drops the leading title paragraphs, and a title line run into the first paragraph ("Eclipse Public
 * License - v 2.0" directly above the text): a capitalised line naming a licence, then a new sentence.
 */
function withoutTitle(blocks: string[][]): string[][] {
  let first = 0;
  while (first < blocks.length && (isTitle(blocks[first]!.join(' ')) || OFL_NOTICE.test(blocks[first]!.join(' ')))) first++;
  const rest = blocks.slice(first);
  const [line, next] = rest[0] ?? [];
  if (line !== undefined && next !== undefined && isTitle(line) && /licen[cs]e|version/i.test(line) && /^[A-Z"“]/.test(next) && isCapitalised(line)) {
    rest[0] = rest[0]!.slice(1);
  }
  return rest;
}

function isCapitalised(line: string): boolean {
  const words = line.match(/[A-Za-z]{2,}/g) ?? [];
  return words.length > 0 && words.every((w) => /^[A-Z]/.test(w) || /^(?:of|the|and|for|to|or|in|a)$/.test(w));
}

/** The text's significant words, lower-case, in order. */
export function licenseWords(text: string): string[] {
  const end = APPENDIX.exec(text);
  let body = withoutTitle(paragraphs(end ? text.slice(0, end.index) : text))
    .filter((lines) => !isLicenseHeading(lines))
    .map((lines) => lines.join(' '))
    .join(' ')
    .replace(NUMBERING, '$1')
    .toLowerCase()
    .replace(/https?:\/\/(www\.)?/g, '')
    .replace(/licenc/g, 'licens')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [pattern, replacement] of TEMPLATE_SLOTS) body = body.replace(pattern, replacement);
  return body ? body.split(' ') : [];
}
