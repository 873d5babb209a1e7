// Bracket structure over the tokens: which bracket closes which, and which encloses each token. This is
// all the "parsing" the detector needs; calls, arguments and object literals are read off it.
import { T, type Tokens } from './tokenizer';

const OPENERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** A token range [start, end), such as one argument or one property of an object literal. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export class Syntax {
  readonly count: number;
  /** For a bracket (`(`, `[`, `{`, a template head or tail): its partner; `count` when never closed; else -1. */
  readonly match: Int32Array;
  /** The innermost bracket enclosing each token; -1 at the top level. */
  readonly parent: Int32Array;
  // The token arrays `is` reads, held directly: it runs for nearly every token.
  private readonly kind: Uint8Array;
  private readonly value: readonly string[];

  constructor(readonly text: string, readonly tokens: Tokens) {
    const { count, kind, value } = tokens;
    this.count = count;
    this.kind = kind;
    this.value = value;
    this.match = new Int32Array(count).fill(-1);
    this.parent = new Int32Array(count);
    const stack: number[] = [];
    const open: Record<string, number> = { '(': 0, '[': 0, '{': 0, '`': 0 };
    const openerOf = (i: number): string => (kind[i] === T.TemplateHead ? '`' : value[i]);
    for (let i = 0; i < count; i++) {
      this.parent[i] = stack.length ? stack[stack.length - 1] : -1;
      const k = kind[i];
      if (k === T.TemplateHead || (k === T.Punct && (value[i] === '(' || value[i] === '[' || value[i] === '{'))) {
        this.match[i] = count;
        open[openerOf(i)]++;
        stack.push(i);
        continue;
      }
      const wanted = k === T.TemplateTail ? '`' : k === T.Punct ? OPENERS[value[i]] : undefined;
      // A closer with no opener of its kind left is stray (broken code): ignore it.
      if (wanted === undefined || open[wanted] === 0) continue;
      // Openers left unclosed inside are cut off here, so that skipping over them lands on this closer.
      while (stack.length) {
        const top = stack.pop()!;
        open[openerOf(top)]--;
        if (openerOf(top) === wanted) {
          this.match[top] = i;
          this.match[i] = top;
          break;
        }
        this.match[top] = i - 1;
      }
      this.parent[i] = stack.length ? stack[stack.length - 1] : -1;
    }
  }

  is(i: number, punct: string): boolean {
    return i >= 0 && i < this.count && this.value[i] === punct && this.kind[i] === T.Punct;
  }

  isIdent(i: number, name?: string): boolean {
    return i >= 0 && i < this.count && this.kind[i] === T.Ident && (name === undefined || this.value[i] === name);
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
    const { kind, value, newlineBefore } = this.tokens;
    let angles = 0;
    for (let j = i; j < end; ) {
      if (kind[j] === T.Punct) {
        const v = value[j];
        if (angles <= 0 && (v === '=' || v === ',' || v === ';' || v === ')' || v === ']' || v === '}')) return j;
        if (v === '<') angles++;
        else if (v === '>' || v === '>>' || v === '>>>') angles -= v.length;
      } else if (j > i && kind[j] === T.Ident && newlineBefore[j] && angles <= 0 && !continuesType(this, j - 1)) {
        return j;
      }
      j = this.skip(j);
    }
    return end;
  }
}

const TYPE_CONTINUATIONS = new Set(['|', '&', '.', '<', ',', ':', '=>', '?', 'keyof', 'typeof', 'extends', 'infer', 'readonly', 'is', 'asserts', 'unique', 'new']);

/** Whether a type annotation goes on after this token (so a line break does not end it). */
function continuesType(syntax: Syntax, i: number): boolean {
  return TYPE_CONTINUATIONS.has(syntax.tokens.value[i]) && syntax.tokens.kind[i] !== T.String;
}
