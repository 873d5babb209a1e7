// A tokenizer for the Ruby that Gemfiles and gemspecs are written in. It never evaluates anything: it
// knows Ruby's literals (strings, %-literals, heredocs, symbols, regexps) well enough that their
// contents never pass for code, and splits the tokens into statements.

export type TokenKind =
  | 'identifier' // names, keywords, @ivars, $globals, Constants
  | 'label' // `name:` in a call's options
  | 'symbol' // :name, :"name"
  | 'string' // '…', "…", %q(…), `…`, heredocs, regexps
  | 'words' // %w[…], %i[…]
  | 'number'
  | 'operator'
  | 'newline';

export interface Word {
  readonly value: string;
  readonly offset: number;
  readonly length: number;
}

export interface Token {
  readonly kind: TokenKind;
  /** Operators and identifiers as written; strings, symbols and labels as their value. */
  readonly value: string;
  /** For strings, symbols and labels: where the value is written (inside the quotes). */
  readonly offset: number;
  readonly length: number;
  /** A string whose value is not literal (`#{…}` interpolation, a heredoc, a regexp, a command). */
  readonly dynamic?: boolean;
  readonly words?: readonly Word[];
}

export interface TokenizeResult {
  readonly tokens: readonly Token[];
  /** An unterminated literal: the tokens before it are kept. */
  readonly problem?: { readonly offset: number; readonly message: string };
}

const OPERATORS = ['**=', '<=>', '===', '...', '&&=', '||=', '<<=', '>>=', '=>', '->', '::', '==', '!=', '>=', '<=', '&&', '||', '<<', '>>', '**', '=~', '!~', '..', '&.', '+=', '-=', '*=', '/=', '|=', '&='];
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '<': '>' };
/** After these identifiers a value is expected, so `/` starts a regexp and `%w` a literal. */
const VALUE_KEYWORDS = new Set(['if', 'unless', 'while', 'until', 'and', 'or', 'not', 'when', 'return', 'then', 'else', 'elsif', 'do', 'in', 'puts', 'p']);

/** Operators by first character, longest first. */
const OPERATORS_BY_FIRST = new Map<string, string[]>();
for (const op of OPERATORS) OPERATORS_BY_FIRST.set(op[0]!, [...(OPERATORS_BY_FIRST.get(op[0]!) ?? []), op]);
for (const list of OPERATORS_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);

/** Char-code tests: the tokenizer looks at every character, so no regular expressions here. */
function isIdentifierStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code > 127;
}

function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || (code >= 48 && code <= 57);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 12 || code === 11;
}

class Unterminated extends Error {
  constructor(readonly offset: number, readonly what: string) {
    super(`Unterminated ${what}`);
  }
}

