// A small, lenient JavaScript/TypeScript tokenizer: enough of the lexical grammar to find calls, object
// literals and string literals without being fooled by comments, regular expressions, template literals
// or JSX text. It never throws: unterminated constructs end at the end of the line or of the file.
import { editBetween } from '../../../text/textEdit';

export const T = {
  Ident: 0,
  Punct: 1,
  /** A terminated '…' or "…" string; `value` is the cooked content. */
  String: 2,
  /** A template literal without substitutions; `value` is the cooked content. */
  Template: 3,
  /** `…${ — a template literal with substitutions opens; its expressions follow as tokens. */
  TemplateHead: 4,
  /** }…${ */
  TemplateMiddle: 5,
  /** }…` */
  TemplateTail: 6,
  Number: 7,
  Regex: 8,
  /** A string cut short by a line break or the end of the file: never a model id. */
  BrokenString: 9,
} as const;
export type TokenKind = (typeof T)[keyof typeof T];

/** Punctuators longer than one character; a punctuator's `punct` code is its character code, or 128 + its index here. */
const LONG_PUNCTUATORS = [
  '>>>=', '>>>', '>>=', '>=', '>>', '<<=', '<=', '<<', '===', '==', '=>', '!==', '!=', '**=', '**', '*=', '&&=', '&&',
  '&=', '||=', '||', '|=', '??=', '??', '?.', '...', '++', '+=', '--', '-=', '/=', '%=', '^=',
];
const LONG_PUNCTUATOR_CODES = new Map(LONG_PUNCTUATORS.map((punct, i) => [punct, 128 + i]));

/** The `punct` code of a punctuator (-1 for anything else). */
export function punctCode(punct: string): number {
  return punct.length === 1 ? punct.charCodeAt(0) : (LONG_PUNCTUATOR_CODES.get(punct) ?? -1);
}

/** Whether `code` is the code of `punct`: no lookup, as this runs for nearly every token. */
export function isPunctCode(code: number, punct: string): boolean {
  return punct.length === 1 ? code === punct.charCodeAt(0) : code >= 128 && LONG_PUNCTUATORS[code - 128] === punct;
}

/** Words whose identifiers are listed as they are read, so that the passes looking for them need not visit every token. */
const INDEXED_WORDS = ['if', 'new', 'class', 'import', 'export', 'require'] as const;
export type IndexedWord = (typeof INDEXED_WORDS)[number];
/** Positions in INDEXED_WORDS by the words' first character code. */
const INDEXED_BY_INITIAL: (number[] | undefined)[] = [];
INDEXED_WORDS.forEach((word, k) => (INDEXED_BY_INITIAL[word.charCodeAt(0)] ??= []).push(k));
const LONGEST_INDEXED = Math.max(...INDEXED_WORDS.map((word) => word.length));

/**
 * Tokens as parallel arrays (a 5,000-line file has some 50,000 tokens, re-read on every keystroke): no
 * object and no string per token; values are made only for the tokens that are looked at. Offsets are
 * UTF-16 indices.
 */
export class Tokens {
  constructor(
    readonly text: string,
    readonly count: number,
    /** TokenKind values. */
    readonly kind: Uint8Array,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** Punctuators: their code (see `punctCode`); other tokens: 0. */
    readonly punct: Uint8Array,
    /** 1 when a line break precedes the token (automatic semicolon insertion, class fields). */
    readonly newlineBefore: Uint8Array,
    /** Read with JSX (see TokenizeOptions). */
    readonly jsx: boolean,
    /** Values that are the text as written, not cooked (JSX attributes, an unterminated template's tail). */
    readonly verbatim: ReadonlyMap<number, string>,
    /** For each of INDEXED_WORDS, its identifiers in order. */
    readonly indexed: readonly (readonly number[])[],
    /**
     * Identifiers starting a line outside any brace, template or JSX, in order: tokenizing can start
     * afresh at each, as what comes before cannot change how it and what follows it are read.
     */
    readonly lineStarts: readonly number[],
  ) {}

