// Bracket structure over the tokens: which bracket closes which, and which encloses each token. This is
// all the "parsing" the detector needs; calls, arguments and object literals are read off it.
import { isPunctCode, punctCode, T, type Tokens } from './tokenizer';

const [OPEN_PAREN, OPEN_BRACKET, OPEN_BRACE, CLOSE_PAREN, CLOSE_BRACKET, CLOSE_BRACE] = ['(', '[', '{', ')', ']', '}'].map(punctCode);
/** Stands for a template head among the openers (no punctuator has code 0). */
const TEMPLATE_OPENER = 0;

/** A token range [start, end), such as one argument or one property of an object literal. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Keywords to test identifiers against; most identifiers are told apart by length and first letter, unread. */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** 1 at the character codes the words start with. */
  private readonly initials = new Uint8Array(128);
  private readonly longest: number;

  constructor(words: readonly string[]) {
    this.words = new Set(words);
    for (const word of words) this.initials[word.charCodeAt(0)] = 1;
    this.longest = Math.max(...words.map((word) => word.length));
  }

  /** Whether `text[start, end)` is one of the words. */
  has(text: string, start: number, end: number): boolean {
    return end - start <= this.longest && this.initials[text.charCodeAt(start)] === 1 && this.words.has(text.slice(start, end));
  }
}

export class Syntax {
  /** The tokens' text (held here too, as `isIdent` reads it for nearly every token). */
  readonly text: string;
  readonly count: number;
  /** For a bracket (`(`, `[`, `{`, a template head or tail): its partner; `count` when never closed; else -1. */
  readonly match: Int32Array;
  /** The innermost bracket enclosing each token; -1 at the top level. */
  readonly parent: Int32Array;
  // The token arrays `is` and `isIdent` read, held directly: they run for nearly every token.
  private readonly kind: Uint8Array;
  private readonly punct: Uint8Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;

  constructor(readonly tokens: Tokens) {
    const { text, count, kind, punct } = tokens;
    this.text = text;
    this.count = count;
    this.kind = kind;
    this.punct = punct;
    this.start = tokens.start;
    this.end = tokens.end;
    this.match = new Int32Array(count).fill(-1);
    this.parent = new Int32Array(count);
    const { match, parent } = this;
    /** The open brackets, innermost last, and for each the opener it is (its punctuator code, TEMPLATE_OPENER for a template head). */
    const stack: number[] = [];
    const openers: number[] = [];
    /** How many brackets of each opener are open. */
    const open = new Int32Array(256);
    let innermost = -1;
    for (let i = 0; i < count; i++) {
      parent[i] = innermost;
      const code = punct[i];
      const k = kind[i];
      if (code === OPEN_PAREN || code === OPEN_BRACKET || code === OPEN_BRACE || k === T.TemplateHead) {
        const opener = k === T.TemplateHead ? TEMPLATE_OPENER : code;
        match[i] = count;
        open[opener]++;
        stack.push(i);
        openers.push(opener);
        innermost = i;
        continue;
      }
      const wanted = code === CLOSE_PAREN ? OPEN_PAREN : code === CLOSE_BRACKET ? OPEN_BRACKET : code === CLOSE_BRACE ? OPEN_BRACE : k === T.TemplateTail ? TEMPLATE_OPENER : -1;
      // A closer with no opener of its kind left is stray (broken code): ignore it.
      if (wanted < 0 || open[wanted] === 0) continue;
      // Openers left unclosed inside are cut off here, so that skipping over them lands on this closer.
      while (stack.length) {
        const top = stack.pop()!;
        const opener = openers.pop()!;
        open[opener]--;
        if (opener === wanted) {
          match[top] = i;
          match[i] = top;
          break;
        }
        match[top] = i - 1;
      }
      innermost = stack.length ? stack[stack.length - 1] : -1;
      parent[i] = innermost;
    }
  }

  /** Whether token `i` is the punctuator `punct` (false outside the tokens). */
  is(i: number, punct: string): boolean {
    return i >= 0 && i < this.count && isPunctCode(this.punct[i], punct);
  }

  /** Whether token `i` is an identifier (named `name`, when given). */
  isIdent(i: number, name?: string): boolean {
    if (i < 0 || i >= this.count || this.kind[i] !== T.Ident) return false;
    if (name === undefined) return true;
    const start = this.start[i];
    return this.end[i] - start === name.length && this.text.charCodeAt(start) === name.charCodeAt(0) && this.text.startsWith(name, start);
  }

  /** Whether token `i` is an identifier among `words`. */
  isIdentIn(i: number, words: WordSet): boolean {
    return this.isIdent(i) && words.has(this.text, this.start[i], this.end[i]);
  }

  /** Whether the token is a string literal usable as a value: quoted, or a template without substitutions. */
  isLiteral(i: number): boolean {
    const k = this.tokens.kind[i];
    return k === T.String || k === T.Template;
  }

  /** The index after a token, jumping over a whole bracketed group when the token opens one. */
  skip(i: number): number {
    const partner = this.match[i];
    return partner > i ? partner + 1 : i + 1;
  }

  /** The end (exclusive) of the bracket enclosing `i`, or of the file. */
  enclosingEnd(i: number): number {
    const p = this.parent[i];
    return p < 0 ? this.count : Math.min(this.match[p], this.count);
  }

  /** The comma-separated items inside a bracket pair (arguments, properties, elements). */
  items(open: number): Span[] {
    const close = Math.min(this.match[open], this.count);
    const items: Span[] = [];
    let start = open + 1;
    for (let i = open + 1; i < close; ) {
      if (this.is(i, ',')) {
        if (i > start) items.push({ start, end: i });
        start = ++i;
      } else {
        i = this.skip(i);
      }
    }
    if (close > start) items.push({ start, end: close });
    return items;
  }

  /**
   * Skips a type annotation starting at `i` and returns the index of the token that ends it: `=`, `,`, `;`,
   * a closing bracket, or (automatic semicolon insertion) an identifier on a new line.
   */
  skipType(i: number, end: number): number {
    const { kind, newlineBefore } = this.tokens;
    let angles = 0;
    for (let j = i; j < end; ) {
      if (kind[j] === T.Punct) {
        const code = this.punct[j];
        if (angles <= 0 && TYPE_ENDS.has(code)) return j;
        if (code === LESS) angles++;
        else if (code === GREATER || code === SHIFT || code === UNSIGNED_SHIFT) angles -= this.end[j] - this.start[j];
      } else if (j > i && kind[j] === T.Ident && newlineBefore[j] && angles <= 0 && !continuesType(this, j - 1)) {
        return j;
      }
      j = this.skip(j);
    }
    return end;
  }
}

/** Punctuators that end a type annotation (outside angle brackets). */
const TYPE_ENDS = new Set(['=', ',', ';', ')', ']', '}'].map(punctCode));
const [LESS, GREATER, SHIFT, UNSIGNED_SHIFT] = ['<', '>', '>>', '>>>'].map(punctCode);
const TYPE_CONTINUATIONS = new Set(['|', '&', '.', '<', ',', ':', '=>', '?', 'keyof', 'typeof', 'extends', 'infer', 'readonly', 'is', 'asserts', 'unique', 'new']);

/** Whether a type annotation goes on after this token (so a line break does not end it). */
function continuesType(syntax: Syntax, i: number): boolean {
  return syntax.tokens.kind[i] !== T.String && TYPE_CONTINUATIONS.has(syntax.tokens.value(i));
}
