// The lines of a licence text that carry its terms, and those of its appendix (Apache's and the GPL's
// "how to apply" after "END OF TERMS AND CONDITIONS"). Left out: Markdown decoration, bullets, rules,
// copyright statements, leading titles, all-capital headings, and the notices licence stewards put
// after their licences (Creative Commons', the GFDL's addendum), whose wording varies between copies.
// `licenseParts` cuts a text to what is read, so that texts alike but for what is left out have the
// same parts.
// Rules work on paragraphs (blank-line separated) wherever wrapping could change a line's content.
// Cheap character tests guard the regular expressions: most lines need none of them.

/** A licence text as normalisation reads it. */
export interface LicenseParts {
  /**
   * From its first paragraph of licence text (past copyright statements, titles and blank lines) to
   * the end of the terms: "END OF TERMS AND CONDITIONS", or a steward's notice (dropped).
   */
  readonly terms: string;
  /** What follows "END OF TERMS AND CONDITIONS"; empty when the text has no such line. */
  readonly appendix: string;
}

/** The line where the terms end: "END OF TERMS AND CONDITIONS" alone, or a steward's notice opening. */
const TERMS_END = /^[^\S\n]*(?:(end of terms and conditions)[^\S\n]*$|addendum: how to use this licen[cs]e|creative commons is not a party to its public licen[cs]es)/im;
const LINE_PREFIX = /^\s*(?:#{1,6}\s+|>\s*|[-*+•·]\s+)/;
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;
const RULE = /^[-=*_#~]{3,}$/;
/** "(c)" only counts before a year: "(c) You must retain" is list item (c). */
const COPYRIGHT_START = /^(?:portions\s+)?(?:copyright\b|\(c\)(?=\s*\d)|©)\W*(\w*)/i;
/** Lines continuing a copyright statement: an address, a URL or e-mail in angle brackets. */
const STATEMENT_CONTINUATION = /^(?:\d|<|\(?https?:)/;
/** "Copyright notice", "Copyright Grant", "COPYRIGHT HOLDERS …" start sentences and headings, not statements. */
const NOT_A_STATEMENT = /^(?:notices?|grants?|licen[cs]es?|holders?|owners?|laws?|and|or|the|of|to|in|is|protection)$/i;
const ALL_RIGHTS_RESERVED = /^all rights reserved\.?$/i;
/** In an appendix, a copyright line is a sample notice's, filled in or not ("Copyright The OpenTelemetry Authors"). */
const SAMPLE_COPYRIGHT = /^(?:copyright\b|\(c\)|©)/i;
/** Leading paragraphs this short with no closing punctuation are titles ("The MIT License (MIT)"). */
const MAX_TITLE_CHARS = 100;
/** The optional notice the OFL template puts above the licence. */
const OFL_NOTICE = /^This Font Software is licensed under the SIL Open Font License, Version 1\.1\. This license is copied below, and is also available with a FAQ at:? \S+$/i;

export function licenseParts(text: string): LicenseParts {
  const source = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const end = TERMS_END.exec(source);
  const upToEnd = end ? source.slice(0, end.index) : source;
  const appendix = end?.[1] === undefined ? '' : source.slice(lineAfter(source, end.index));
  return { terms: upToEnd.slice(licenceStart(upToEnd)), appendix };
}

function lineAfter(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end + 1;
}

/** Where the first paragraph that is neither a copyright statement nor a title starts. */
function licenceStart(text: string): number {
  const reader = new ParagraphReader(text);
  for (let paragraph = reader.next(); paragraph; paragraph = reader.next()) {
    if (!isTitle(paragraph.lines) && !isOflNotice(paragraph.lines)) return paragraph.start;
  }
  return text.length;
}

/** The terms' lines, cleaned, in order. */
export function termsLines(parts: LicenseParts): string[] {
  const paragraphs = new ParagraphReader(parts.terms).all();
  if (paragraphs[0]) paragraphs[0] = withoutRunInTitle(paragraphs[0]);
  return keptLines(paragraphs);
}

/** The appendix's lines, cleaned, in order, without its sample notices' copyright lines. */
export function appendixLines(parts: LicenseParts): string[] {
  return keptLines(new ParagraphReader(parts.appendix).all()).filter((line) => !SAMPLE_COPYRIGHT.test(line));
}

interface Paragraph {
  /** Its lines, cleaned, copyright statements left out. */
  readonly lines: readonly string[];
  /** Where its first line starts in the text. */
  readonly start: number;
}

/**
 * A text's paragraphs in order. A copyright statement starts a paragraph, and its address,
 * "All rights reserved." and further statements may follow it.
 */
class ParagraphReader {
  /** Where the next line starts. */
  private offset = 0;

  constructor(private readonly text: string) {}

  all(): Paragraph[] {
    const paragraphs: Paragraph[] = [];
    for (let paragraph = this.next(); paragraph; paragraph = this.next()) paragraphs.push(paragraph);
    return paragraphs;
  }

  next(): Paragraph | undefined {
    const lines: string[] = [];
    let start = -1;
    let inStatement = false;
    while (this.offset <= this.text.length) {
      const lineStart = this.offset;
      let lineEnd = this.text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = this.text.length;
      this.offset = lineEnd + 1;
      const line = cleanLine(this.text.slice(lineStart, lineEnd));
      if (!line) {
        if (lines.length) return { lines, start };
        inStatement = false;
        continue;
      }
      if ((lines.length === 0 || inStatement) && (isCopyrightStatement(line) || (inStatement && STATEMENT_CONTINUATION.test(line)))) {
        inStatement = true;
        continue;
      }
      if (isAllRightsReserved(line)) continue;
      inStatement = false;
      if (!lines.length) start = lineStart;
      lines.push(line);
    }
    return lines.length ? { lines, start } : undefined;
  }
}

/** A line without Markdown decoration and list markers; empty for rules (`---`, `===`). */
function cleanLine(raw: string): string {
  const first = raw.search(/\S/);
  let line = first >= 0 && '#>-*+•·'.includes(raw[first]!) ? raw.replace(LINE_PREFIX, '') : raw;
  if (line.includes('](')) line = line.replace(MARKDOWN_LINK, '$1');
  line = line.trim();
  return line.length >= 3 && '-=*_#~'.includes(line[0]!) && RULE.test(line) ? '' : line;
}

function isCopyrightStatement(line: string): boolean {
  if (!'cCpP(©'.includes(line[0]!)) return false;
  const match = COPYRIGHT_START.exec(line);
  return match !== null && !NOT_A_STATEMENT.test(match[1]!);
}

function isAllRightsReserved(line: string): boolean {
  return (line.length === 19 || line.length === 20) && ALL_RIGHTS_RESERVED.test(line);
}

/** The paragraph's length as one line. */
function joinedLength(lines: readonly string[]): number {
  let length = lines.length - 1;
  for (const line of lines) length += line.length;
  return length;
}

function isTitle(lines: readonly string[]): boolean {
  return joinedLength(lines) <= MAX_TITLE_CHARS && !'.;:,'.includes(lines[lines.length - 1]!.slice(-1));
}

function isOflNotice(lines: readonly string[]): boolean {
  return /^this font software/i.test(lines[0]!) && OFL_NOTICE.test(lines.join(' '));
}

/** All-capital headings naming the licence ("GNU GENERAL PUBLIC LICENSE"), wherever they stand. */
function isLicenseHeading(lines: readonly string[]): boolean {
  if (!isTitle(lines)) return false;
  const text = lines.join(' ');
  return text === text.toUpperCase() && /LICEN[CS]E|TERMS AND CONDITIONS/.test(text);
}

/**
 * Without a title line run into the first paragraph ("Eclipse Public License - v 2.0" directly above
 * the text): a capitalised line naming a licence, then a new sentence.
 */
function withoutRunInTitle(paragraph: Paragraph): Paragraph {
  const [line, next] = paragraph.lines;
  if (line !== undefined && next !== undefined && isTitle([line]) && /licen[cs]e|version/i.test(line) && /^[A-Z"“]/.test(next) && isCapitalised(line)) {
    return { ...paragraph, lines: paragraph.lines.slice(1) };
  }
  return paragraph;
}

function isCapitalised(line: string): boolean {
  const words = line.match(/[A-Za-z]{2,}/g) ?? [];
  return words.length > 0 && words.every((w) => /^[A-Z]/.test(w) || /^(?:of|the|and|for|to|or|in|a)$/.test(w));
}

function keptLines(paragraphs: readonly Paragraph[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) if (!isLicenseHeading(paragraph.lines)) out.push(...paragraph.lines);
  return out;
}