  /** The identifiers spelled `word`, in order. */
  identifiersNamed(word: IndexedWord): readonly number[] {
    return this.indexed[INDEXED_WORDS.indexOf(word)];
  }

  /** Source text for identifiers, punctuators, numbers and regexes; cooked content for strings. */
  value(i: number): string {
    const { text } = this;
    const start = this.start[i];
    const end = this.end[i];
    let raw: string;
    switch (this.kind[i]) {
      case T.String:
      case T.Template:
      case T.TemplateTail: {
        const verbatim = this.verbatim.get(i);
        if (verbatim !== undefined) return verbatim;
        raw = text.slice(start + 1, end - 1);
        break;
      }
      case T.TemplateHead:
      case T.TemplateMiddle:
        raw = text.slice(start + 1, end - 2);
        break;
      case T.BrokenString:
        return text.slice(start + 1, end);
      default:
        return text.slice(start, end);
    }
    return raw.includes('\\') ? cook(raw) : raw;
  }
}

export interface TokenizeOptions {
  /** Read `<tag>` in expression position as JSX (.js, .jsx, .tsx …; not .ts, where it is a type assertion). */
  readonly jsx: boolean;
}

/** Keywords after which `/` starts a regular expression and `<` may start JSX. */
const EXPRESSION_KEYWORDS = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else',
  'yield', 'await', 'extends',
]);

/** Multi-character punctuators by first character code, longest first. */
const PUNCTUATORS: readonly (readonly string[] | undefined)[] = (() => {
  const lists: (readonly string[] | undefined)[] = [];
  const add = (ops: readonly string[]): void => {
    lists[ops[0].charCodeAt(0)] = ops;
  };
  add(['>>>=', '>>>', '>>=', '>=', '>>']);
  add(['<<=', '<=', '<<']);
  add(['===', '==', '=>']);
  add(['!==', '!=']);
  add(['**=', '**', '*=']);
  add(['&&=', '&&', '&=']);
  add(['||=', '||', '|=']);
  add(['??=', '??', '?.']);
  add(['...']);
  add(['++', '+=']);
  add(['--', '-=']);
  add(['/=']);
  add(['%=']);
  add(['^=']);
  return lists;
})();

/** After these a `/` is division and `<` no JSX; `}` rarely precedes a regex literal, so it is one of them. */
const ENDS_OPERAND = new Set([')', ']', '}', '++', '--'].map(punctCode));

type Frame =
  | { readonly kind: 'brace' }
  | { readonly kind: 'template' }
  /** A `{…}` inside JSX: when it closes, JSX resumes at `depth` open elements, inside a tag or not. */
  | { readonly kind: 'jsx'; readonly depth: number; readonly inTag: boolean };

const BRACE: Frame = { kind: 'brace' };
const TEMPLATE: Frame = { kind: 'template' };

export function tokenize(text: string, options: TokenizeOptions): Tokens {
  const scanner = new Scanner(text, options.jsx, (text.length >> 2) + 16);
  scanner.run(0);
  return scanner.finish();
}

/**
 * The tokens of `text` (as `tokenize` gives them), reusing those of `previous` where the text is the same:
 * after a keystroke only the lines from the edit to the next line start where both texts' tokens agree
 * again are read.
 */
export function retokenize(previous: Tokens, text: string, options: TokenizeOptions): Tokens {
  if (previous.jsx !== options.jsx) return tokenize(text, options);
  if (text === previous.text) return previous;
  const edit = editBetween(previous.text, text);
  const { lineStarts, start } = previous;
  // Start afresh at the last line start before the edit (strictly: its first character decides how it is read).
  let lo = 0;
  let hi = lineStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[lineStarts[mid]] < edit.start) lo = mid + 1;
    else hi = mid;
  }
  const restart = lo > 0 ? lineStarts[lo - 1] : 0;
  const scanner = new Scanner(text, options.jsx, previous.count + 64);
  if (lo > 0) scanner.adopt(previous, restart, lo - 1);
  // Stop at the first line start after the edit where the old tokens had a line start too: from there on they are the same.
  let resumed = -1;
  scanner.run(lo > 0 ? start[restart] : 0, (at) => {
    if (at < edit.end) return false;
    resumed = lineStartAt(previous, at - edit.delta);
    return resumed >= 0;
  });
  if (resumed >= 0) scanner.append(previous, resumed + 1, edit.delta);
  return scanner.finish();
}

