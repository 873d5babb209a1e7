// A TOML reader that keeps positions: every key and value carries its offsets in the text, which
// smol-toml (and TOML libraries in general) drop. It recovers from errors line by line, so a broken
// line costs only that line's entries, and it never throws. Lenient where TOML 1.1 relaxed 1.0
// (newlines and trailing commas in inline tables, `\e` and `\x` escapes).
import type { LineIndex } from '../../text/lineIndex';
import type { SourceRange } from '../../types';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TomlString {
  readonly kind: 'string';
  readonly value: string;
  /** The text between the quotes. */
  readonly span: Span;
}

export interface TomlBoolean {
  readonly kind: 'boolean';
  readonly value: boolean;
  readonly span: Span;
}

/** Numbers and dates: kept as written, nothing here needs their values. */
export interface TomlOther {
  readonly kind: 'other';
  readonly raw: string;
  readonly span: Span;
}

export interface TomlArray {
  readonly kind: 'array';
  readonly items: readonly TomlValue[];
  readonly span: Span;
}

export interface TomlTable {
  readonly kind: 'table';
  readonly entries: ReadonlyMap<string, TomlEntry>;
  /** The header (`[a.b]`), the inline table (`{ … }`), or the key that implied it (`a` in `a.b = 1`). */
  readonly span: Span;
}

export type TomlValue = TomlString | TomlBoolean | TomlOther | TomlArray | TomlTable;

export interface TomlEntry {
  /** Where the key is first written (for `[a.b]`, the `b` of the header; quotes excluded). */
  readonly key: Span;
  readonly value: TomlValue;
}

export interface TomlProblem {
  readonly span: Span;
  readonly message: string;
}

export interface TomlDocument {
  readonly root: TomlTable;
  readonly problems: readonly TomlProblem[];
}

/** How a table came to be, which decides whether it may be defined again. */
type Origin = 'header' | 'implied' | 'dotted' | 'inline';

interface MutableTable {
  readonly kind: 'table';
  readonly entries: Map<string, { readonly key: Span; value: TomlValue }>;
  readonly span: Span;
  origin: Origin;
}

interface MutableArray {
  readonly kind: 'array';
  readonly items: TomlValue[];
  span: Span;
  /** True for arrays of tables (`[[x]]`), which headers may extend; static arrays are closed. */
  readonly ofTables: boolean;
}

interface KeyPart {
  readonly name: string;
  readonly span: Span;
}

/** Thrown inside the reader to abandon the current line; never escapes `parseToml`. */
class SyntaxProblem {
  constructor(readonly span: Span, readonly message: string) {}
}

/** More problems than this in one file say little more than "this is not TOML". */
const MAX_PROBLEMS = 20;