export function tokenizeRuby(text: string): TokenizeResult {
  const tokens: Token[] = [];
  const heredocs: { id: string; indented: boolean; offset: number }[] = [];
  let i = 0;

  const previous = (): Token | undefined => tokens[tokens.length - 1];
  /** Whether the next token starts a value (an argument, an operand) rather than continuing one. */
  const expectsValue = (spaceBefore: boolean, nextChar: string): boolean => {
    const prev = previous();
    if (!prev || prev.kind === 'newline' || prev.kind === 'label') return true;
    if (prev.kind === 'operator') return ![')', ']', '}'].includes(prev.value);
    if (prev.kind === 'identifier') {
      if (VALUE_KEYWORDS.has(prev.value)) return true;
      // `gem %w[a b]`, `foo /x/`: a command call's argument (Ruby's own heuristic).
      return spaceBefore && nextChar !== ' ' && nextChar !== '=' && /^[a-z_]/.test(prev.value);
    }
    return false;
  };

  /** Reads a delimited body from i (just after the opening delimiter); `literalStart` is where the literal began. */
  const readDelimited = (open: string, close: string, escapes: boolean, what: string, literalStart = i - 1): { start: number; end: number; interpolates: boolean } => {
    const start = i;
    let depth = 1;
    let interpolates = false;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\\' && escapes) {
        i += 2;
        continue;
      }
      if (c === '#' && text[i + 1] === '{') interpolates = true;
      if (open !== close && c === open) depth++;
      else if (c === close && --depth === 0) {
        i++;
        return { start, end: i - 1, interpolates };
      }
      i++;
    }
    throw new Unterminated(literalStart, what);
  };

  const unescape = (raw: string, quote: string): string => {
    if (!raw.includes('\\')) return raw;
    return quote === "'" ? raw.replace(/\\([\\'])/g, '$1') : raw.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', s: ' ', '0': '\0' })[c] ?? c);
  };

  const pushString = (start: number, end: number, value: string, dynamic: boolean): void => {
    tokens.push(dynamic ? { kind: 'string', value, offset: start, length: end - start, dynamic } : { kind: 'string', value, offset: start, length: end - start });
  };

  const readPercent = (): boolean => {
    // %q(…) %Q(…) %(…) %w[…] %W[…] %i[…] %I[…] %r{…} %s(…) %x(…)
    let type = text[i + 1]!;
    let delimiterAt = i + 2;
    if (!/[qQwWiIrsx]/.test(type) || isIdentifierPart(text.charCodeAt(i + 2))) {
      type = 'Q';
      delimiterAt = i + 1;
    }
    const open = text[delimiterAt] ?? '';
    if (!open || /[\sA-Za-z0-9]/.test(open)) return false;
    const close = CLOSING[open] ?? open;
    const literalStart = i;
    i = delimiterAt + 1;
    const body = readDelimited(open, close, true, `%${type} literal`, literalStart);
    const raw = text.slice(body.start, body.end);
    if (type === 'w' || type === 'W' || type === 'i' || type === 'I') {
      const words: Word[] = [];
      for (const m of raw.matchAll(/\S+/g)) words.push({ value: m[0], offset: body.start + m.index, length: m[0].length });
      tokens.push({ kind: 'words', value: raw, offset: body.start, length: raw.length, words });
    } else if (type === 's') {
      tokens.push({ kind: 'symbol', value: raw, offset: body.start, length: raw.length });
    } else {
      const dynamic = type === 'r' || type === 'x' || (type === 'Q' && body.interpolates);
      pushString(body.start, body.end, type === 'q' ? unescape(raw, "'") : unescape(raw, '"'), dynamic);
    }
    return true;
  };

  const readHeredocBodies = (): void => {
    // i is just after a newline: each pending heredoc's body runs to its terminator line.
    for (const heredoc of heredocs.splice(0)) {
      for (;;) {
        if (i >= text.length) throw new Unterminated(heredoc.offset, `heredoc ${heredoc.id}`);
        const lineEnd = text.indexOf('\n', i);
        const line = text.slice(i, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
        i = lineEnd === -1 ? text.length : lineEnd + 1;
        if ((heredoc.indented ? line.trim() : line) === heredoc.id) break;
      }
    }
  };

  try {
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (isBlank(code)) {
        i++;
        continue;
      }
      const c = text[i]!;
      const atLineStart = i === 0 || text.charCodeAt(i - 1) === 10;
      if (c === '\n') {
        tokens.push({ kind: 'newline', value: '\n', offset: i, length: 1 });
        i++;
        if (heredocs.length) readHeredocBodies();
        continue;
      }
      if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
        i += text[i + 1] === '\n' ? 2 : 3;
        continue;
      }
      if (c === '#') {
        const end = text.indexOf('\n', i);
        i = end === -1 ? text.length : end;
        continue;
      }
      if (atLineStart && text.startsWith('=begin', i)) {
        const close = text.indexOf('\n=end', i);
        if (close === -1) throw new Unterminated(i, '=begin comment');
        const after = text.indexOf('\n', close + 1);
        i = after === -1 ? text.length : after;
        continue;
      }
      if (atLineStart && /^__END__\r?(\n|$)/.test(text.slice(i, i + 9))) break;

      const spaceBefore = i > 0 && (isBlank(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 10);
      if (c === '"' || c === "'" || c === '`') {
        i++;
        const body = readDelimited(c, c, true, 'string');
        const raw = text.slice(body.start, body.end);
        pushString(body.start, body.end, unescape(raw, c), c === '`' || (c === '"' && body.interpolates));
        // `"name": value` is a label too.
        if (text[i] === ':' && text[i + 1] !== ':' && c !== '`') {
          const last = tokens.pop()!;
          tokens.push({ ...last, kind: 'label' });
          i++;
        }
        continue;
      }
      if (c === '%' && expectsValue(spaceBefore, text[i + 1] ?? '') && readPercent()) continue;
      if (c === '/' && expectsValue(spaceBefore, text[i + 1] ?? '')) {
        i++;
        const body = readDelimited('/', '/', true, 'regular expression');
        while (/[a-z]/.test(text[i] ?? '')) i++;
        pushString(body.start, body.end, text.slice(body.start, body.end), true);
        continue;
      }
      const heredoc = c === '<' && text[i + 1] === '<' && expectsValue(spaceBefore, text[i + 2] ?? '') ? /^<<([~-]?)(["'`]?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(text.slice(i, i + 80)) : null;
      if (heredoc) {
        // The body follows the line; its text is never needed, only skipped.
        heredocs.push({ id: heredoc[3]!, indented: heredoc[1] !== '', offset: i });
        tokens.push({ kind: 'string', value: '', offset: i, length: heredoc[0].length, dynamic: true });
        i += heredoc[0].length;
        continue;
      }
      if (c === ':' && text[i + 1] !== ':') {
        const next = text[i + 1] ?? '';
        if (next === '"' || next === "'") {
          i += 2;
          const body = readDelimited(next, next, true, 'symbol', i - 2);
          tokens.push({ kind: 'symbol', value: unescape(text.slice(body.start, body.end), next), offset: body.start, length: body.end - body.start });
          continue;
        }
        if (isIdentifierStart(text.charCodeAt(i + 1)) || next === '@' || next === '$') {
          let end = i + 2;
          while (end < text.length && isIdentifierPart(text.charCodeAt(end))) end++;
          if (/[?!=]/.test(text[end] ?? '') && text[end + 1] !== '=' && text[end + 1] !== '>') end++;
          tokens.push({ kind: 'symbol', value: text.slice(i + 1, end), offset: i + 1, length: end - i - 1 });
          i = end;
          continue;
        }
      }
      if (isIdentifierStart(code) || ((c === '@' || c === '$') && isIdentifierStart(text.charCodeAt(i + 1))) || (c === '@' && text[i + 1] === '@')) {
        let end = i + 1;
        while (end < text.length && (isIdentifierPart(text.charCodeAt(end)) || (text[end] === '@' && end === i + 1))) end++;
        if ((text[end] === '?' || text[end] === '!') && text[end + 1] !== '=') end++;
        const word = text.slice(i, end);
        if (text[end] === ':' && text[end + 1] !== ':' && !/[?!]$/.test(word) && previous()?.value !== '?') {
          tokens.push({ kind: 'label', value: word, offset: i, length: word.length });
          i = end + 1;
        } else {
          tokens.push({ kind: 'identifier', value: word, offset: i, length: word.length });
          i = end;
        }
        continue;
      }
      if (isDigit(code)) {
        let end = i + 1;
        while (end < text.length && isIdentifierPart(text.charCodeAt(end))) end++;
        if (text[end] === '.' && isDigit(text.charCodeAt(end + 1))) {
          end++;
          while (end < text.length && isIdentifierPart(text.charCodeAt(end))) end++;
        }
        tokens.push({ kind: 'number', value: text.slice(i, end), offset: i, length: end - i });
        i = end;
        continue;
      }
      const operator = OPERATORS_BY_FIRST.get(c)?.find((op) => text.startsWith(op, i)) ?? c;
      tokens.push({ kind: 'operator', value: operator, offset: i, length: operator.length });
      i += operator.length;
    }
    if (heredocs.length) throw new Unterminated(heredocs[0]!.offset, `heredoc ${heredocs[0]!.id}`);
  } catch (error) {
    if (!(error instanceof Unterminated)) throw error;
    return { tokens, problem: { offset: error.offset, message: error.message } };
  }
  return { tokens };
}

/** Keywords that open a block closed by `end` when they begin a statement. */
const BLOCK_KEYWORDS = new Set(['if', 'unless', 'while', 'until', 'case', 'begin', 'def', 'class', 'module', 'for']);
/** A line ending with one of these continues on the next. */
const CONTINUATIONS = new Set([',', '.', '&.', '=>', '->', '&&', '||', '=', '+', '-', '*', '/', '|', '::', '<<', '?', ':']);

export type Statement =
  | { readonly kind: 'code'; readonly tokens: readonly Token[]; readonly opensBlock: boolean }
  | { readonly kind: 'end'; readonly token: Token };

/**
 * Splits tokens into statements: at line ends outside brackets, `;`, after `do |…|` and `then`, and
 * around `end`. `opensBlock` says the statement starts a block its matching `end` closes.
 */
export function statements(tokens: readonly Token[]): Statement[] {
  const out: Statement[] = [];
  let current: Token[] = [];
  let depth = 0;
  const flush = (opensByDo: boolean): void => {
    if (current.length) {
      const first = current[0]!;
      const opensBlock = opensByDo || (first.kind === 'identifier' && BLOCK_KEYWORDS.has(first.value));
      out.push({ kind: 'code', tokens: current, opensBlock });
    }
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'operator') {
      if ('([{'.includes(token.value)) depth++;
      else if (')]}'.includes(token.value)) depth = Math.max(0, depth - 1);
    }
    if (depth > 0) {
      if (token.kind !== 'newline') current.push(token);
      continue;
    }
    if (token.kind === 'newline') {
      const last = current[current.length - 1];
      const next = tokens[i + 1];
      const continues = (last?.kind === 'operator' && CONTINUATIONS.has(last.value)) || (next?.kind === 'operator' && (next.value === '.' || next.value === '&.'));
      if (!continues) flush(false);
      continue;
    }
    if (token.kind === 'operator' && token.value === ';') {
      flush(false);
      continue;
    }
    if (token.kind === 'identifier' && token.value === 'end' && tokens[i - 1]?.value !== '.') {
      flush(false);
      out.push({ kind: 'end', token });
      continue;
    }
    if (token.kind === 'identifier' && token.value === 'do') {
      // `while x do` is the loop's own keyword: the statement already opens a block.
      const first = current[0];
      const loop = first?.kind === 'identifier' && (first.value === 'while' || first.value === 'until' || first.value === 'for');
      // Block parameters `|a, b|` belong to no statement.
      if (tokens[i + 1]?.value === '|') {
        let j = i + 2;
        while (j < tokens.length && tokens[j]!.value !== '|' && tokens[j]!.kind !== 'newline') j++;
        i = j;
      }
      if (loop) flush(false);
      else flush(true);
      continue;
    }
    if (token.kind === 'identifier' && token.value === 'then') {
      flush(false);
      continue;
    }
    current.push(token);
  }
  flush(false);
  return out;
}

