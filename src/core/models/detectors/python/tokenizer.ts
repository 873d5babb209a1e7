// A small Python tokenizer: just the lexical structure the model detector needs (names, strings,
// operators, logical lines and their indentation). Comments and the inside of strings never produce
// tokens, which is what keeps model ids in comments and docstrings out of the results.
// Never throws: unterminated strings end at the line (or file) end, stray closers are ignored, and a
// statement keyword inside unclosed brackets ends the runaway statement.
import { editBetween } from '../../../text/textEdit';

export const T = { Name: 0, Number: 1, String: 2, Op: 3, Newline: 4 } as const;
export type TokenKind = (typeof T)[keyof typeof T];

/** A range of the text to tokenize on its own (a notebook cell), end exclusive. */
export type TextRange = readonly [start: number, end: number];

/** Operators longer than one character; an operator token's `op` code is its character code, or 128 + its index here. */
const LONG_OPERATORS = [
  '**', '//', '>>', '<<', '**=', '//=', '>>=', '<<=', '...', '->',
  '==', '!=', '<=', '>=', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
];
/** Their codes by their characters packed into a number: no string to make while scanning. */
const LONG_OPERATOR_CODES = new Map(LONG_OPERATORS.map((op, i) => [packed(op.charCodeAt(0), op.charCodeAt(1), op.charCodeAt(2) || 0), 128 + i]));

function packed(first: number, second: number, third: number): number {
  return first | (second << 7) | (third << 14);
}

/**
 * Tokens as parallel arrays (a 5,000-line file has some 40,000 tokens, re-read on every keystroke): no
 * object and no string per token; texts are sliced only for the tokens that are looked at. Reading past
 * `count` gives undefined, which is no token kind or code.
 */
export class Tokens {
  constructor(
    readonly text: string,
    readonly count: number,
    readonly kind: Uint8Array,
    /** Operators: their code (see LONG_OPERATORS); other tokens: 0. */
    readonly op: Uint8Array,
    /** Offsets in the text, end exclusive. */
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** Indentation width when the token starts a logical line, else -1. */
    readonly indent: Int32Array,
    /** For a bracket, the index of its partner: an unclosed opener's is the end of its logical line; a stray closer's -1. */
    readonly partner: Int32Array,
    /** Strings: the length of the prefix and opening quotes, and of the closing quotes (0 when unterminated). */
    readonly lead: Uint8Array,
    readonly trail: Uint8Array,
    /** Strings: 1 for literal text — not bytes, no interpolation, terminated. */
    readonly plain: Uint8Array,
    /** The newline tokens ending a physical line outside brackets, in order: tokenizing can start afresh after each. */
    readonly lineEnds: readonly number[],
  ) {}

  /** Strings: the offset of the content (after prefix and quotes). Others: `start`. */
  contentStart(i: number): number {
    return this.start[i] + this.lead[i];
  }

  /** name, number, op: the text. string: the content between the quotes, escapes as written. newline: ''. */
  value(i: number): string {
    return this.text.slice(this.start[i] + this.lead[i], this.end[i] - this.trail[i]);
  }

  /** Whether token `i` is the operator `op`: no lookup, as this runs for nearly every token. */
  isOp(i: number, op: string): boolean {
    const code = this.op[i];
    return op.length === 1 ? code === op.charCodeAt(0) : code >= 128 && LONG_OPERATORS[code - 128] === op;
  }

  isName(i: number, name: string): boolean {
    const start = this.start[i];
    return this.kind[i] === T.Name && this.end[i] - start === name.length && this.text.charCodeAt(start) === name.charCodeAt(0) && this.text.startsWith(name, start);
  }

  /** Whether the token is a string whose content is `value`. */
  isString(i: number, value: string): boolean {
    const start = this.start[i] + this.lead[i];
    return this.kind[i] === T.String && this.end[i] - this.trail[i] - start === value.length && this.text.startsWith(value, start);
  }
}

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 't', 'br', 'rb', 'fr', 'rf', 'tr', 'rt']);
/** Statements that cannot occur inside brackets: seeing one there means a bracket was never closed. */
const STATEMENT_KEYWORDS = new Set(['def', 'class', 'import', 'from', 'return']);

const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Tokenizes `ranges` of the text, each on its own (as if each were a file); offsets stay relative to the whole text. */
export function tokenize(text: string, ranges: readonly TextRange[] = [[0, text.length]]): Tokens {
  const scanner = new Scanner(text, estimatedCount(text));
  for (const [from, to] of ranges) scanner.run(from, to);
  return scanner.finish();
}

