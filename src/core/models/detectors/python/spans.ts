// Walking token ranges at one bracket depth, shared by the structure pass and the call reader.
import { T, type Tokens } from './tokenizer';

/** Token indices, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The next token at the same bracket depth: an opener jumps past its partner. */
export function nextSibling(partner: Int32Array, j: number, end: number): number {
  const p = partner[j];
  return p > j ? Math.min(p + 1, end) : j + 1;
}

/** Depth-0 pieces of `span` separated by the operator `separator`; empty pieces are dropped. */
export function split(tokens: Tokens, span: Span, separator: string): Span[] {
  const { partner } = tokens;
  const pieces: Span[] = [];
  let from = span.start;
  for (let j = span.start; j < span.end; j = nextSibling(partner, j, span.end)) {
    if (!tokens.isOp(j, separator)) continue;
    if (j > from) pieces.push({ start: from, end: j });
    from = j + 1;
  }
  if (span.end > from) pieces.push({ start: from, end: span.end });
  return pieces;
}

/** The first depth-0 token of `span` that is the operator or keyword `value`, or -1. */
export function findSibling(tokens: Tokens, span: Span, kind: typeof T.Op | typeof T.Name, value: string): number {
  const { partner } = tokens;
  for (let j = span.start; j < span.end; j = nextSibling(partner, j, span.end)) {
    if (kind === T.Op ? tokens.isOp(j, value) : tokens.isName(j, value)) return j;
  }
  return -1;
}
