// SPDX licence expressions as trees: parsing (spdx-expression-parse), canonical serialisation and
// combination. Canonical form: upper-case operators, runs of the same operator flattened, and every
// operand that mixes in the other operator parenthesised (`MIT OR (Apache-2.0 AND BSD-3-Clause)`:
// not needed by precedence, but nobody has to remember it).
import parseSpdx from 'spdx-expression-parse';

export interface LicenseLeaf {
  readonly license: string;
  readonly plus?: true | undefined;
  readonly exception?: string | undefined;
}

export interface LicenseConjunction {
  readonly conjunction: 'and' | 'or';
  readonly left: LicenseNode;
  readonly right: LicenseNode;
}

export type LicenseNode = LicenseLeaf | LicenseConjunction;

/** The parsed expression, or undefined when it is not a valid SPDX expression. */
export function parseExpression(text: string): LicenseNode | undefined {
  try {
    return parseSpdx(text);
  } catch {
    return undefined;
  }
}

export function isLeaf(node: LicenseNode): node is LicenseLeaf {
  return 'license' in node;
}

export function serialize(node: LicenseNode): string {
  if (isLeaf(node)) return node.license + (node.plus ? '+' : '') + (node.exception ? ` WITH ${node.exception}` : '');
  const side = (child: LicenseNode): string =>
    !isLeaf(child) && child.conjunction !== node.conjunction ? `(${serialize(child)})` : serialize(child);
  return `${side(node.left)} ${node.conjunction.toUpperCase()} ${side(node.right)}`;
}

/** Every leaf, left to right. */
export function leaves(node: LicenseNode): LicenseLeaf[] {
  const out: LicenseLeaf[] = [];
  const walk = (n: LicenseNode): void => {
    if (isLeaf(n)) out.push(n);
    else {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(node);
  return out;
}

/** Rebuilds the tree with every leaf replaced by `replace(leaf)`. */
export function mapLeaves(node: LicenseNode, replace: (leaf: LicenseLeaf) => LicenseNode): LicenseNode {
  if (isLeaf(node)) return replace(node);
  return { conjunction: node.conjunction, left: mapLeaves(node.left, replace), right: mapLeaves(node.right, replace) };
}

/**
 * Joins expressions with one operator (`MIT`, `Apache-2.0 OR BSD-3-Clause` with AND →
 * `MIT AND (Apache-2.0 OR BSD-3-Clause)`), dropping exact duplicates. Null when none is given.
 * Throws on an expression that is not valid SPDX: callers pass normalised expressions.
 */
export function combineExpressions(expressions: readonly string[], operator: 'AND' | 'OR'): string | null {
  const nodes: LicenseNode[] = [];
  const seen = new Set<string>();
  for (const expression of expressions) {
    const node = parseExpression(expression);
    if (!node) throw new Error(`Not an SPDX licence expression: ${expression}`);
    const canonical = serialize(node);
    if (seen.has(canonical)) continue;
    seen.add(canonical);
    nodes.push(node);
  }
  if (!nodes.length) return null;
  const conjunction = operator === 'AND' ? 'and' : 'or';
  return serialize(nodes.reduce((left, right) => ({ conjunction, left, right })));
}