/**
 * The tokens of `text` (as `tokenize(text)` gives them), reusing those of `previous` (a whole text's) where
 * the text is the same: after a keystroke only the lines from the edit to the next line end where both
 * texts' tokens agree again are read.
 */
export function retokenize(previous: Tokens, text: string): Tokens {
  if (text === previous.text) return previous;
  const edit = editBetween(previous.text, text);
  const { lineEnds, start } = previous;
  // Start afresh after the last line end before the edit (strictly before: a `\r` looked one character on).
  let lo = 0;
  let hi = lineEnds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[lineEnds[mid]] < edit.start) lo = mid + 1;
    else hi = mid;
  }
  const restart = lo > 0 ? lineEnds[lo - 1] : -1;
  const scanner = new Scanner(text, previous.count + 64);
  scanner.adopt(previous, restart + 1, lo);
  // Stop at the first line end after the edit where the old tokens had a line end too: from there on they are the same.
  let resumed = -1;
  scanner.run(restart < 0 ? 0 : start[restart], text.length, (at) => {
    if (at < edit.end) return false;
    resumed = lineEndAt(previous, at - edit.delta);
    return resumed >= 0;
  });
  if (resumed >= 0) scanner.append(previous, resumed + 1, edit.delta);
  return scanner.finish();
}

/** The newline token of `tokens` ending a line at `offset`, or -1. */
function lineEndAt(tokens: Tokens, offset: number): number {
  const { lineEnds, start } = tokens;
  let lo = 0;
  let hi = lineEnds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[lineEnds[mid]] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < lineEnds.length && start[lineEnds[lo]] === offset ? lineEnds[lo] : -1;
}

/** About one token per four characters of ordinary code; grown when needed. */
const estimatedCount = (text: string) => (text.length >> 2) + 16;

/** The per-token arrays, in two allocations: one of bytes, one of 32-bit integers. */
class Columns {
  readonly bytes: Uint8Array;
  readonly ints: Int32Array;
  readonly kind: Uint8Array;
  readonly op: Uint8Array;
  readonly lead: Uint8Array;
  readonly trail: Uint8Array;
  readonly plain: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly indent: Int32Array;
  readonly partner: Int32Array;

  constructor(readonly capacity: number) {
    this.bytes = new Uint8Array(capacity * 5);
    this.ints = new Int32Array(capacity * 4);
    [this.kind, this.op, this.lead, this.trail, this.plain] = [0, 1, 2, 3, 4].map((k) => this.bytes.subarray(k * capacity, (k + 1) * capacity));
    [this.start, this.end, this.indent, this.partner] = [0, 1, 2, 3].map((k) => this.ints.subarray(k * capacity, (k + 1) * capacity));
    this.partner.fill(-1);
  }

  /** A copy with room for `capacity` tokens. */
  grown(capacity: number): Columns {
    const next = new Columns(capacity);
    for (const name of COLUMNS) next[name].set(this[name]);
    return next;
  }
}

const COLUMNS = ['kind', 'op', 'lead', 'trail', 'plain', 'start', 'end', 'indent', 'partner'] as const;

class Scanner {
  private count = 0;
  private columns: Columns;
  private lineEnds: number[] = [];
  /** Open brackets of the current logical line, innermost last. */
  private readonly open: number[] = [];
  /** The current logical line has tokens. */
  private logicalOpen = false;
  private lineIndent = 0;

  constructor(private readonly text: string, capacity: number) {
    this.columns = new Columns(capacity);
  }

  finish(): Tokens {
    const n = this.count;
    const c = this.columns;
    const cut = <A extends Uint8Array | Int32Array>(a: A): A => a.subarray(0, n) as A;
    return new Tokens(this.text, n, cut(c.kind), cut(c.op), cut(c.start), cut(c.end), cut(c.indent), cut(c.partner), cut(c.lead), cut(c.trail), cut(c.plain), this.lineEnds);
  }

  /** Takes the first `count` tokens and `lineEnds` line ends of `previous` (whose text starts like this one). */
  adopt(previous: Tokens, count: number, lineEnds: number): void {
    for (const name of COLUMNS) this.columns[name].set(previous[name].subarray(0, count));
    this.count = count;
    this.lineEnds = previous.lineEnds.slice(0, lineEnds);
  }

  /** Appends the tokens of `previous` from `from` on, for text moved by `delta` characters. */
  append(previous: Tokens, from: number, delta: number): void {
    const count = this.count + previous.count - from;
    if (count > this.columns.capacity) this.columns = this.columns.grown(count);
    const c = this.columns;
    const at = this.count;
    for (const name of COLUMNS) c[name].set(previous[name].subarray(from), at);
    const shift = at - from;
    const { start, end, partner } = c;
    for (let n = at; n < count; n++) {
      start[n] += delta;
      end[n] += delta;
      if (partner[n] >= 0) partner[n] += shift;
    }
    for (const lineEnd of previous.lineEnds) if (lineEnd >= from) this.lineEnds.push(lineEnd + shift);
    this.count = count;
  }