// Sticky expressions read whole tokens at once: many times faster than testing character by character.
const BARE_KEY = /[A-Za-z0-9_-]+/y;
const SCALAR_TOKEN = /[A-Za-z0-9_+\-.:]+/y;
/** A basic string without escapes, the common case, read in one step. */
const PLAIN_BASIC_STRING = /"([^"\\\n]*)"/y;
const NUMBER =
  /^(?:[+-]?(?:0|[1-9](?:_?\d)*)(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?|[+-]?(?:inf|nan)|0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*)$/;
const DATE_TIME =
  /^(?:\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

export function parseToml(text: string): TomlDocument {
  return new Reader(text).read();
}

class Reader {
  private pos = 0;
  private readonly problems: TomlProblem[] = [];
  private readonly root: MutableTable = { kind: 'table', entries: new Map(), span: { start: 0, end: 0 }, origin: 'header' };
  private current: MutableTable = this.root;

  constructor(private readonly text: string) {}

  read(): TomlDocument {
    for (;;) {
      this.skipBlank(true);
      if (this.pos >= this.text.length) break;
      const lineStart = this.pos;
      try {
        if (this.text[this.pos] === '[') this.header();
        else this.keyValue(this.current);
        this.endOfLine();
      } catch (error) {
        if (!(error instanceof SyntaxProblem)) throw error;
        this.report(error.span, error.message);
        this.recover(lineStart);
      }
    }
    return { root: this.root, problems: this.problems };
  }

  private report(span: Span, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ span, message });
  }

  private fail(message: string, start = this.pos, end = Math.min(start + 1, this.text.length)): never {
    throw new SyntaxProblem({ start, end }, message);
  }

  // ---- layout ----

  /** Skips spaces and tabs, and with `newlines` also line ends and comments. */
  private skipBlank(newlines: boolean): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (newlines && c === '\n') this.pos++;
      else if (newlines && c === '#') this.skipComment();
      else break;
    }
  }

  private skipComment(): void {
    const end = this.text.indexOf('\n', this.pos);
    this.pos = end === -1 ? this.text.length : end;
  }

  /**
   * Resumes after a broken statement: past the line where reading stopped, or at its start when an
   * unclosed bracket carried the statement onto later lines (that line is likely a statement of its own).
   */
  private recover(statementStart: number): void {
    if (this.pos >= this.text.length) return;
    const lineStart = this.text.lastIndexOf('\n', this.pos - 1) + 1;
    if (lineStart > statementStart) {
      this.pos = lineStart;
      return;
    }
    const end = this.text.indexOf('\n', this.pos);
    this.pos = end === -1 ? this.text.length : end + 1;
  }

  private endOfLine(): void {
    this.skipBlank(false);
    if (this.text[this.pos] === '#') this.skipComment();
    if (this.pos < this.text.length && this.text[this.pos] !== '\n') this.fail('Expected the end of the line');
  }

  // ---- statements ----

  private header(): void {
    // Until the header proves sound, what follows it lands in a table nobody reads.
    this.current = { kind: 'table', entries: new Map(), span: { start: this.pos, end: this.pos }, origin: 'header' };
    const open = this.pos;
    const ofTables = this.text.startsWith('[[', open);
    this.pos += ofTables ? 2 : 1;
    this.skipBlank(false);
    const keys = this.key();
    this.skipBlank(false);
    const close = ofTables ? ']]' : ']';
    if (!this.text.startsWith(close, this.pos)) this.fail(`Expected '${close}' to close the table header`);
    this.pos += close.length;
    const span = { start: open, end: this.pos };

    let table = this.root;
    for (const part of keys.slice(0, -1)) table = this.descend(table, part, 'implied', span);
    const last = keys[keys.length - 1];
    const existing = table.entries.get(last.name);
    if (ofTables) {
      const fresh: MutableTable = { kind: 'table', entries: new Map(), span, origin: 'header' };
      if (!existing) {
        const array: MutableArray = { kind: 'array', items: [fresh], span, ofTables: true };
        table.entries.set(last.name, { key: last.span, value: array });
      } else if (existing.value.kind === 'array' && (existing.value as MutableArray).ofTables) {
        (existing.value as MutableArray).items.push(fresh);
      } else {
        this.fail(`'${last.name}' is already defined and is not an array of tables`, last.span.start, last.span.end);
      }
      this.current = fresh;
      return;
    }
    if (!existing) {
      const fresh: MutableTable = { kind: 'table', entries: new Map(), span, origin: 'header' };
      table.entries.set(last.name, { key: last.span, value: fresh });
      this.current = fresh;
      return;
    }
    const value = existing.value as MutableTable;
    if (value.kind !== 'table' || value.origin === 'inline' || value.origin === 'dotted') {
      this.fail(`'${last.name}' is already defined`, last.span.start, last.span.end);
    }
    // A table defined twice keeps collecting its keys: the report is enough.
    if (value.origin === 'header') this.report(span, `Table [${keys.map((k) => k.name).join('.')}] is defined twice`);
    value.origin = 'header';
    this.current = value;
  }

  private keyValue(table: MutableTable): void {
    const keys = this.key();
    this.skipBlank(false);
    if (this.text[this.pos] !== '=') this.fail("Expected '=' after the key");
    this.pos++;
    this.skipBlank(false);
    const value = this.value();
    let target = table;
    for (const part of keys.slice(0, -1)) target = this.descend(target, part, 'dotted', part.span);
    const last = keys[keys.length - 1];
    if (target.entries.has(last.name)) this.fail(`'${last.name}' is defined twice`, last.span.start, last.span.end);
    target.entries.set(last.name, { key: last.span, value });
  }

  /** The table `part` names inside `table`, created when missing. */
  private descend(table: MutableTable, part: KeyPart, origin: Origin, span: Span): MutableTable {
    const existing = table.entries.get(part.name);
    if (!existing) {
      const fresh: MutableTable = { kind: 'table', entries: new Map(), span, origin };
      table.entries.set(part.name, { key: part.span, value: fresh });
      return fresh;
    }
    const value = existing.value;
    if (value.kind === 'array' && (value as MutableArray).ofTables && origin === 'implied') {
      return value.items[value.items.length - 1] as MutableTable;
    }
    if (value.kind === 'table' && (value as MutableTable).origin !== 'inline') return value as MutableTable;
    return this.fail(`'${part.name}' is already defined as a value`, part.span.start, part.span.end);
  }

  // ---- keys ----

  /** A dotted key: `a`, `a.b`, `"a b".'c'`. */
  private key(): KeyPart[] {
    const parts = [this.simpleKey()];
    for (;;) {
      const save = this.pos;
      this.skipBlank(false);
      if (this.text[this.pos] !== '.') {
        this.pos = save;
        return parts;
      }
      this.pos++;
      this.skipBlank(false);
      parts.push(this.simpleKey());
    }
  }

  private simpleKey(): KeyPart {
    const start = this.pos;
    const c = this.text[start];
    if (c === '"' || c === "'") {
      if (this.text.startsWith(c.repeat(3), start)) this.fail('A key cannot be a multi-line string');
      const value = this.singleLineString(c);
      return { name: value.value, span: value.span };
    }
    this.pos = matchEnd(BARE_KEY, this.text, start);
    if (this.pos === start) this.fail(this.pos >= this.text.length ? 'Expected a key' : `Unexpected '${this.text[start]}', expected a key`);
    return { name: this.text.slice(start, this.pos), span: { start, end: this.pos } };
  }

  // ---- values ----

  private value(): TomlValue {
    const c = this.text[this.pos];
    if (c === '"' || c === "'") {
      return this.text.startsWith(c.repeat(3), this.pos) ? this.multiLineString(c) : this.singleLineString(c);
    }
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    return this.scalar();
  }

  private singleLineString(quote: '"' | "'"): TomlString {
    const open = this.pos;
    const plain = quote === '"' ? matchAt(PLAIN_BASIC_STRING, this.text, open) : undefined;
    if (plain) {
      this.pos = open + plain[0].length;
      return { kind: 'string', value: plain[1], span: { start: open + 1, end: this.pos - 1 } };
    }
    const start = ++this.pos;
    let value = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') this.fail('Unterminated string', open, this.pos);
      if (c === quote) break;
      if (c === '\\' && quote === '"') value += this.escape();
      else {
        // Plain characters up to the next quote, backslash or line end are copied in one slice.
        let next = this.pos + 1;
        while (next < this.text.length && !STRING_STOPS.has(this.text[next])) next++;
        value += this.text.slice(this.pos, next);
        this.pos = next;
      }
    }
    const end = this.pos++;
    return { kind: 'string', value, span: { start, end } };
  }

  private multiLineString(quote: '"' | "'"): TomlString {
    const open = this.pos;
    this.pos += 3;
    // A newline right after the opening delimiter is not part of the string.
    if (this.text.startsWith('\r\n', this.pos)) this.pos += 2;
    else if (this.text[this.pos] === '\n') this.pos++;
    const start = this.pos;
    let value = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.fail('Unterminated multi-line string', open, open + 3);
      if (c === quote && this.text.startsWith(quote.repeat(3), this.pos)) {
        // Up to two quotes may sit right before the closing delimiter: `""""` ends with a `"`.
        let run = 3;
        while (run < 5 && this.text[this.pos + run] === quote) run++;
        value += quote.repeat(run - 3);
        const end = this.pos + run - 3;
        this.pos += run;
        return { kind: 'string', value, span: { start, end } };
      }
      if (c === '\\' && quote === '"') {
        if (this.lineEndingBackslash()) continue;
        value += this.escape();
      } else {
        value += c;
        this.pos++;
      }
    }
  }

  /** `\` at the end of a line in a multi-line basic string swallows the line break and leading blanks. */
  private lineEndingBackslash(): boolean {
    let p = this.pos + 1;
    while (this.text[p] === ' ' || this.text[p] === '\t' || this.text[p] === '\r') p++;
    if (this.text[p] !== '\n') return false;
    while (p < this.text.length && /[ \t\r\n]/.test(this.text[p])) p++;
    this.pos = p;
    return true;
  }

  /** One escape sequence; an invalid one is reported and kept as written, without losing the line. */
  private escape(): string {
    const start = this.pos;
    const c = this.text[start + 1];
    const simple = c === undefined ? undefined : ESCAPES[c];
    if (simple !== undefined) {
      this.pos += 2;
      return simple;
    }
    const length = c === undefined ? undefined : HEX_LENGTH[c];
    if (length !== undefined) {
      const hex = this.text.slice(start + 2, start + 2 + length);
      const code = /^[0-9A-Fa-f]+$/.test(hex) && hex.length === length ? parseInt(hex, 16) : NaN;
      if (code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
        this.pos += 2 + length;
        return String.fromCodePoint(code);
      }
    }
    this.report({ start, end: start + 2 }, `Invalid escape sequence '\\${c ?? ''}'`);
    this.pos += c === undefined || c === '\n' ? 1 : 2;
    return c === undefined || c === '\n' ? '\\' : '\\' + c;
  }

  private array(): TomlArray {
    const open = this.pos++;
    const items: TomlValue[] = [];
    for (;;) {
      this.skipBlank(true);
      if (this.pos >= this.text.length) this.fail('Unterminated array', open);
      if (this.text[this.pos] === ']') break;
      items.push(this.value());
      this.skipBlank(true);
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== ']') this.fail(this.pos >= this.text.length ? 'Unterminated array' : "Expected ',' or ']' in the array", this.pos >= this.text.length ? open : this.pos);
    }
    this.pos++;
    return { kind: 'array', items, span: { start: open, end: this.pos } };
  }

  private inlineTable(): TomlTable {
    const open = this.pos++;
    const table: MutableTable = { kind: 'table', entries: new Map(), span: { start: open, end: open }, origin: 'inline' };
    for (;;) {
      this.skipBlank(true);
      if (this.pos >= this.text.length) this.fail('Unterminated inline table', open);
      if (this.text[this.pos] === '}') break;
      this.keyValue(table);
      this.skipBlank(true);
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== '}') this.fail(this.pos >= this.text.length ? 'Unterminated inline table' : "Expected ',' or '}' in the inline table", this.pos >= this.text.length ? open : this.pos);
    }
    this.pos++;
    // Dotted keys inside build sub-tables that are as closed as the inline table itself.
    seal(table);
    const sealed: MutableTable = { kind: 'table', entries: table.entries, span: { start: open, end: this.pos }, origin: 'inline' };
    return sealed;
  }

  /** Booleans, numbers and dates. */
  private scalar(): TomlValue {
    const start = this.pos;
    this.pos = matchEnd(SCALAR_TOKEN, this.text, start);
    // A date and a time may be separated by one space: `1979-05-27 07:32:00`.
    if (/^\d{4}-\d{2}-\d{2}$/.test(this.text.slice(start, this.pos)) && /^ \d{2}:/.test(this.text.slice(this.pos, this.pos + 4))) {
      this.pos = matchEnd(SCALAR_TOKEN, this.text, this.pos + 1);
    }
    const raw = this.text.slice(start, this.pos);
    const span = { start, end: this.pos };
    if (raw === 'true' || raw === 'false') return { kind: 'boolean', value: raw === 'true', span };
    if (NUMBER.test(raw) || DATE_TIME.test(raw)) return { kind: 'other', raw, span };
    if (!raw) this.fail(this.pos >= this.text.length || this.text[this.pos] === '\n' ? 'Expected a value' : `Unexpected '${this.text[this.pos]}', expected a value`);
    return this.fail(`Invalid value '${raw}' (strings need quotes)`, start, this.pos);
  }
}

/** Characters that end a run of plain string content. */
const STRING_STOPS = new Set(['"', "'", '\\', '\n']);

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Where a sticky pattern's match at `at` ends (`at` when it does not match). */
function matchEnd(pattern: RegExp, text: string, at: number): number {
  return matchAt(pattern, text, at) ? pattern.lastIndex : at;
}

function seal(table: MutableTable): void {
  table.origin = 'inline';
  for (const { value } of table.entries.values()) if (value.kind === 'table') seal(value as MutableTable);
}

/** The entry at `path` below `table`, when every step is a table. */
export function tomlGet(table: TomlTable, ...path: string[]): TomlValue | undefined {
  let value: TomlValue | undefined = table;
  for (const key of path) {
    if (value?.kind !== 'table') return undefined;
    value = value.entries.get(key)?.value;
  }
  return value;
}

/** The string at `path`, if it is one. */
export function tomlString(table: TomlTable, ...path: string[]): TomlString | undefined {
  const value = tomlGet(table, ...path);
  return value?.kind === 'string' ? value : undefined;
}

export function spanRange(lines: LineIndex, span: Span): SourceRange {
  return lines.range(span.start, span.end - span.start);
}
