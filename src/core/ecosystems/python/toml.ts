// A TOML reader that keeps where every key and string is written (smol-toml keeps values only), for
// pyproject.toml, Pipfile and the TOML lockfiles. Scalars other than strings are kept as raw text.
// Bad input never throws: each syntax error becomes a problem and reading resumes at the next line
// that starts a header or a key, so the rest of the file keeps its results.

export interface TomlString {
  readonly kind: 'string';
  readonly value: string;
  /** The whole token, quotes included (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Offset of the first character of the value in the source. */
  readonly contentStart: number;
  /** Source offset of each value character when escapes or trimmed newlines make them differ. */
  readonly offsets?: readonly number[];
}

export interface TomlScalar {
  readonly kind: 'scalar';
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

export interface TomlArray {
  readonly kind: 'array';
  readonly items: TomlValue[];
  readonly start: number;
  end: number;
  /** An array of tables (`[[name]]`), which headers may extend. */
  readonly ofTables: boolean;
}

export interface TomlTable {
  readonly kind: 'table';
  readonly entries: Map<string, TomlEntry>;
  readonly start: number;
  end: number;
  /** Defined by a `[header]` or as a value; only implicit tables may be defined later. */
  defined: boolean;
}

export type TomlValue = TomlString | TomlScalar | TomlArray | TomlTable;

export interface TomlEntry {
  readonly key: string;
  /** Where the key is written, quotes excluded. */
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: TomlValue;
}

export interface TomlProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface TomlDocument {
  readonly root: TomlTable;
  readonly problems: readonly TomlProblem[];
}

interface KeyPart {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

class TomlSyntaxError extends Error {
  constructor(readonly start: number, readonly end: number, message: string) {
    super(message);
  }
}

const BARE_KEY = /[A-Za-z0-9_-]+/y;
const SCALAR =
  /^(?:true|false|[+-]?(?:inf|nan)|[+-]?\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d[\d_]*)?|0x[\dA-Fa-f_]+|0o[0-7_]+|0b[01_]+|\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
/** Characters a string or scalar runs over without a second look. */
const PLAIN_BASIC = /[^"\\\r\n]*/y;
const PLAIN_LITERAL = /[^'\r\n]*/y;
const SCALAR_IN_COLLECTION = /[^,\]}#\r\n]*/y;
const SCALAR_ON_LINE = /[^#\r\n]*/y;
/** Left by a merge that was not finished: common in lockfiles. */
const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})/;
/** Lines where reading can resume after an error: a table header or the start of a `key = value`. */
const RESUME_LINE = /^(?:\[|[ \t]*(?:[A-Za-z0-9_-]+[ \t]*(?:\.[ \t]*[A-Za-z0-9_-]+[ \t]*)*=|"[^"\n]*"[ \t]*=))/;

export function parseToml(text: string): TomlDocument {
  return new TomlReader(text).read();
}

/** Source offset of character `index` of a string's value. */
export function stringOffset(node: TomlString, index: number): number {
  if (!node.offsets) return node.contentStart + index;
  if (index < node.offsets.length) return node.offsets[index];
  return node.offsets.length ? node.offsets[node.offsets.length - 1] + 1 : node.contentStart;
}

/** The entry at a dotted path of keys, looking into tables only. */
export function entryAt(table: TomlTable, ...path: string[]): TomlEntry | undefined {
  let current: TomlTable = table;
  for (let i = 0; i < path.length; i++) {
    const entry = current.entries.get(path[i]);
    if (!entry) return undefined;
    if (i === path.length - 1) return entry;
    if (entry.value.kind !== 'table') return undefined;
    current = entry.value;
  }
  return undefined;
}

export function tableAt(table: TomlTable, ...path: string[]): TomlTable | undefined {
  const value = entryAt(table, ...path)?.value;
  return value?.kind === 'table' ? value : undefined;
}

/** The string value of `key` in a table, if it is a string. */
export function stringAt(table: TomlTable, key: string): TomlString | undefined {
  const value = table.entries.get(key)?.value;
  return value?.kind === 'string' ? value : undefined;
}

/** True when `key` in a table is the boolean `true`. */
export function isTrue(table: TomlTable, key: string): boolean {
  const value = table.entries.get(key)?.value;
  return value?.kind === 'scalar' && value.raw === 'true';
}

class TomlReader {
  private i = 0;
  private readonly problems: TomlProblem[] = [];
  private readonly root: TomlTable = { kind: 'table', entries: new Map(), start: 0, end: 0, defined: true };

  constructor(private readonly text: string) {}

  read(): TomlDocument {
    let current = this.root;
    while (this.i < this.text.length) {
      try {
        this.skipSpaces();
        const c = this.text[this.i];
        if (c === undefined) break;
        if (c === '\n' || c === '\r' || c === '#') {
          this.endOfLine();
          continue;
        }
        if (c === '[') {
          // Until a header is read whole, keys belong nowhere: a broken header must not send them elsewhere.
          current = { kind: 'table', entries: new Map(), start: this.i, end: this.i, defined: true };
          current = this.header();
        } else {
          this.keyValue(current);
        }
        this.endOfLine();
      } catch (error) {
        if (!(error instanceof TomlSyntaxError)) throw error;
        this.problems.push({ start: error.start, end: Math.min(error.end, this.text.length), message: error.message });
        this.resync();
      }
    }
    this.root.end = this.text.length;
    return { root: this.root, problems: this.problems };
  }

  /** Skips to the next line that starts a header or a key/value (in the same table, unless a header). */
  private resync(): void {
    let lineStart = this.text.indexOf('\n', this.i);
    while (lineStart !== -1) {
      lineStart++;
      const lineEnd = this.text.indexOf('\n', lineStart);
      const line = this.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
      if (RESUME_LINE.test(line)) {
        this.i = lineStart;
        return;
      }
      lineStart = lineEnd;
    }
    this.i = this.text.length;
  }

  private header(): TomlTable {
    const start = this.i;
    const array = this.text.startsWith('[[', this.i);
    this.i += array ? 2 : 1;
    this.skipSpaces();
    const path = this.key();
    this.skipSpaces();
    const close = array ? ']]' : ']';
    if (!this.text.startsWith(close, this.i)) throw new TomlSyntaxError(start, this.i, `Expected "${close}" to close the table header`);
    this.i += close.length;

    const parent = this.walk(this.root, path.slice(0, -1));
    const last = path[path.length - 1];
    const existing = parent.entries.get(last.key);
    if (array) {
      const table: TomlTable = { kind: 'table', entries: new Map(), start, end: this.i, defined: true };
      if (!existing) {
        const items: TomlValue[] = [table];
        parent.entries.set(last.key, { key: last.key, keyStart: last.start, keyEnd: last.end, value: { kind: 'array', items, start, end: this.i, ofTables: true } });
      } else if (existing.value.kind === 'array' && existing.value.ofTables) {
        existing.value.items.push(table);
        existing.value.end = this.i;
      } else {
        throw new TomlSyntaxError(last.start, last.end, `"${last.key}" is already defined and is not an array of tables`);
      }
      return table;
    }
    if (!existing) {
      const table: TomlTable = { kind: 'table', entries: new Map(), start, end: this.i, defined: true };
      parent.entries.set(last.key, { key: last.key, keyStart: last.start, keyEnd: last.end, value: table });
      return table;
    }
    if (existing.value.kind !== 'table' || existing.value.defined) {
      throw new TomlSyntaxError(last.start, last.end, `Table "${path.map((p) => p.key).join('.')}" is defined twice`);
    }
    existing.value.defined = true;
    return existing.value;
  }

  /** The table at `path` below `table`, creating implicit tables; arrays of tables lead to their last table. */
  private walk(table: TomlTable, path: readonly KeyPart[]): TomlTable {
    let current = table;
    for (const part of path) {
      const entry = current.entries.get(part.key);
      if (!entry) {
        const created: TomlTable = { kind: 'table', entries: new Map(), start: part.start, end: part.end, defined: false };
        current.entries.set(part.key, { key: part.key, keyStart: part.start, keyEnd: part.end, value: created });
        current = created;
      } else if (entry.value.kind === 'table') {
        current = entry.value;
      } else if (entry.value.kind === 'array' && entry.value.ofTables) {
        current = entry.value.items[entry.value.items.length - 1] as TomlTable;
      } else {
        throw new TomlSyntaxError(part.start, part.end, `"${part.key}" is already defined as a value, not a table`);
      }
    }
    return current;
  }

  private keyValue(table: TomlTable): void {
    const path = this.key();
    this.skipSpaces();
    if (this.text[this.i] !== '=') throw this.error('Expected "=" after the key');
    this.i++;
    this.skipSpaces();
    const value = this.value(false);
    this.insert(table, path, value);
  }

  private insert(table: TomlTable, path: readonly KeyPart[], value: TomlValue): void {
    const parent = this.walk(table, path.slice(0, -1));
    const last = path[path.length - 1];
    if (parent.entries.has(last.key)) throw new TomlSyntaxError(last.start, last.end, `Duplicate key "${last.key}"`);
    parent.entries.set(last.key, { key: last.key, keyStart: last.start, keyEnd: last.end, value });
  }

  /** A dotted key. */
  private key(): KeyPart[] {
    const parts: KeyPart[] = [];
    for (;;) {
      parts.push(this.simpleKey());
      this.skipSpaces();
      if (this.text[this.i] !== '.') return parts;
      this.i++;
      this.skipSpaces();
    }
  }

  private simpleKey(): KeyPart {
    const c = this.text[this.i];
    if (c === '"' || c === "'") {
      if (this.text.startsWith(c.repeat(3), this.i)) throw this.error('A key cannot be a multi-line string');
      const s = this.singleLineString(c);
      return { key: s.value, start: s.contentStart, end: s.end - 1 };
    }
    BARE_KEY.lastIndex = this.i;
    const match = BARE_KEY.exec(this.text);
    if (!match) throw this.error(c === undefined || c === '\n' || c === '\r' ? 'Expected a key' : `Unexpected "${c}" where a key was expected`);
    const start = this.i;
    this.i += match[0].length;
    return { key: match[0], start, end: this.i };
  }

  private value(nested: boolean): TomlValue {
    const c = this.text[this.i];
    if (c === '"' || c === "'") {
      return this.text.startsWith(c.repeat(3), this.i) ? this.multiLineString(c) : this.singleLineString(c);
    }
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    return this.scalar(nested);
  }

  private scalar(nested: boolean): TomlScalar {
    const start = this.i;
    const until = nested ? SCALAR_IN_COLLECTION : SCALAR_ON_LINE;
    until.lastIndex = start;
    const raw = until.exec(this.text)![0].trimEnd();
    this.i = start + raw.length;
    if (!raw) throw new TomlSyntaxError(start, start + 1, 'Expected a value');
    if (!SCALAR.test(raw)) {
      this.i = start;
      if (CONFLICT_MARKER.test(raw)) throw this.error('');
      throw new TomlSyntaxError(start, start + raw.length, `Invalid value "${raw}" (strings must be quoted)`);
    }
    return { kind: 'scalar', raw, start, end: this.i };
  }

  private array(): TomlArray {
    const start = this.i;
    this.i++;
    const items: TomlValue[] = [];
    for (;;) {
      this.skipBlank();
      if (this.text[this.i] === ']') break;
      if (this.i >= this.text.length) throw new TomlSyntaxError(start, start + 1, 'Unclosed array "["');
      items.push(this.value(true));
      this.skipBlank();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.text[this.i] === ']') break;
      throw this.error(this.i >= this.text.length ? 'Unclosed array "["' : 'Expected "," or "]" in the array');
    }
    this.i++;
    return { kind: 'array', items, start, end: this.i, ofTables: false };
  }

  private inlineTable(): TomlTable {
    const start = this.i;
    this.i++;
    const table: TomlTable = { kind: 'table', entries: new Map(), start, end: start, defined: true };
    for (;;) {
      this.skipBlank();
      if (this.text[this.i] === '}') break;
      if (this.i >= this.text.length) throw new TomlSyntaxError(start, start + 1, 'Unclosed inline table "{"');
      const path = this.key();
      this.skipSpaces();
      if (this.text[this.i] !== '=') throw this.error('Expected "=" after the key');
      this.i++;
      this.skipSpaces();
      this.insert(table, path, this.value(true));
      this.skipBlank();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.text[this.i] === '}') break;
      throw this.error(this.i >= this.text.length ? 'Unclosed inline table "{"' : 'Expected "," or "}" in the inline table');
    }
    this.i++;
    table.end = this.i;
    return table;
  }

  private singleLineString(quote: string): TomlString {
    const start = this.i;
    this.i++;
    const contentStart = this.i;
    const plain = quote === '"' ? PLAIN_BASIC : PLAIN_LITERAL;
    let value = '';
    let offsets: number[] | undefined;
    for (;;) {
      // Runs of ordinary characters at once: lockfiles are mostly long hashes and URLs.
      plain.lastIndex = this.i;
      const run = plain.exec(this.text)![0];
      if (run) {
        if (offsets) for (let k = 0; k < run.length; k++) offsets.push(this.i + k);
        value += run;
        this.i += run.length;
      }
      const c = this.text[this.i];
      if (c === quote) break;
      if (c !== '\\') throw new TomlSyntaxError(start, this.i, 'Unterminated string');
      offsets ??= Array.from({ length: value.length }, (_, k) => contentStart + k);
      value += this.escapeInto(offsets);
    }
    this.i++;
    return { kind: 'string', value, start, end: this.i, contentStart, offsets };
  }

  private multiLineString(quote: string): TomlString {
    const start = this.i;
    this.i += 3;
    if (this.text[this.i] === '\r' && this.text[this.i + 1] === '\n') this.i += 2;
    else if (this.text[this.i] === '\n') this.i++;
    const contentStart = this.i;
    let value = '';
    const offsets: number[] = [];
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) throw new TomlSyntaxError(start, start + 3, 'Unterminated multi-line string');
      if (this.text.startsWith(quote.repeat(3), this.i)) {
        let quotes = 3;
        while (quotes < 5 && this.text[this.i + quotes] === quote) quotes++;
        for (let k = 0; k < quotes - 3; k++) {
          offsets.push(this.i + k);
          value += quote;
        }
        this.i += quotes;
        break;
      }
      if (c === '\\' && quote === '"') {
        const after = /^\\[ \t]*\r?\n/.exec(this.text.slice(this.i, this.i + 64));
        if (after) {
          this.i += after[0].length;
          while (/[ \t\r\n]/.test(this.text[this.i] ?? '')) this.i++;
          continue;
        }
        value += this.escapeInto(offsets);
        continue;
      }
      offsets.push(this.i);
      value += c;
      this.i++;
    }
    return { kind: 'string', value, start, end: this.i, contentStart, offsets };
  }