/** The line-start identifier of `tokens` at `offset`, or -1. */
function lineStartAt(tokens: Tokens, offset: number): number {
  const { lineStarts, start } = tokens;
  let lo = 0;
  let hi = lineStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[lineStarts[mid]] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < lineStarts.length && start[lineStarts[lo]] === offset ? lineStarts[lo] : -1;
}

/** Letters, `$`, `_`, `#` (private names), `\` (escapes) and any non-ASCII character but spaces. */
function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c === 35 || c === 92 || isNonAsciiIdent(c);
}

function isIdentPart(c: number): boolean {
  return isAsciiIdentPart(c) || c === 35 || c === 92 || isNonAsciiIdent(c);
}

function isNonAsciiIdent(c: number): boolean {
  return c > 127 && !isSpace(c) && !isLineBreak(c);
}

function isAsciiIdentPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

class Scanner {
  private pos = 0;
  /** Set when JSX has just ended: an operand, after which `/` divides. */
  private afterJsx = false;
  private newline = false;
  private readonly stack: Frame[] = [];
  private count = 0;
  private kind: Uint8Array;
  private start: Int32Array;
  private end: Int32Array;
  private punct: Uint8Array;
  private newlineBefore: Uint8Array;
  private readonly verbatim = new Map<number, string>();
  private indexed: number[][] = INDEXED_WORDS.map(() => []);
  private lineStarts: number[] = [];
  /** Asked at each line start (with its offset) whether to stop there. */
  private stop?: (at: number) => boolean;
  private stopped = false;

  /** `capacity`: the tokens expected (about one per four characters of ordinary code); grown when needed. */
  constructor(private readonly text: string, private readonly jsx: boolean, capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.punct = new Uint8Array(capacity);
    this.newlineBefore = new Uint8Array(capacity);
  }

  /** Takes the first `count` tokens and `lineStarts` line starts of `previous` (whose text starts like this one). */
  adopt(previous: Tokens, count: number, lineStarts: number): void {
    this.kind.set(previous.kind.subarray(0, count));
    this.start.set(previous.start.subarray(0, count));
    this.end.set(previous.end.subarray(0, count));
    this.punct.set(previous.punct.subarray(0, count));
    this.newlineBefore.set(previous.newlineBefore.subarray(0, count));
    for (const [n, value] of previous.verbatim) if (n < count) this.verbatim.set(n, value);
    this.indexed = previous.indexed.map((list) => list.filter((n) => n < count));
    this.lineStarts = previous.lineStarts.slice(0, lineStarts);
    this.count = count;
  }

  /** Appends the tokens of `previous` from `from` on, for text moved by `delta` characters. */
  append(previous: Tokens, from: number, delta: number): void {
    const at = this.count;
    const count = at + previous.count - from;
    while (this.kind.length < count) this.grow();
    this.kind.set(previous.kind.subarray(from), at);
    this.start.set(previous.start.subarray(from), at);
    this.end.set(previous.end.subarray(from), at);
    this.punct.set(previous.punct.subarray(from), at);
    this.newlineBefore.set(previous.newlineBefore.subarray(from), at);
    for (let n = at; n < count; n++) {
      this.start[n] += delta;
      this.end[n] += delta;
    }
    const shift = at - from;
    for (const [n, value] of previous.verbatim) if (n >= from) this.verbatim.set(n + shift, value);
    previous.indexed.forEach((list, k) => {
      for (const n of list) if (n >= from) this.indexed[k].push(n + shift);
    });
    for (const n of previous.lineStarts) if (n >= from) this.lineStarts.push(n + shift);
    this.count = count;
  }

