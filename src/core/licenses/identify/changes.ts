// What a near match may change: a few words in one place, and never a negation. A modified licence
// (MIT with "Good, not Evil", MIT + Commons Clause, BSD-3 + an advertising clause) adds a whole
// sentence, or turns "not" around, and so never passes for the original however similar overall.

/** The most words a near match may add, remove or replace in one place. */
export const MAX_CHANGE = 3;

const NEGATIONS = new Set(['not', 'no', 'non', 'never', 'without', 'nor', 'except']);

export function isNegation(word: string): boolean {
  return NEGATIONS.has(word);
}
