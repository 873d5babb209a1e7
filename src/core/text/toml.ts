// A TOML reader that keeps positions: every key and value carries its offsets in the text, which
// smol-toml (and TOML libraries in general) drop; a string also maps each of its characters back
// through escapes. Bad input never throws: each syntax error becomes a problem and reading resumes at
// the next line that starts a header or a key, so a broken line costs only its own entries. Lenient
// where TOML 1.1 relaxed 1.0 (newlines and trailing commas in inline tables, `\e` and `\x` escapes).
import type { SourceRange } from '../types';
import type { LineIndex } from './lineIndex';

export interface Span {
  readonly start: number;
  readonly end: number;
}

// Nodes carry their offsets as plain fields, not span objects: lockfiles hold hundreds of thousands
// of strings, and every object less is collection time saved.

/** A string's whole token, quotes included. */
export interface TomlString extends Span {
  readonly kind: 'string';
  readonly value: string;
  /** The text between the quotes (after the line break a multi-line string may open with). */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Where each character of the value is written, when escapes or line-ending backslashes move them. */
  readonly offsets?: readonly number[];
}

export interface TomlBoolean extends Span {
  readonly kind: 'boolean';
  readonly value: boolean;
}

/** Numbers and dates: kept as written, nothing here needs their values. */
export interface TomlOther extends Span {
  readonly kind: 'other';
  readonly raw: string;
}

export interface TomlArray extends Span {
  readonly kind: 'array';
  readonly items: readonly TomlValue[];
  /** An array of tables (`[[name]]`), which later headers extend. */
  readonly ofTables: boolean;
}

/** Where a table is: its header (`[a.b]`), the inline table (`{ … }`), or the key that implied it (`a` in `a.b = 1`). */
export interface TomlTable extends Span {
  readonly kind: 'table';
  readonly entries: ReadonlyMap<string, TomlEntry>;
}

export type TomlValue = TomlString | TomlBoolean | TomlOther | TomlArray | TomlTable;

export interface TomlEntry {
  readonly key: string;
  /** Where the key is first written (for `[a.b]`, the `b` of the header), quotes excluded. */
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: TomlValue;
}

export interface TomlProblem extends Span {
  readonly message: string;
}

export interface TomlDocument {
  readonly root: TomlTable;
  readonly problems: readonly TomlProblem[];
}

export function parseToml(text: string): TomlDocument {
  return new Reader(text).read();
}

/** The entry at a dotted path of keys, looking into tables only. */
export function entryAt(table: TomlTable, ...path: string[]): TomlEntry | undefined {
  let entry: TomlEntry | undefined;
  for (const key of path) {
    const value: TomlValue = entry ? entry.value : table;
    if (value.kind !== 'table') return undefined;
    entry = value.entries.get(key);
    if (!entry) return undefined;
  }
  return entry;
}

export function valueAt(table: TomlTable, ...path: string[]): TomlValue | undefined {
  return entryAt(table, ...path)?.value;
}

export function tableAt(table: TomlTable, ...path: string[]): TomlTable | undefined {
  const value = valueAt(table, ...path);
  return value?.kind === 'table' ? value : undefined;
}

export function stringAt(table: TomlTable, ...path: string[]): TomlString | undefined {
  const value = valueAt(table, ...path);
  return value?.kind === 'string' ? value : undefined;
}

/** True when the value at `path` is the boolean `true`. */
export function isTrue(table: TomlTable, ...path: string[]): boolean {
  const value = valueAt(table, ...path);
  return value?.kind === 'boolean' && value.value;
}

/** Source offset of character `index` of a string's value. */
export function stringOffset(node: TomlString, index: number): number {
  const { offsets } = node;
  if (!offsets) return node.contentStart + index;
  if (index < offsets.length) return offsets[index];
  return node.contentEnd;
}

/** Where characters `from` to `to` of a string's value are written; by default the whole content. */
export function stringSpan(node: TomlString, from = 0, to = node.value.length): Span {
  const start = stringOffset(node, from);
  if (to >= node.value.length) return { start, end: node.contentEnd };
  return { start, end: to > from ? stringOffset(node, to - 1) + 1 : start };
}

