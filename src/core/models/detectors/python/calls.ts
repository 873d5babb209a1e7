// Reading calls: the callee chain before a `(` (`client.chat.completions.create`, `OpenAI().models.x`)
// and the arguments inside it.
import { split, type Span } from './spans';
import { T, type Tokens } from './tokenizer';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
const LONGEST_KEYWORD = 8;

/** One link of a callee chain, left to right. */
export type ChainPart =
  | { readonly kind: 'name'; readonly name: string }
  /** A call of everything before it; `open` is its `(` token. */
  | { readonly kind: 'call'; readonly open: number }
  /** Something that is not a name or a call (a subscript, a literal, a parenthesised expression). */
  | { readonly kind: 'opaque' };

export interface Arguments {
  /** Positional arguments up to the first `*args` (after it, positions are unknown). */
  readonly positional: readonly Span[];
  readonly keywords: ReadonlyMap<string, Span>;
  /** `**mapping` arguments. */
  readonly unpacked: readonly Span[];
}

/** A name that is not a keyword. */
function isPlainName(tokens: Tokens, i: number): boolean {
  return tokens.kind[i] === T.Name && (tokens.end[i] - tokens.start[i] > LONGEST_KEYWORD || !KEYWORDS.has(tokens.value(i)));
}

/** Whether the `(` at `open` calls the name before it (not `def f(`, `class C(`, `if (`). */
export function isNamedCall(tokens: Tokens, open: number): boolean {
  if (open < 1 || !isPlainName(tokens, open - 1)) return false;
  return !tokens.isName(open - 2, 'def') && !tokens.isName(open - 2, 'class');
}

/** The chain of names and calls ending at the token `last`, and the index where it starts. */
export function chainEndingAt(tokens: Tokens, last: number): { parts: ChainPart[]; start: number } {
  const { partner } = tokens;
  const parts: ChainPart[] = [];
  let k = last;
  for (;;) {
    if (isPlainName(tokens, k)) {
      parts.push({ kind: 'name', name: tokens.value(k) });
      if (!tokens.isOp(k - 1, '.')) break;
      k -= 2;
    } else if (tokens.isOp(k, ')') && partner[k] >= 0 && partner[k] < k && isPlainName(tokens, partner[k] - 1)) {
      parts.push({ kind: 'call', open: partner[k] });
      k = partner[k] - 1;
    } else {
      parts.push({ kind: 'opaque' });
      break;
    }
  }
  return { parts: parts.reverse(), start: k };
}

/** The arguments of the call whose `(` is at `open`. */
export function callArguments(tokens: Tokens, open: number): Arguments {
  const { partner } = tokens;
  const close = partner[open] > open ? partner[open] : tokens.count;
  const positional: Span[] = [];
  const keywords = new Map<string, Span>();
  const unpacked: Span[] = [];
  let starred = false;
  for (const arg of split(tokens, { start: open + 1, end: close }, ',')) {
    if (tokens.kind[arg.start] === T.Name && tokens.isOp(arg.start + 1, '=')) keywords.set(tokens.value(arg.start), { start: arg.start + 2, end: arg.end });
    else if (tokens.isOp(arg.start, '**')) unpacked.push({ start: arg.start + 1, end: arg.end });
    else if (tokens.isOp(arg.start, '*')) starred = true;
    else if (!starred) positional.push(arg);
  }
  return { positional, keywords, unpacked };
}
