// Code that never runs because a literal condition says so: `if (false) { … }`, `if (0) …`, and the
// `else` of `if (true)`. Models named only there are not used.
import type { Syntax } from './syntax';
import { T } from './tokenizer';

const FALSY = new Set(['false', '0', 'null', 'undefined']);
const TRUTHY = new Set(['true', '1']);

/** Source offset ranges [start, end) of dead branches, in order. */
export function deadRanges(syntax: Syntax): [number, number][] {
  const ranges: [number, number][] = [];
  const { tokens } = syntax;
  const { kind, start, end } = tokens;
  for (const i of tokens.identifiersNamed('if')) {
    if (!syntax.is(i + 1, '(') || syntax.match[i + 1] !== i + 3) continue;
    const condition = i + 2;
    const literal = kind[condition] === T.String || kind[condition] === T.Template ? (tokens.value(condition) ? 'true' : 'false') : tokens.value(condition);
    const falsy = FALSY.has(literal);
    if (!falsy && !TRUTHY.has(literal)) continue;
    const consequentEnd = statementEnd(syntax, i + 4);
    if (falsy) {
      ranges.push([start[i + 4] ?? 0, end[consequentEnd - 1] ?? 0]);
    } else if (syntax.isIdent(consequentEnd, 'else') && !syntax.isIdent(consequentEnd + 1, 'if')) {
      const elseEnd = statementEnd(syntax, consequentEnd + 1);
      ranges.push([start[consequentEnd + 1] ?? 0, end[elseEnd - 1] ?? 0]);
    }
  }
  return ranges;
}

/** The index after the statement starting at `i`: a block, or up to its `;` or the end of its line. */
function statementEnd(syntax: Syntax, i: number): number {
  if (i >= syntax.count) return syntax.count;
  if (syntax.is(i, '{')) return Math.min(syntax.skip(i), syntax.count);
  const limit = syntax.enclosingEnd(i);
  for (let j = syntax.skip(i); j < limit; j = syntax.skip(j)) {
    if (syntax.is(j, ';')) return j + 1;
    if (syntax.tokens.newlineBefore[j]) return j;
  }
  return limit;
}

export function isDead(ranges: readonly [number, number][], offset: number): boolean {
  return ranges.some(([from, to]) => offset >= from && offset < to);
}
