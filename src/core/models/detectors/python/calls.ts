// Reading calls: the callee chain before a `(` (`client.chat.completions.create`, `OpenAI().models.x`)
// and the arguments inside it.
import { isOp, split, type Span, type Tokens } from './spans';
import type { Token } from './tokenizer';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

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

const isPlainName = (t: Token | undefined): boolean => t?.kind === 'name' && !KEYWORDS.has(t.value);

/** Whether the `(` at `open` calls the name before it (not `def f(`, `class C(`, `if (`). */
export function isNamedCall(tokens: readonly Token[], open: number): boolean {
  if (open < 1 || !isPlainName(tokens[open - 1])) return false;
  const before = tokens[open - 2];
  return !(before?.kind === 'name' && (before.value === 'def' || before.value === 'class'));
}

/** The chain of names and calls ending at the token `last`, and the index where it starts. */
export function chainEndingAt({ tokens, partner }: Tokens, last: number): { parts: ChainPart[]; start: number } {
  const parts: ChainPart[] = [];
  let k = last;
  for (;;) {
    const t = tokens[k];
    if (isPlainName(t)) {
      parts.push({ kind: 'name', name: t.value });
      if (!isOp(tokens[k - 1], '.')) break;
      k -= 2;
    } else if (isOp(t, ')') && partner[k] >= 0 && partner[k] < k && isPlainName(tokens[partner[k] - 1])) {
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
export function callArguments(source: Tokens, open: number): Arguments {
  const { tokens, partner } = source;
  const close = partner[open] > open ? partner[open] : tokens.length;
  const positional: Span[] = [];
  const keywords = new Map<string, Span>();
  const unpacked: Span[] = [];
  let starred = false;
  for (const arg of split(source, { start: open + 1, end: close }, ',')) {
    const first = tokens[arg.start];
    if (first.kind === 'name' && isOp(tokens[arg.start + 1], '=')) keywords.set(first.value, { start: arg.start + 2, end: arg.end });
    else if (isOp(first, '**')) unpacked.push({ start: arg.start + 1, end: arg.end });
    else if (isOp(first, '*')) starred = true;
    else if (!starred) positional.push(arg);
  }
  return { positional, keywords, unpacked };
}
