// A small Python tokenizer: just the lexical structure the model detector needs (names, strings,
// operators, logical lines and their indentation). Comments and the inside of strings never produce
// tokens, which is what keeps model ids in comments and docstrings out of the results.
// Never throws: unterminated strings end at the line (or file) end, stray closers are ignored, and a
// statement keyword inside unclosed brackets ends the runaway statement.

export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'newline';

export interface Token {
  readonly kind: TokenKind;
  /** Offsets in the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** name, number, op: the text. string: the content between the quotes, escapes as written. */
  readonly value: string;
  /** string: offset of the content (after prefix and quotes). Others: `start`. */
  readonly contentStart: number;
  /** string: literal text — not bytes, no interpolation, terminated. Others: false. */
  readonly plain: boolean;
  /** Indentation width when the token starts a logical line, else -1. */
  readonly indent: number;
}

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 't', 'br', 'rb', 'fr', 'rf', 'tr', 'rt']);
/** Statements that cannot occur inside brackets: seeing one there means a bracket was never closed. */
const STATEMENT_KEYWORDS = new Set(['def', 'class', 'import', 'from', 'return']);
const OPENERS = '([{';
const CLOSERS = ')]}';

const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Tokenizes `text[from, to)`; offsets stay relative to the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let depth = 0;
  let lineStart = true; // at the start of a physical line: measure its indentation
  let lineIndent = 0;
  let logicalOpen = false; // the current logical line has tokens

  const push = (kind: TokenKind, start: number, end: number, value: string, contentStart = start, plain = false) => {
    tokens.push({ kind, start, end, value, contentStart, plain, indent: logicalOpen ? -1 : lineIndent });
    logicalOpen = true;
  };
  const endLogicalLine = (at: number) => {
    if (!logicalOpen) return;
    tokens.push({ kind: 'newline', start: at, end: at, value: '', contentStart: at, plain: false, indent: -1 });
    logicalOpen = false;
  };

  while (i < to) {
    if (lineStart) {
      lineStart = false;
      let column = 0;
      for (; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 32) column++;
        else if (c === 9) column = column - (column % 8) + 8;
        else if (c === 12) column = 0;
        else break;
      }
      if (depth > 0 && startsWithStatementKeyword(text, i, to)) {
        depth = 0;
        endLogicalLine(i);
      }
      if (!logicalOpen) lineIndent = column;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      lineStart = true;
      if (depth === 0) endLogicalLine(i);
      continue;
    }
    if (c === 32 || c === 9 || c === 12) {
      i++;
      continue;
    }
    if (c === 35) { // '#': comment to the end of the line
      while (i < to && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    if (c === 92) { // '\': a line continuation joins the next physical line
      const next = text.charCodeAt(i + 1);
      if (next === 10 || next === 13) {
        i += next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
        continue;
      }
      push('op', i, i + 1, '\\');
      i++;
      continue;
    }
    if (c === 34 || c === 39) {
      i = scanString(text, i, i, '', to, push);
      continue;
    }
    if (isNameStart(c)) {
      let j = i + 1;
      while (j < to && isNameChar(text.charCodeAt(j))) j++;
      const name = text.slice(i, j);
      const q = text.charCodeAt(j);
      if ((q === 34 || q === 39) && j - i <= 2 && STRING_PREFIXES.has(name.toLowerCase())) {
        i = scanString(text, i, j, name.toLowerCase(), to, push);
      } else {
        push('name', i, j, name);
        i = j;
      }
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      for (; j < to; j++) {
        const d = text.charCodeAt(j);
        if (isNameChar(d) || d === 46) continue;
        const prev = text.charCodeAt(j - 1) | 32;
        if ((d === 43 || d === 45) && prev === 101 && (text.charCodeAt(i + 1) | 32) !== 120) continue; // 1e-3, not 0xE-1
        break;
      }
      push('number', i, j, text.slice(i, j));
      i = j;
      continue;
    }
    const length = operatorLength(text, i, to);
    const op = text.slice(i, i + length);
    if (length === 1 && OPENERS.includes(op)) depth++;
    else if (length === 1 && CLOSERS.includes(op)) depth = Math.max(0, depth - 1);
    push('op', i, i + length, op);
    i += length;
  }
  endLogicalLine(to);
  return tokens;
}