export function keySpan(entry: TomlEntry): Span {
  return { start: entry.keyStart, end: entry.keyEnd };
}

export function spanRange(lines: LineIndex, span: Span): SourceRange {
  return lines.range(span.start, span.end - span.start);
}

/** How a table came to be, which decides whether it may be defined again. */
type Origin = 'header' | 'implied' | 'dotted' | 'inline';

/** Tables and arrays as the reader builds them. */
interface TableNode extends TomlTable {
  readonly entries: Map<string, TomlEntry>;
  end: number;
  origin: Origin;
}

interface ArrayNode extends TomlArray {
  readonly items: TomlValue[];
}

interface KeyPart extends Span {
  readonly name: string;
}

/** Thrown inside the reader to abandon the current statement; never escapes `parseToml`. */
class SyntaxProblem implements Span {
  constructor(readonly start: number, readonly end: number, readonly message: string) {}
}

/** More problems than this in one file say little more than "this is not TOML". */
const MAX_PROBLEMS = 20;

// Sticky expressions read whole tokens at once: many times faster than testing character by character.
const BARE_KEY = /[A-Za-z0-9_-]+/y;
/** Single-line strings without escapes, the common case, read in one step. */
const PLAIN_STRING: Readonly<Record<string, RegExp>> = { '"': /"[^"\\\r\n]*"/y, "'": /'[^'\r\n]*'/y };
/** A run of characters a single-line string holds as they are. */
const STRING_RUN: Readonly<Record<string, RegExp>> = { '"': /[^"\\\r\n]*/y, "'": /[^'\r\n]*/y };
/** What a bare value (number, date, boolean, or a mistake) may span: to the next delimiter. */
const SCALAR_IN_COLLECTION = /[^,\]}#\r\n]*/y;
const SCALAR_ON_LINE = /[^#\r\n]*/y;
const NUMBER =
  /^(?:[+-]?(?:0|[1-9](?:_?\d)*)(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?|[+-]?(?:inf|nan)|0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*)$/;
const DATE_TIME =
  /^(?:\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };
/** Left by a merge that was not finished: common in lockfiles. */
const CONFLICT_MARKER = /<{7}|={7}|>{7}/y;
/** A line where reading can resume after an error: a table header or the start of a `key = value`. */
const KEY_PART = `(?:[A-Za-z0-9_-]+|"[^"\\r\\n]*"|'[^'\\r\\n]*')`;
const STATEMENT_START = new RegExp(`[ \\t]*(?:\\[|${KEY_PART}(?:[ \\t]*\\.[ \\t]*${KEY_PART})*[ \\t]*=)`, 'y');

class Reader {
  private pos = 0;
  private readonly problems: TomlProblem[] = [];
  private readonly root: TableNode = { kind: 'table', entries: new Map(), start: 0, end: 0, origin: 'header' };
  private current: TableNode = this.root;

  constructor(private readonly text: string) {}

  read(): TomlDocument {
    for (;;) {
      this.skipBlank(true);
      if (this.pos >= this.text.length) break;
      const statementStart = this.pos;
      try {
        if (this.text[this.pos] === '[') this.header();
        else this.keyValue(this.current, false);
        this.endOfLine();
      } catch (error) {
        if (!(error instanceof SyntaxProblem)) throw error;
        this.report(error, error.message);
        this.recover(statementStart);
      }
    }
    return { root: this.root, problems: this.problems };
  }

  private report(span: Span, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ start: span.start, end: span.end, message });
  }

  private fail(message: string, start = this.pos, end = Math.min(start + 1, this.text.length)): never {
    if (matchAt(CONFLICT_MARKER, this.text, start)) throw new SyntaxProblem(start, start + 7, 'Unresolved merge conflict marker');
    throw new SyntaxProblem(start, end, message);
  }

  /** `"x"` for the character at `at`, to name it in a message. */
  private quoted(at: number): string {
    return JSON.stringify(this.text[at]);
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

  private nextLine(from: number): number {
    const end = this.text.indexOf('\n', from);
    return end === -1 ? this.text.length : end + 1;
  }

  /**
   * Resumes after a broken statement at the next line that starts a header or a key, skipping the rest
   * of a broken value. When an unclosed bracket carried the statement onto later lines, the line where
   * reading stopped is the first candidate: it likely starts a statement of its own.
   */
  private recover(statementStart: number): void {
    if (this.pos >= this.text.length) return;
    const stopLine = this.text.lastIndexOf('\n', this.pos - 1) + 1;
    let line = stopLine > statementStart ? stopLine : this.nextLine(this.pos);
    while (line < this.text.length && !matchAt(STATEMENT_START, this.text, line)) line = this.nextLine(line);
    this.pos = line;
  }

  private endOfLine(): void {
    this.skipBlank(false);
    if (this.text[this.pos] === '#') this.skipComment();
    if (this.pos < this.text.length && this.text[this.pos] !== '\n') this.fail(`Unexpected ${this.quoted(this.pos)} (expected the end of the line)`);
  }

  // ---- statements ----

  private header(): void {
    // Until the header proves sound, what follows it lands in a table nobody reads.
    this.current = { kind: 'table', entries: new Map(), start: this.pos, end: this.pos, origin: 'header' };
    const open = this.pos;
    const ofTables = this.text.startsWith('[[', open);
    this.pos += ofTables ? 2 : 1;
    this.skipBlank(false);
    const keys = this.key();
    this.skipBlank(false);
    const close = ofTables ? ']]' : ']';
    if (!this.text.startsWith(close, this.pos)) this.fail(`Expected "${close}" to close the table header`, open, this.pos);
    this.pos += close.length;
    const span = { start: open, end: this.pos };

    let table = this.root;
    for (let i = 0; i < keys.length - 1; i++) table = this.descend(table, keys[i], 'implied', span);
    const last = keys[keys.length - 1];
    const existing = table.entries.get(last.name)?.value;
    const fresh: TableNode = { kind: 'table', entries: new Map(), start: open, end: this.pos, origin: 'header' };
    if (ofTables) {
      if (!existing) {
        const array: ArrayNode = { kind: 'array', items: [fresh], start: open, end: this.pos, ofTables: true };
        table.entries.set(last.name, { key: last.name, keyStart: last.start, keyEnd: last.end, value: array });
      } else if (existing.kind === 'array' && existing.ofTables) {
        (existing as ArrayNode).items.push(fresh);
      } else {
        this.fail(`"${last.name}" is already defined and is not an array of tables`, last.start, last.end);
      }
      this.current = fresh;
      return;
    }
    if (!existing) {
      table.entries.set(last.name, { key: last.name, keyStart: last.start, keyEnd: last.end, value: fresh });
      this.current = fresh;
      return;
    }
    if (existing.kind !== 'table' || (existing as TableNode).origin === 'inline' || (existing as TableNode).origin === 'dotted') {
      this.fail(`"${last.name}" is already defined`, last.start, last.end);
    }
    const node = existing as TableNode;
    // A table defined twice keeps collecting its keys: the report is enough.
    if (node.origin === 'header') this.report(span, `Table "${keys.map((k) => k.name).join('.')}" is defined twice`);
    node.origin = 'header';
    this.current = node;
  }

  /** `nested`: inside an inline table, where `,` and `}` end a bare value. */
  private keyValue(table: TableNode, nested: boolean): void {
    const keys = this.key();
    this.skipBlank(false);
    if (this.text[this.pos] !== '=') this.fail('Expected "=" after the key');
    this.pos++;
    this.skipBlank(false);
    const value = this.value(nested);
    let target = table;
    for (let i = 0; i < keys.length - 1; i++) target = this.descend(target, keys[i], 'dotted', keys[i]);
    const last = keys[keys.length - 1];
    if (target.entries.has(last.name)) this.fail(`Duplicate key "${last.name}"`, last.start, last.end);
    target.entries.set(last.name, { key: last.name, keyStart: last.start, keyEnd: last.end, value });
  }

  /** The table `part` names inside `table`, created when missing; arrays of tables lead to their last table. */
  private descend(table: TableNode, part: KeyPart, origin: Origin, span: Span): TableNode {
    const existing = table.entries.get(part.name)?.value;
    if (!existing) {
      const fresh: TableNode = { kind: 'table', entries: new Map(), start: span.start, end: span.end, origin };
      table.entries.set(part.name, { key: part.name, keyStart: part.start, keyEnd: part.end, value: fresh });
      return fresh;
    }
    if (existing.kind === 'array' && existing.ofTables && origin === 'implied') return existing.items[existing.items.length - 1] as TableNode;
    if (existing.kind === 'table' && (existing as TableNode).origin !== 'inline') return existing as TableNode;
    return this.fail(`"${part.name}" is already defined as a value`, part.start, part.end);
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
      return { name: value.value, start: value.contentStart, end: value.contentEnd };
    }
    this.pos = matchEnd(BARE_KEY, this.text, start);
    if (this.pos === start) this.fail(c === undefined || c === '\n' || c === '\r' ? 'Expected a key' : `Unexpected ${this.quoted(start)} where a key was expected`);
    return { name: this.text.slice(start, this.pos), start, end: this.pos };
  }

  // ---- values ----

  /** `nested`: inside an array or inline table, where `,`, `]` and `}` end a bare value. */
  private value(nested: boolean): TomlValue {
    const c = this.text[this.pos];
    if (c === '"' || c === "'") {
      return this.text.startsWith(c.repeat(3), this.pos) ? this.multiLineString(c) : this.singleLineString(c);
    }
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    return this.scalar(nested);
  }

  private singleLineString(quote: '"' | "'"): TomlString {
    const open = this.pos;
    const plainEnd = matchEnd(PLAIN_STRING[quote], this.text, open);
    if (plainEnd > open) {
      this.pos = plainEnd;
      return { kind: 'string', value: this.text.slice(open + 1, plainEnd - 1), start: open, end: plainEnd, contentStart: open + 1, contentEnd: plainEnd - 1 };
    }
    const start = ++this.pos;
    const run = STRING_RUN[quote];
    let value = '';
    let offsets: number[] | undefined;
    for (;;) {
      const end = matchEnd(run, this.text, this.pos);
      if (offsets) for (let k = this.pos; k < end; k++) offsets.push(k);
      value += this.text.slice(this.pos, end);
      this.pos = end;
      const c = this.text[this.pos];
      if (c === quote) break;
      if (c !== '\\') this.fail('Unterminated string', open, this.pos);
      offsets ??= Array.from({ length: value.length }, (_, k) => start + k);
      value += this.escape(offsets);
    }
    const end = this.pos++;
    return { kind: 'string', value, start: open, end: this.pos, contentStart: start, contentEnd: end, offsets };
  }

  private multiLineString(quote: '"' | "'"): TomlString {
    const open = this.pos;
    this.pos += 3;
    // A line break right after the opening delimiter is not part of the string.
    if (this.text.startsWith('\r\n', this.pos)) this.pos += 2;
    else if (this.text[this.pos] === '\n') this.pos++;
    const start = this.pos;
    let value = '';
    let offsets: number[] | undefined;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.fail('Unterminated multi-line string', open, open + 3);
      if (c === quote && this.text.startsWith(quote.repeat(3), this.pos)) {
        // Up to two quotes may sit right before the closing delimiter: `""""` ends with a `"`.
        let run = 3;
        while (run < 5 && this.text[this.pos + run] === quote) run++;
        for (let k = 0; k < run - 3; k++) offsets?.push(this.pos + k);
        value += quote.repeat(run - 3);
        const end = this.pos + run - 3;
        this.pos += run;
        return { kind: 'string', value, start: open, end: this.pos, contentStart: start, contentEnd: end, offsets };
      }
      if (c === '\\' && quote === '"') {
        offsets ??= Array.from({ length: value.length }, (_, k) => start + k);
        if (!this.lineEndingBackslash()) value += this.escape(offsets);
        continue;
      }
      offsets?.push(this.pos);
      value += c;
      this.pos++;
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

  /**
   * One escape sequence, noting in `offsets` where each character it stands for is written. An invalid
   * one is reported and kept as written, without losing the line.
   */
  private escape(offsets: number[]): string {
    const start = this.pos;
    const c = this.text[start + 1] ?? '';
    let decoded: string | undefined = ESCAPES[c];
    let end = start + 2;
    const length: number | undefined = HEX_LENGTH[c];
    if (length !== undefined) {
      end += length;
      const hex = this.text.slice(start + 2, end);
      const code = hex.length === length && /^[0-9A-Fa-f]+$/.test(hex) ? parseInt(hex, 16) : NaN;
      if (code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) decoded = String.fromCodePoint(code);
    }
    if (decoded === undefined) {
      // Kept as written: the backslash, and the character after it unless that ends the line.
      end = c === '' || c === '\n' || c === '\r' ? start + 1 : start + 2;
      decoded = this.text.slice(start, end);
      this.report({ start, end }, `Invalid escape sequence "${decoded}"`);
      for (let k = start; k < end; k++) offsets.push(k);
    } else {
      for (let k = 0; k < decoded.length; k++) offsets.push(start);
    }
    this.pos = end;
    return decoded;
  }

  private array(): TomlArray {
    const open = this.pos++;
    const items: TomlValue[] = [];
    for (;;) {
      this.skipBlank(true);
      if (this.pos >= this.text.length) this.fail('Unterminated array', open);
      if (this.text[this.pos] === ']') break;
      items.push(this.value(true));
      this.skipBlank(true);
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.pos >= this.text.length) this.fail('Unterminated array', open);
      else if (this.text[this.pos] !== ']') this.fail('Expected "," or "]" in the array');
    }
    this.pos++;
    return { kind: 'array', items, start: open, end: this.pos, ofTables: false };
  }

  private inlineTable(): TomlTable {
    const open = this.pos++;
    const table: TableNode = { kind: 'table', entries: new Map(), start: open, end: open, origin: 'inline' };
    for (;;) {
      this.skipBlank(true);
      if (this.pos >= this.text.length) this.fail('Unterminated inline table', open);
      if (this.text[this.pos] === '}') break;
      this.keyValue(table, true);
      this.skipBlank(true);
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.pos >= this.text.length) this.fail('Unterminated inline table', open);
      else if (this.text[this.pos] !== '}') this.fail('Expected "," or "}" in the inline table');
    }
    table.end = ++this.pos;
    // Dotted keys inside built sub-tables that are as closed as the inline table itself.
    seal(table);
    return table;
  }

  /** Booleans, numbers and dates; anything else unquoted is a mistake, reported whole. */
  private scalar(nested: boolean): TomlValue {
    const start = this.pos;
    const raw = this.text.slice(start, matchEnd(nested ? SCALAR_IN_COLLECTION : SCALAR_ON_LINE, this.text, start)).trimEnd();
    if (!raw) {
      const c = this.text[start];
      this.fail(c === undefined || c === '\n' || c === '\r' ? 'Expected a value' : `Unexpected ${this.quoted(start)} where a value was expected`);
    }
    const end = start + raw.length;
    if (raw === 'true' || raw === 'false') {
      this.pos = end;
      return { kind: 'boolean', value: raw === 'true', start, end };
    }
    if (NUMBER.test(raw) || DATE_TIME.test(raw)) {
      this.pos = end;
      return { kind: 'other', raw, start, end };
    }
    return this.fail(`Invalid value ${JSON.stringify(raw)} (strings must be quoted)`, start, end);
  }
}

/** Whether a sticky pattern matches at `at` (`test`, unlike `exec`, allocates nothing). */
function matchAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Where a sticky pattern's match at `at` ends (`at` when it does not match). */
function matchEnd(pattern: RegExp, text: string, at: number): number {
  return matchAt(pattern, text, at) ? pattern.lastIndex : at;
}

function seal(table: TableNode): void {
  table.origin = 'inline';
  for (const { value } of table.entries.values()) if (value.kind === 'table') seal(value as TableNode);
}
