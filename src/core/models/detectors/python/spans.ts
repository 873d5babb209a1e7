// Walking token ranges at one bracket depth, shared by the structure pass and the call reader.
import type { Token } from './tokenizer';

/** Token indices, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Tokens plus, for each bracket token, the index of its partner (-1 for a stray closer). */
export interface Tokens {
  readonly tokens: readonly Token[];
  readonly partner: Int32Array;
}

export const isName = (t: Token | undefined, value: string): boolean => t?.kind === 'name' && t.value === value;
export const isOp = (t: Token | undefined, value: string): boolean => t?.kind === 'op' && t.value === value;

/** The next token at the same bracket depth: an opener jumps past its partner. */
export function nextSibling(partner: Int32Array, j: number, end: number): number {
  const p = partner[j];
  return p > j ? Math.min(p + 1, end) : j + 1;
}

/** Depth-0 pieces of `span` separated by the operator `separator`; empty pieces are dropped. */
export function split({ tokens, partner }: Tokens, span: Span, separator: string): Span[] {
  const pieces: Span[] = [];
  let from = span.start;
  for (let j = span.start; j < span.end; j = nextSibling(partner, j, span.end)) {
    if (!isOp(tokens[j], separator)) continue;
    if (j > from) pieces.push({ start: from, end: j });
    from = j + 1;
  }
  if (span.end > from) pieces.push({ start: from, end: span.end });
  return pieces;
}

/** The first depth-0 token of `span` that is the operator or keyword `value`, or -1. */
export function findSibling({ tokens, partner }: Tokens, span: Span, kind: 'op' | 'name', value: string): number {
  for (let j = span.start; j < span.end; j = nextSibling(partner, j, span.end)) {
    const t = tokens[j];
    if (t.kind === kind && t.value === value) return j;
  }
  return -1;
}
