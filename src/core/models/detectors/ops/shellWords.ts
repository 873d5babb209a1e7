// Splits shell text into simple commands of words, keeping where each word's content is. Enough of the
// shell language for scripts and Dockerfile RUN lines: quotes, escapes, line continuations, comments,
// `&&`/`||`/`;`/`|`/`&` chains, `$(…)` and `${…}` kept inside their word. Nothing is expanded.
import type { ParseProblem } from '../../../ecosystems/ecosystem';
import type { LineIndex } from '../../../text/lineIndex';
import type { TextSpan } from '../config/reference';

export interface Word extends TextSpan {
  /** Set for `NAME=value` words: the variable and its value. */
  readonly assignment?: { readonly name: string; readonly value: Word };
}

export interface ShellCommands {
  readonly commands: readonly (readonly Word[])[];
  readonly problems: readonly ParseProblem[];
}

const SEPARATORS = new Set(['\n', ';', '&', '|', '(', ')', '<', '>']);
const ASSIGNMENT = /[A-Za-z_][A-Za-z0-9_]*=/y;
const PLAIN_RUN = /[^\s;&|()<>'"\\$`]*/y;

/** The simple commands in `text` between offsets `from` and `to`. */
export function shellCommands(text: string, lines: LineIndex, from = 0, to = text.length): ShellCommands {
  const commands: Word[][] = [];
  const problems: ParseProblem[] = [];
  let current: Word[] = [];
  const endCommand = () => {
    if (current.length) commands.push(current);
    current = [];
  };
  let pos = from;
  while (pos < to) {
    const c = text[pos];
    if (c === ' ' || c === '\t' || c === '\r') pos++;
    else if (c === '\\' && isNewlineAt(text, pos + 1)) pos += text[pos + 1] === '\r' ? 3 : 2;
    else if (c === '#') pos = lineEnd(text, pos, to);
    else if (SEPARATORS.has(c)) {
      endCommand();
      pos++;
    } else {
      const word = readWord(text, pos, to, lines, problems);
      current.push(word.word);
      pos = word.next;
    }
  }
  endCommand();
  return { commands, problems };
}

function readWord(text: string, start: number, to: number, lines: LineIndex, problems: ParseProblem[]): { word: Word; next: number } {
  ASSIGNMENT.lastIndex = start;
  if (ASSIGNMENT.test(text) && ASSIGNMENT.lastIndex <= to) {
    const name = text.slice(start, ASSIGNMENT.lastIndex - 1);
    const value = readPlainWord(text, ASSIGNMENT.lastIndex, to, lines, problems);
    const word: Word = { value: `${name}=${value.word.value}`, start, end: value.word.end, exact: value.word.exact, assignment: { name, value: value.word } };
    return { word, next: value.next };
  }
  return readPlainWord(text, start, to, lines, problems);
}

function readPlainWord(text: string, start: number, to: number, lines: LineIndex, problems: ParseProblem[]): { word: Word; next: number } {
  let value = '';
  let pos = start;
  let quotedParts = 0;
  let unquotedParts = 0;
  let escaped = false;
  let quoteStart = -1;
  let quoteEnd = -1;
  while (pos < to) {
    const c = text[pos];
    if (c === ' ' || c === '\t' || c === '\r' || SEPARATORS.has(c)) break;
    if (c === "'" || c === '"') {
      const close = closingQuote(text, pos, to);
      if (close === -1) {
        problems.push({ range: lines.range(pos, 1), message: `Unterminated ${c === '"' ? 'double' : 'single'} quote` });
        value += text.slice(pos, to); // kept with its quote: the shell would not run this as written
        pos = to;
        break;
      }
      const inner = text.slice(pos + 1, close);
      const decoded = c === '"' ? inner.replace(/\\(["\\$`\n])/g, '$1') : inner;
      escaped ||= decoded !== inner;
      value += decoded;
      quotedParts++;
      quoteStart = pos + 1;
      quoteEnd = close;
      pos = close + 1;
    } else if (c === '\\') {
      if (isNewlineAt(text, pos + 1)) pos += text[pos + 1] === '\r' ? 3 : 2; // a continuation inside a word
      else {
        value += text[pos + 1] ?? '';
        pos += 2;
      }
      escaped = true;
    } else {
      const end = c === '$' && (text[pos + 1] === '(' || text[pos + 1] === '{') ? closingBracket(text, pos + 1, to) : c === '`' ? closingBacktick(text, pos, to) : plainRunEnd(text, pos, to);
      value += text.slice(pos, end);
      unquotedParts++;
      pos = end;
    }
  }
  // A word that is one quoted string has its content inside the quotes.
  if (quotedParts === 1 && unquotedParts === 0 && !escaped) return { word: { value, start: quoteStart, end: quoteEnd, exact: true }, next: pos };
  return { word: { value, start, end: pos, exact: !escaped && quotedParts === 0 }, next: pos };
}

/** The end of a run of characters with no meaning to the shell (after the one at `pos`). */
function plainRunEnd(text: string, pos: number, to: number): number {
  PLAIN_RUN.lastIndex = pos + 1;
  PLAIN_RUN.test(text);
  return Math.min(PLAIN_RUN.lastIndex, to);
}

function closingQuote(text: string, open: number, to: number): number {
  const quote = text[open];
  for (let i = open + 1; i < to; i++) {
    if (text[i] === quote) return i;
    if (quote === '"' && text[i] === '\\') i++;
  }
  return -1;
}

/** The offset after the `)` or `}` closing the bracket at `open`, nesting counted; `to` if unclosed. */
function closingBracket(text: string, open: number, to: number): number {
  const [opening, closing] = text[open] === '(' ? ['(', ')'] : ['{', '}'];
  let depth = 0;
  for (let i = open; i < to; i++) {
    if (text[i] === opening) depth++;
    else if (text[i] === closing && --depth === 0) return i + 1;
  }
  return to;
}

function closingBacktick(text: string, open: number, to: number): number {
  const close = text.indexOf('`', open + 1);
  return close === -1 || close >= to ? to : close + 1;
}

function isNewlineAt(text: string, pos: number): boolean {
  return text[pos] === '\n' || (text[pos] === '\r' && text[pos + 1] === '\n');
}

function lineEnd(text: string, pos: number, to: number): number {
  const end = text.indexOf('\n', pos);
  return end === -1 || end > to ? to : end;
}
