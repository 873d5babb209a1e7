// A small, lenient JavaScript/TypeScript tokenizer: enough of the lexical grammar to find calls, object
// literals and string literals without being fooled by comments, regular expressions, template literals
// or JSX text. It never throws: unterminated constructs end at the end of the line or of the file.

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

/** Tokens as parallel arrays (a 5,000-line file has some 50,000 tokens). Offsets are UTF-16 indices. */
export interface Tokens {
  readonly count: number;
  /** TokenKind values. */
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Source text for identifiers, punctuators, numbers and regexes; cooked content for strings. */
  readonly value: readonly string[];
  /** 1 when a line break precedes the token (automatic semicolon insertion, class fields). */
  readonly newlineBefore: Uint8Array;
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
const ENDS_OPERAND = new Set([')', ']', '}', '++', '--']);

type Frame =
  | { readonly kind: 'brace' }
  | { readonly kind: 'template' }
  /** A `{…}` inside JSX: when it closes, JSX resumes at `depth` open elements, inside a tag or not. */
  | { readonly kind: 'jsx'; readonly depth: number; readonly inTag: boolean };

const BRACE: Frame = { kind: 'brace' };
const TEMPLATE: Frame = { kind: 'template' };

export function tokenize(text: string, options: TokenizeOptions): Tokens {
  return new Scanner(text, options.jsx).run();
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
  private newlineBefore: Uint8Array;
  private readonly value: string[] = [];

  constructor(private readonly text: string, private readonly jsx: boolean) {
    // About one token per five characters of ordinary code; grown when needed.
    const capacity = (text.length >> 2) + 16;
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.newlineBefore = new Uint8Array(capacity);
  }

  run(): Tokens {
    const { text } = this;
    const length = text.length;
    if (text.startsWith('#!')) this.skipLine();
    while (this.pos < length) {
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
        this.emitPunct(this.pos, '{');
      } else if (c === 60 /* < */ && this.jsx && this.operandMayStart() && this.looksLikeJsx()) {
        this.pos++;
        this.scanJsx(0, true);
      } else {
        this.scanPunct();
      }
    }
    const { count } = this;
    return {
      count,
      kind: this.kind.subarray(0, count),
      start: this.start.subarray(0, count),
      end: this.end.subarray(0, count),
      value: this.value,
      newlineBefore: this.newlineBefore.subarray(0, count),
    };
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
        return EXPRESSION_KEYWORDS.has(this.value[last]);
      case T.Punct:
        return !ENDS_OPERAND.has(this.value[last]);
      case T.TemplateHead:
      case T.TemplateMiddle:
        return true;
      default:
        return false;
    }
  }

  /** Adds a token and moves past it. */
  private emit(kind: TokenKind, start: number, end: number, value: string): void {
    if (this.count === this.kind.length) this.grow();
    const n = this.count++;
    this.kind[n] = kind;
    this.start[n] = start;
    this.end[n] = end;
    this.newlineBefore[n] = this.newline ? 1 : 0;
    this.value.push(value);
    this.newline = false;
    this.pos = end;
    this.afterJsx = false;
  }

  private grow(): void {
    const capacity = this.kind.length * 2;
    const kind = new Uint8Array(capacity);
    const start = new Int32Array(capacity);
    const end = new Int32Array(capacity);
    const newlineBefore = new Uint8Array(capacity);
    kind.set(this.kind);
    start.set(this.start);
    end.set(this.end);
    newlineBefore.set(this.newlineBefore);
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.newlineBefore = newlineBefore;
  }

  /** `punct` is a constant or a one-character string, so tokens share their strings. */
  private emitPunct(start: number, punct: string): void {
    this.emit(T.Punct, start, start + punct.length, punct);
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
    p = Math.min(p, text.length);
    this.emit(T.Ident, this.pos, p, text.slice(this.pos, p));
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
    this.emit(T.Number, this.pos, p, text.slice(this.pos, p));
  }

  private scanPunct(): void {
    const { text, pos } = this;
    const ops = PUNCTUATORS[text.charCodeAt(pos)];
    for (const op of ops ?? []) {
      // `a?.5:b` is a conditional, not optional chaining.
      if (text.startsWith(op, pos) && !(op === '?.' && isDigit(text.charCodeAt(pos + 2)))) {
        this.emitPunct(pos, op);
        return;
      }
    }
    this.emitPunct(pos, text[pos]);
  }

  private scanString(quote: number): void {
    const { text } = this;
    let p = this.pos + 1;
    let escaped = false;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === quote) {
        const raw = text.slice(this.pos + 1, p);
        this.emit(T.String, this.pos, p + 1, escaped ? cook(raw) : raw);
        return;
      }
      if (c === 92) {
        escaped = true;
        p += 2;
      } else if (c === 10 || c === 13) {
        break;
      } else {
        p++;
      }
    }
    p = Math.min(p, text.length);
    this.emit(T.BrokenString, this.pos, p, text.slice(this.pos + 1, p));
  }

  /** Scans template text from `start` (a backtick, or the `}` closing a substitution). */
  private scanTemplate(start: number, first: boolean): void {
    const { text } = this;
    let p = start + 1;
    let escaped = false;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === 96) {
        const raw = text.slice(start + 1, p);
        this.emit(first ? T.Template : T.TemplateTail, start, p + 1, escaped ? cook(raw) : raw);
        return;
      }
      if (c === 36 && text.charCodeAt(p + 1) === 123) {
        const raw = text.slice(start + 1, p);
        this.stack.push(TEMPLATE);
        this.emit(first ? T.TemplateHead : T.TemplateMiddle, start, p + 2, escaped ? cook(raw) : raw);
        return;
      }
      if (c === 92) {
        escaped = true;
        p += 2;
      } else {
        if (isLineBreak(c)) this.newline = true;
        p++;
      }
    }
    // Unterminated: the rest of the file is template text.
    this.emit(first ? T.BrokenString : T.TemplateTail, start, text.length, text.slice(start + 1));
  }

  private closeBrace(): void {
    const frame = this.stack.pop() ?? BRACE;
    if (frame.kind === 'template') {
      this.scanTemplate(this.pos, false);
      return;
    }
    this.emitPunct(this.pos, '}');
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
          this.emit(T.Regex, this.pos, p, text.slice(this.pos, p));
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
          const close = text.indexOf(text[p], p + 1);
          const end = close === -1 ? length : close + 1;
          this.emit(close === -1 ? T.BrokenString : T.String, p, end, text.slice(p + 1, close === -1 ? length : close));
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
    this.emitPunct(p, '{');
  }

  private endJsx(p: number): void {
    this.pos = p;
    this.afterJsx = true;
  }
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
