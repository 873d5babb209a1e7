// Call sites: for each `(`, the member path it calls (`this.client.chat.completions.create`), whether
// it is a `new` expression, and what the path starts from.
import type { Syntax } from './syntax';
import { T } from './tokenizer';

export interface CallSite {
  /** The `(` token. */
  readonly open: number;
  /** The callee's names from its root: `['this', 'client', 'chat', 'completions', 'create']`. */
  readonly path: readonly string[];
  /** The token of the path's first name (the `(` itself when the path is empty). */
  readonly first: number;
  /** Set when the path starts from the result of another call: `createOpenAI({…})('id')`, `new X().y()`. */
  readonly rootCall?: number;
  readonly isNew: boolean;
}

/** Words that look like a callee before `(` but are not calls. */
const NOT_CALLEES = new Set([
  'if', 'for', 'while', 'switch', 'catch', 'with', 'function', 'return', 'typeof', 'void', 'delete', 'await',
  'yield', 'async', 'super', 'import', 'in', 'of', 'instanceof', 'new', 'else', 'do', 'case', 'throw',
]);

/** The call whose argument list opens at `open`, or undefined when the `(` is no call. */
export function callSiteAt(syntax: Syntax, open: number): CallSite | undefined {
  const { tokens } = syntax;
  const { kind } = tokens;
  let i = open - 1;
  if (syntax.is(i, '?.')) i--;
  const path: string[] = [];
  let rootCall: number | undefined;
  let first = open;
  for (;;) {
    if (kind[i] !== T.Ident) {
      const opener = syntax.match[i];
      if (syntax.is(i, ')') && opener >= 0 && opener < i) rootCall = opener;
      else return undefined;
      break;
    }
    path.push(tokens.value(i));
    first = i;
    let j = i - 1;
    if (!syntax.is(j, '.') && !syntax.is(j, '?.')) break;
    j--;
    if (syntax.is(j, '!')) j--;
    i = j;
  }
  path.reverse();
  if (rootCall === undefined && path.length === 1) {
    if (NOT_CALLEES.has(path[0]) || syntax.isIdent(first - 1, 'function')) return undefined;
    // `name(…) {` declares a method.
    if (syntax.is(syntax.skip(open), '{')) return undefined;
  }
  return { open, path, first, rootCall, isNew: rootCall === undefined && syntax.isIdent(first - 1, 'new') };
}