  /** Reads the escape sequence at `this.i`, noting its offset for each character it stands for. */
  private escapeInto(offsets: number[]): string {
    const at = this.i;
    const decoded = this.escape();
    for (let k = 0; k < decoded.length; k++) offsets.push(at);
    return decoded;
  }

  /** Reads one escape sequence at `this.i` (a backslash) and returns what it stands for. */
  private escape(): string {
    const start = this.i;
    const c = this.text[this.i + 1];
    if (c !== undefined && ESCAPES[c] !== undefined) {
      this.i += 2;
      return ESCAPES[c];
    }
    const digits = c === 'u' ? 4 : c === 'U' ? 8 : c === 'x' ? 2 : 0;
    const hex = this.text.slice(this.i + 2, this.i + 2 + digits);
    if (digits && /^[0-9A-Fa-f]+$/.test(hex) && hex.length === digits) {
      const code = parseInt(hex, 16);
      if (code <= 0x10ffff) {
        this.i += 2 + digits;
        return String.fromCodePoint(code);
      }
    }
    throw new TomlSyntaxError(start, start + 2, `Invalid escape "\\${c ?? ''}" in the string`);
  }

  private skipSpaces(): void {
    while (this.text[this.i] === ' ' || this.text[this.i] === '\t') this.i++;
  }

  /** Spaces, newlines and comments (inside arrays and inline tables). */
  private skipBlank(): void {
    for (;;) {
      const c = this.text[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else if (c === '#') this.skipComment();
      else return;
    }
  }

  private skipComment(): void {
    while (this.i < this.text.length && this.text[this.i] !== '\n') this.i++;
  }

  /** After a header or a key/value: only spaces and a comment may remain on the line. */
  private endOfLine(): void {
    this.skipSpaces();
    if (this.text[this.i] === '#') this.skipComment();
    if (this.text[this.i] === '\r' && this.text[this.i + 1] === '\n') this.i += 2;
    else if (this.text[this.i] === '\n') this.i++;
    else if (this.i < this.text.length) throw this.error(`Unexpected "${this.text[this.i]}" after the value (expected a new line)`);
  }

  private error(message: string): TomlSyntaxError {
    const conflict = CONFLICT_MARKER.exec(this.text.slice(this.i, this.i + 7));
    if (conflict) return new TomlSyntaxError(this.i, this.i + 7, 'Unresolved merge conflict marker');
    return new TomlSyntaxError(this.i, Math.min(this.i + 1, this.text.length), message);
  }
}