/** Splits a call's argument tokens at top-level commas (after an optional opening parenthesis). */
export function callArguments(tokens: readonly Token[]): Token[][] {
  let list = tokens;
  if (list[0]?.kind === 'operator' && list[0].value === '(') {
    const close = matchingClose(list, 0);
    list = list.slice(1, close === -1 ? undefined : close);
  }
  const args: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (const token of list) {
    if (token.kind === 'operator') {
      if ('([{'.includes(token.value)) depth++;
      else if (')]}'.includes(token.value)) depth--;
      else if (token.value === ',' && depth === 0) {
        args.push(current);
        current = [];
        continue;
      }
    }
    // A trailing modifier (`gem 'x' if cond`) is not an argument.
    if (depth === 0 && token.kind === 'identifier' && (token.value === 'if' || token.value === 'unless')) break;
    current.push(token);
  }
  if (current.length) args.push(current);
  return args;
}

function matchingClose(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const value = tokens[i]!.kind === 'operator' ? tokens[i]!.value : '';
    if ('([{'.includes(value) && value) depth++;
    else if (')]}'.includes(value) && value && --depth === 0) return i;
  }
  return -1;
}

/**
 * The strings of an argument that is nothing but literals: `'a'`, `"a".freeze`, `%q<a>`, `%w[a b]`,
 * `['a', 'b'.freeze]`. Anything computed (`ENV['X'] || 'a'`, `File.read(…)`) gives none.
 */
export function literalStrings(tokens: readonly Token[]): Word[] {
  const list = tokens.filter((t, i) => !(t.value === '.' && tokens[i + 1]?.value === 'freeze') && !(t.value === 'freeze' && tokens[i - 1]?.value === '.'));
  const word = (t: Token | undefined): Word | undefined => (t?.kind === 'string' && !t.dynamic ? { value: t.value, offset: t.offset, length: t.length } : undefined);
  if (list.length === 1) {
    const only = list[0]!;
    if (only.kind === 'words') return [...only.words!];
    const single = word(only);
    return single ? [single] : [];
  }
  if (list[0]?.value !== '[' || list[list.length - 1]?.value !== ']') return [];
  const out: Word[] = [];
  for (let i = 1; i < list.length - 1; i += 2) {
    const item = word(list[i]);
    const separator = list[i + 1];
    if (!item || (i + 1 < list.length - 1 && separator?.value !== ',')) return [];
    out.push(item);
  }
  return out;
}