  /**
   * Tokenizes `text[from, to)`, `from` being the start of a line outside brackets. `stop` is asked at each
   * line end outside brackets (with the offset after it) whether to stop there.
   */
  run(from: number, to: number, stop?: (at: number) => boolean): void {
    const { text } = this;
    let i = from;
    let lineStart = true; // at the start of a physical line: measure its indentation
    this.logicalOpen = false;
    this.lineIndent = 0;

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
        if (this.open.length > 0 && startsWithStatementKeyword(text, i, to)) this.endLogicalLine(i);
        if (!this.logicalOpen) this.lineIndent = column;
        continue;
      }
      const c = text.charCodeAt(i);
      if (isNameStart(c)) {
        let j = i + 1;
        while (j < to && isNameChar(text.charCodeAt(j))) j++;
        const q = text.charCodeAt(j);
        if ((q === 34 || q === 39) && j - i <= 2 && j < to) {
          const prefix = text.slice(i, j).toLowerCase();
          if (STRING_PREFIXES.has(prefix)) {
            i = this.string(i, j, prefix, to);
            continue;
          }
        }
        this.push(T.Name, i, j);
        i = j;
        continue;
      }
      if (c === 32 || c === 9 || c === 12) {
        i++;
        continue;
      }
      if (c === 10 || c === 13) {
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        lineStart = true;
        if (this.open.length === 0 && this.endLogicalLine(i)) {
          this.lineEnds.push(this.count - 1);
          if (stop?.(i)) return;
        }
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
        this.operator(i, 1, c);
        i++;
        continue;
      }
      if (c === 34 || c === 39) {
        i = this.string(i, i, '', to);
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
        this.push(T.Number, i, j);
        i = j;
        continue;
      }
      const length = operatorLength(text, i, to);
      const code = length === 1 ? c : LONG_OPERATOR_CODES.get(packed(c, text.charCodeAt(i + 1), length === 3 ? text.charCodeAt(i + 2) : 0))!;
      this.operator(i, length, code);
      i += length;
    }
    this.endLogicalLine(to);
  }

  /** Adds a token (its other columns are 0, its partner -1, until set); returns its index. */
  private push(kind: TokenKind, start: number, end: number): number {
    if (this.count === this.columns.capacity) this.columns = this.columns.grown(this.count * 2);
    const c = this.columns;
    const n = this.count++;
    c.kind[n] = kind;
    c.start[n] = start;
    c.end[n] = end;
    c.indent[n] = this.logicalOpen ? -1 : this.lineIndent;
    this.logicalOpen = true;
    return n;
  }

  private operator(start: number, length: number, code: number): void {
    const n = this.push(T.Op, start, start + length);
    this.columns.op[n] = code;
    if (length !== 1) return;
    if (code === 40 || code === 91 || code === 123) { // ( [ {
      this.open.push(n);
    } else if ((code === 41 || code === 93 || code === 125) && this.open.length > 0) { // ) ] }
      const opener = this.open.pop()!;
      this.columns.partner[opener] = n;
      this.columns.partner[n] = opener;
    }
  }

  /**
   * Ends the logical line (when it has tokens) with a newline token, which brackets left open pair with;
   * returns whether it had tokens.
   */
  private endLogicalLine(at: number): boolean {
    if (!this.logicalOpen) return false;
    const n = this.push(T.Newline, at, at);
    while (this.open.length > 0) this.columns.partner[this.open.pop()!] = n;
    this.logicalOpen = false;
    return true;
  }

  /** Scans a string whose prefix starts at `start` and whose opening quote is at `quoteAt`; returns the offset after it. */
  private string(start: number, quoteAt: number, prefix: string, to: number): number {
    const { text } = this;
    const end = skipString(text, quoteAt, prefix, to);
    const quotes = end.triple ? 3 : 1;
    const contentStart = quoteAt + quotes;
    const trail = end.terminated ? quotes : 0;
    const interpolated = isFormatted(prefix) && hasInterpolation(text, contentStart, end.at - trail);
    const n = this.push(T.String, start, end.at);
    const c = this.columns;
    c.lead[n] = contentStart - start;
    c.trail[n] = trail;
    c.plain[n] = end.terminated && !prefix.includes('b') && !interpolated ? 1 : 0;
    return end.at;
  }
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