type Push = (kind: TokenKind, start: number, end: number, value: string, contentStart: number, plain: boolean) => void;

/** Scans a string whose prefix starts at `start` and whose opening quote is at `quoteAt`. */
function scanString(text: string, start: number, quoteAt: number, prefix: string, to: number, push: Push): number {
  const { at, terminated, triple } = skipString(text, quoteAt, prefix, to);
  const contentStart = quoteAt + (triple ? 3 : 1);
  const contentEnd = Math.max(contentStart, terminated ? at - (triple ? 3 : 1) : at);
  const interpolated = isFormatted(prefix) && hasInterpolation(text, contentStart, contentEnd);
  const plain = terminated && !prefix.includes('b') && !interpolated;
  push('string', start, at, text.slice(contentStart, contentEnd), contentStart, plain);
  return at;
}

interface StringEnd {
  /** Offset after the string. */
  readonly at: number;
  readonly terminated: boolean;
  readonly triple: boolean;
}

const isFormatted = (prefix: string) => prefix.includes('f') || prefix.includes('t');

/** Finds the end of the string opening at `quoteAt`; f-string replacement fields may nest strings (PEP 701). */
function skipString(text: string, quoteAt: number, prefix: string, to: number): StringEnd {
  const quote = text.charCodeAt(quoteAt);
  const triple = quoteAt + 2 < to && text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
  const formatted = isFormatted(prefix);
  let i = quoteAt + (triple ? 3 : 1);
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 92) { // backslash: skips the next character, even in raw strings (r"\"" is one string)
      i += text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
      continue;
    }
    if (c === quote) {
      if (!triple) return { at: i + 1, terminated: true, triple };
      if (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) return { at: i + 3, terminated: true, triple };
      i++;
      continue;
    }
    if ((c === 10 || c === 13) && !triple) return { at: i, terminated: false, triple };
    if (formatted && c === 123) { // '{'
      if (text.charCodeAt(i + 1) === 123) {
        i += 2;
        continue;
      }
      const fieldEnd = skipReplacementField(text, i + 1, to, triple);
      if (fieldEnd < 0) return { at: -fieldEnd, terminated: false, triple };
      i = fieldEnd;
      continue;
    }
    i++;
  }
  return { at: Math.min(i, to), terminated: false, triple };
}

/**
 * Skips an f-string replacement field starting after its `{`. Returns the offset after the closing `}`,
 * or minus the offset where the enclosing single-line string breaks off.
 */
function skipReplacementField(text: string, from: number, to: number, multiline: boolean): number {
  let depth = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 13) && !multiline) return -i;
    if (c === 34 || c === 39) {
      let p = i;
      while (p > from && isNameChar(text.charCodeAt(p - 1))) p--;
      const nested = text.slice(p, i).toLowerCase();
      const end = skipString(text, i, STRING_PREFIXES.has(nested) ? nested : '', to);
      if (!end.terminated) return -end.at;
      i = end.at;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93) depth--;
    else if (c === 125) {
      if (depth === 0) return i + 1;
      depth--;
    }
    i++;
  }
  return -to;
}

function hasInterpolation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 125) {
      if (text.charCodeAt(i + 1) !== c) return true;
      i++;
    }
  }
  return false;
}

function startsWithStatementKeyword(text: string, i: number, to: number): boolean {
  let j = i;
  while (j < to && isNameChar(text.charCodeAt(j))) j++;
  return j > i && STATEMENT_KEYWORDS.has(text.slice(i, j)) && !isNameChar(text.charCodeAt(j));
}

/** Length of the operator at `i`: enough to tell `=` from `==`, `<=`, `:=`, `+=` …, and `**` from `*`. */
function operatorLength(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
  const third = i + 2 < to ? text.charCodeAt(i + 2) : -1;
  // ** // >> << (and their augmented forms)
  if ((c === 42 || c === 47 || c === 62 || c === 60) && next === c) return third === 61 ? 3 : 2;
  if (c === 46 && next === 46 && third === 46) return 3; // ...
  if (c === 45 && next === 62) return 2; // ->
  if (next === 61 && '=!<>:+-*/%&|^@'.includes(text[i])) return 2;
  return 1;
}