  finish(): Tokens {
    const { count } = this;
    return new Tokens(
      this.text,
      count,
      this.kind.subarray(0, count),
      this.start.subarray(0, count),
      this.end.subarray(0, count),
      this.punct.subarray(0, count),
      this.newlineBefore.subarray(0, count),
      this.jsx,
      this.verbatim,
      this.indexed,
      this.lineStarts,
    );
  }

  /**
   * Tokenizes from `from`: the start of the text, or a line start (a line break before it, no open brace
   * or template). `stop` is asked at each line start after it whether to stop there.
   */
  run(from: number, stop?: (at: number) => boolean): void {
    const { text } = this;
    const length = text.length;
    this.pos = from;
    this.newline = from > 0;
    this.stop = stop;
    if (from === 0 && text.startsWith('#!')) this.skipLine();
    while (this.pos < length && !this.stopped) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 9) {
        this.pos++;
      } else if (isAsciiIdentPart(c) && !isDigit(c)) {
        this.scanIdent();
      } else if (isLineBreak(c)) {
        this.newline = true;
        this.pos++;
      } else if (isSpace(c)) {
        this.pos++;
      } else if (c === 47 /* / */) {
        const next = text.charCodeAt(this.pos + 1);
        if (next === 47) this.skipLine();
        else if (next === 42) this.skipBlockComment();
        else if (this.operandMayStart()) this.scanRegex();
        else this.scanPunct();
      } else if (c === 39 || c === 34) {
        this.scanString(c);
      } else if (c === 96 /* ` */) {
        this.scanTemplate(this.pos, true);
      } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(this.pos + 1)))) {
        this.scanNumber();
      } else if (isIdentStart(c)) {
        this.scanIdent();
      } else if (c === 125 /* } */) {
        this.closeBrace();
      } else if (c === 123 /* { */) {
        this.stack.push(BRACE);
        this.emitPunct(this.pos, 1, 123);
      } else if (c === 60 /* < */ && this.jsx && this.operandMayStart() && this.looksLikeJsx()) {
        this.pos++;
        this.scanJsx(0, true);
      } else {
        this.scanPunct();
      }
    }
  }

  /**
   * Whether an expression may start here, from the previous token: then `/` starts a regular expression
   * and `<` may start JSX. Decided only when one of those comes, which is rare.
   */
  private operandMayStart(): boolean {
    if (this.afterJsx) return false;
    const last = this.count - 1;
    if (last < 0) return true;
    switch (this.kind[last]) {
      case T.Ident:
        return EXPRESSION_KEYWORDS.has(this.text.slice(this.start[last], this.end[last]));
      case T.Punct:
        return !ENDS_OPERAND.has(this.punct[last]);
      case T.TemplateHead:
      case T.TemplateMiddle:
        return true;
      default:
        return false;
    }
  }

  /** Adds a token (its punctuator code 0) and moves past it; returns its index. */
  private emit(kind: TokenKind, start: number, end: number): number {
    if (this.count === this.kind.length) this.grow();
    const n = this.count++;
    this.kind[n] = kind;
    this.start[n] = start;
    this.end[n] = end;
    if (this.newline) this.newlineBefore[n] = 1;
    this.newline = false;
    this.pos = end;
    this.afterJsx = false;
    return n;
  }

  private grow(): void {
    const capacity = this.kind.length * 2;
    const grown = <A extends Uint8Array | Int32Array>(from: A, to: A): A => {
      to.set(from);
      return to;
    };
    this.kind = grown(this.kind, new Uint8Array(capacity));
    this.start = grown(this.start, new Int32Array(capacity));
    this.end = grown(this.end, new Int32Array(capacity));
    this.punct = grown(this.punct, new Uint8Array(capacity));
    this.newlineBefore = grown(this.newlineBefore, new Uint8Array(capacity));
  }

  private emitPunct(start: number, length: number, code: number): void {
    const n = this.emit(T.Punct, start, start + length); // first: it may grow the arrays
    this.punct[n] = code;
  }

  private skipLine(): void {
    const { text } = this;
    let p = this.pos;
    while (p < text.length && !isLineBreak(text.charCodeAt(p))) p++;
    this.pos = p;
  }

  private skipBlockComment(): void {
    const close = this.text.indexOf('*/', this.pos + 2);
    const end = close === -1 ? this.text.length : close + 2;
    for (let p = this.pos; p < end; p++) {
      if (isLineBreak(this.text.charCodeAt(p))) {
        this.newline = true;
        break;
      }
    }
    this.pos = end;
  }

  private scanIdent(): void {
    const { text } = this;
    let p = this.pos + 1;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (isAsciiIdentPart(c) || isNonAsciiIdent(c)) p++;
      else if (c === 92) p += 2; // \u escape
      else break;
    }
    const start = this.pos;
    const end = Math.min(p, text.length);
    const lineStart = this.newline && this.stack.length === 0;
    const n = this.emit(T.Ident, start, end);
    if (end - start <= LONGEST_INDEXED) {
      const words = INDEXED_BY_INITIAL[text.charCodeAt(start)];
      if (words !== undefined) this.index(n, words, start, end);
    }
    if (lineStart) {
      this.lineStarts.push(n);
      if (this.stop?.(start)) this.stopped = true;
    }
  }

  /** Lists identifier `n` under the word it is, if any of `words` (positions in INDEXED_WORDS). */
  private index(n: number, words: readonly number[], start: number, end: number): void {
    const { text } = this;
    for (const k of words) {
      const word = INDEXED_WORDS[k];
      if (end - start === word.length && text.charCodeAt(start + 1) === word.charCodeAt(1) && text.startsWith(word, start)) this.indexed[k].push(n);
    }
  }

  private scanNumber(): void {
    const { text } = this;
    let p = this.pos;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      const previous = text.charCodeAt(p - 1);
      if (isIdentPart(c) || (c === 46 && text.charCodeAt(p + 1) !== 46)) p++;
      else if ((c === 43 || c === 45) && (previous === 101 || previous === 69) && !/^0[xX]/.test(text.slice(this.pos, p))) p++;
      else break;
    }
    this.emit(T.Number, this.pos, p);
  }

  private scanPunct(): void {
    const { text, pos } = this;
    const c = text.charCodeAt(pos);
    const ops = PUNCTUATORS[c];
    if (ops) {
      const next = text.charCodeAt(pos + 1);
      for (const op of ops) {
        // `a?.5:b` is a conditional, not optional chaining.
        if (next === op.charCodeAt(1) && text.startsWith(op, pos) && !(op === '?.' && isDigit(text.charCodeAt(pos + 2)))) {
          this.emitPunct(pos, op.length, LONG_PUNCTUATOR_CODES.get(op)!);
          return;
        }
      }
    }
    this.emitPunct(pos, 1, c);
  }

  private scanString(quote: number): void {
    const { text } = this;
    let p = this.pos + 1;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === quote) {
        this.emit(T.String, this.pos, p + 1);
        return;
      }
      if (c === 92) p += 2;
      else if (c === 10 || c === 13) break;
      else p++;
    }
    this.emit(T.BrokenString, this.pos, Math.min(p, text.length));
  }

  /** Scans template text from `start` (a backtick, or the `}` closing a substitution). */
  private scanTemplate(start: number, first: boolean): void {
    const { text } = this;
    let p = start + 1;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === 96) {
        this.emit(first ? T.Template : T.TemplateTail, start, p + 1);
        return;
      }
      if (c === 36 && text.charCodeAt(p + 1) === 123) {
        this.stack.push(TEMPLATE);
        this.emit(first ? T.TemplateHead : T.TemplateMiddle, start, p + 2);
        return;
      }
      if (c === 92) {
        p += 2;
      } else {
        if (isLineBreak(c)) this.newline = true;
        p++;
      }
    }
    // Unterminated: the rest of the file is template text.
    const n = this.emit(first ? T.BrokenString : T.TemplateTail, start, text.length);
    if (!first) this.verbatim.set(n, text.slice(start + 1));
  }

  private closeBrace(): void {
    const frame = this.stack.pop() ?? BRACE;
    if (frame.kind === 'template') {
      this.scanTemplate(this.pos, false);
      return;
    }
    this.emitPunct(this.pos, 1, 125);
    if (frame.kind === 'jsx') this.scanJsx(frame.depth, frame.inTag);
  }

  private scanRegex(): void {
    const { text } = this;
    let p = this.pos + 1;
    let inClass = false;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (isLineBreak(c)) break;
      if (c === 92) p += 2;
      else {
        if (c === 91) inClass = true;
        else if (c === 93) inClass = false;
        else if (c === 47 && !inClass) {
          p++;
          while (p < text.length && isIdentPart(text.charCodeAt(p))) p++;
          this.emit(T.Regex, this.pos, p);
          return;
        }
        p++;
      }
    }
    // No closing slash on this line: it was a division after all.
    this.scanPunct();
  }

  /** `<` in expression position: JSX unless it opens TypeScript type parameters (`<T,>`, `<T extends U>`). */
  private looksLikeJsx(): boolean {
    const { text } = this;
    let p = this.pos + 1;
    const c = text.charCodeAt(p);
    if (c === 62 /* > */) return true;
    if (!isIdentStart(c) || c === 35) return false;
    while (p < text.length && isIdentPart(text.charCodeAt(p))) p++;
    const name = text.slice(this.pos + 1, p);
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    const after = text.charCodeAt(p);
    if (after === 44 /* , */) return false;
    return name !== 'const' && !text.startsWith('extends ', p);
  }

  /**
   * Scans JSX from the current position: inside a tag (after `<`) or among children, with `depth` elements
   * open. Text, tag names and attribute names produce no tokens; attribute strings produce String tokens and
   * `{…}` containers hand over to ordinary scanning until their `}`.
   */
  private scanJsx(depth: number, inTag: boolean): void {
    const { text } = this;
    const length = text.length;
    let p = this.pos;
    while (p < length) {
      const c = text.charCodeAt(p);
      if (inTag) {
        if (c === 123) {
          this.openJsxContainer(p, depth, true);
          return;
        }
        if (c === 34 || c === 39) {
          // JSX attribute strings have no escapes.
          const close = text.indexOf(text[p], p + 1);
          const end = close === -1 ? length : close + 1;
          const n = this.emit(close === -1 ? T.BrokenString : T.String, p, end);
          if (close !== -1 && hasBackslash(text, p + 1, close)) this.verbatim.set(n, text.slice(p + 1, close));
          p = end;
          continue;
        }
        if (c === 47 && text.charCodeAt(p + 1) === 62) {
          p += 2;
          if (depth === 0) return this.endJsx(p);
          inTag = false;
          continue;
        }
        if (c === 62) {
          p++;
          depth++;
          inTag = false;
          continue;
        }
        if (isLineBreak(c)) this.newline = true;
        p++;
        continue;
      }
      if (c === 123) {
        this.openJsxContainer(p, depth, false);
        return;
      }
      if (c === 60) {
        if (text.charCodeAt(p + 1) === 47) {
          const close = text.indexOf('>', p + 2);
          p = close === -1 ? length : close + 1;
          depth--;
          if (depth <= 0) return this.endJsx(p);
        } else {
          p++;
          inTag = true;
        }
        continue;
      }
      if (isLineBreak(c)) this.newline = true;
      p++;
    }
    this.endJsx(length);
  }

  private openJsxContainer(p: number, depth: number, inTag: boolean): void {
    this.stack.push({ kind: 'jsx', depth, inTag });
    this.emitPunct(p, 1, 123);
  }

  private endJsx(p: number): void {
    this.pos = p;
    this.afterJsx = true;
  }
}

function hasBackslash(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 92) return true;
  return false;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** The string value of literal text with escape sequences. */
function cook(raw: string): string {
  return raw.replace(/\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|\r\n|[\s\S])/g, (_, escape: string, braced?: string, u4?: string, x2?: string) => {
    const hex = braced ?? u4 ?? x2;
    if (hex !== undefined) {
      const code = parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    if (escape === '\n' || escape === '\r' || escape === '\r\n' || escape === '\u2028' || escape === '\u2029') return '';
    return SIMPLE_ESCAPES[escape] ?? escape;
  });
}
