// Licence expression → verdict, with the facts of every licence named and a one-clause reason.
//
// A single licence's verdict follows its category: public domain, permissive and every copyleft
// (network copyleft included) are `open`; source-available, non-commercial and field-of-use are
// `restricted`; proprietary is `closed`; anything else `unknown`, except that an uncategorised licence
// approved by OSI or the FSF is `open`. A `WITH` exception keeps the base licence's verdict.
//
// Combining, as a lattice:
//   OR  (the user may pick any branch) takes the most usable: open > restricted > unknown > closed.
//       A known restriction beats an unknown, which might be anything; closed is the last resort.
//   AND (every part binds) takes the least open: closed > restricted > unknown > open.
//       A known limitation outweighs an unrecognised part, which in turn outweighs open parts.
// So `(MIT OR GPL-3.0-only) AND AGPL-3.0-only` is open (every part is open), `MIT AND BUSL-1.1` is
// restricted, and `MIT OR LicenseRef-UNLICENSED` is open.
import type { LicenseAssessment, LicenseCategory, LicenseFacts, Verdict } from '../types';
import { licenseFacts } from './catalog';
import { isLeaf, leaves, parseExpression, type LicenseNode } from './expression';
import { memoize } from './memo';
import { normalizeDeclared, PROPRIETARY, UNLICENSED } from './normalize';

const VERDICT_OF: { readonly [C in LicenseCategory]: Verdict } = {
  'public-domain': 'open',
  'permissive': 'open',
  'weak-copyleft': 'open',
  'strong-copyleft': 'open',
  'network-copyleft': 'open',
  'source-available': 'restricted',
  'non-commercial': 'restricted',
  'field-of-use': 'restricted',
  'proprietary': 'closed',
  'unknown': 'unknown',
};

/** Higher wins. */
const OR_RANK: { readonly [V in Verdict]: number } = { open: 3, restricted: 2, unknown: 1, closed: 0 };
const AND_RANK: { readonly [V in Verdict]: number } = { closed: 3, restricted: 2, unknown: 1, open: 0 };

/** From the freest to the least free: breaks ties between parts with the same verdict. */
const CATEGORY_ORDER: readonly LicenseCategory[] = [
  'public-domain', 'permissive', 'weak-copyleft', 'strong-copyleft', 'network-copyleft',
  'source-available', 'non-commercial', 'field-of-use', 'proprietary', 'unknown',
];

function verdictOf(facts: LicenseFacts): Verdict {
  const verdict = VERDICT_OF[facts.category];
  return verdict === 'unknown' && (facts.osiApproved || facts.fsfLibre) ? 'open' : verdict;
}

/** The licence that decides a (sub)expression's verdict. */
interface Decision {
  readonly verdict: Verdict;
  readonly facts: LicenseFacts;
}

function decide(node: LicenseNode): Decision {
  if (isLeaf(node)) {
    const facts = licenseFacts(node.license + (node.plus ? '+' : ''));
    return { verdict: verdictOf(facts), facts };
  }
  const left = decide(node.left);
  const right = decide(node.right);
  const rank = node.conjunction === 'or' ? OR_RANK : AND_RANK;
  if (rank[left.verdict] !== rank[right.verdict]) return rank[left.verdict] > rank[right.verdict] ? left : right;
  // Same verdict: explain an OR by its freest branch, an AND by its most demanding part.
  const order = (d: Decision): number => CATEGORY_ORDER.indexOf(d.facts.category);
  const leftFirst = node.conjunction === 'or' ? order(left) <= order(right) : order(left) >= order(right);
  return leftFirst ? left : right;
}

const CATEGORY_WORDS: { readonly [C in LicenseCategory]: string } = {
  'public-domain': 'public domain',
  'permissive': 'permissive',
  'weak-copyleft': 'weak copyleft',
  'strong-copyleft': 'copyleft',
  'network-copyleft': 'network copyleft',
  'source-available': 'source-available',
  'non-commercial': 'non-commercial',
  'field-of-use': 'field-of-use restricted',
  'proprietary': 'proprietary',
  'unknown': 'unrecognised licence',
};

function reasonFor({ verdict, facts }: Decision): string {
  const shown = facts.id === UNLICENSED ? 'UNLICENSED' : facts.id;
  // A generic proprietary marker (a classifier, an all-rights-reserved notice) names no licence to show.
  const words = facts.id === PROPRIETARY ? CATEGORY_WORDS[facts.category] : `${CATEGORY_WORDS[facts.category]} (${shown})`;
  switch (verdict) {
    case 'open':
      if (facts.category === 'unknown') return `${facts.osiApproved ? 'OSI-approved' : 'FSF-free'} licence (${shown})`;
      return facts.osiApproved ? `${words}, OSI-approved` : facts.fsfLibre ? `${words}, FSF-free` : `${words}, an open licence`;
    case 'restricted':
      return facts.category === 'non-commercial' ? `${words}: commercial use not allowed` : `${words}, not an open-source licence`;
    case 'closed':
      return facts.id === UNLICENSED ? `${words}: no licence granted` : `${words}: no open licence granted`;
    case 'unknown':
      return words;
  }
}

/**
 * Judges a licence expression (normally already normalised; anything else is normalised first).
 * Null or empty means there is no licence information.
 */
export function assessLicense(expression: string | null): LicenseAssessment {
  return expression === null ? NO_INFORMATION : assessExpression(expression);
}

const NO_INFORMATION: LicenseAssessment = { expression: null, verdict: 'unknown', licenses: [], reason: 'no licence information found' };

const assessExpression = memoize((expression: string): LicenseAssessment => {
  const node = parseExpression(expression) ?? parseNormalized(expression);
  if (!node) return { ...NO_INFORMATION, expression };
  const decision = decide(node);
  const seen = new Set<string>();
  const licenses: LicenseFacts[] = [];
  for (const leaf of leaves(node)) {
    const facts = licenseFacts(leaf.license + (leaf.plus ? '+' : ''));
    if (!seen.has(facts.id)) {
      seen.add(facts.id);
      licenses.push(facts);
    }
  }
  return { expression, verdict: decision.verdict, licenses, reason: reasonFor(decision) };
});

function parseNormalized(text: string): LicenseNode | undefined {
  const normalized = normalizeDeclared(text);
  return normalized.kind === 'expression' ? parseExpression(normalized.expression) : undefined;
}
