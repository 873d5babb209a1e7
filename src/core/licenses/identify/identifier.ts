// Identifies LICENSE/COPYING texts against the SPDX licence texts Openness ships.
//
// The corpus (corpus.ts) is loaded on the first `identify` call. A text is reduced to its significant
// words (normalizeText.ts), with whatever follows the end of its terms other than a standard appendix
// (appendix.ts), and then matches:
//   1. exactly: its words equal a licence's (a hash lookup);
//   2. closely: multiset Dice similarity ≥ 0.95 with a licence of similar length, and no change block
//      larger than MAX_CHANGE words, and no negation added or removed (changes.ts).
// Anything else is unidentified, with the closest licence (or the one it includes) in the detail.
// Results are kept by what decides them.
import type { Identification, LicenseTextIdentifier, LicenseTextsLoader } from '../types';
import { isNegation, MAX_CHANGE } from './changes';
import { loadLicenseCorpus, type LicenseCorpus, type LicenseEntry } from './corpus';
import { diffTokens } from './diff';
import { appendixWords, licenseParts, termsWords, wordList, type LicenseParts } from './normalizeText';
import { TextWords } from './vocabulary';

const MATCH_THRESHOLD = 0.95;
/** Near-matches are tried only with licences whose length is within this ratio. */
const LENGTH_RATIO = 0.9;
const RESEMBLANCE_THRESHOLD = 0.6;
/** A text holding this share of a licence's words "includes" it (MIT plus a Commons Clause, say). */
const CONTAINED_THRESHOLD = 0.97;
/** The most characters of text a cache keeps values for. */
const CACHE_CHARS = 4_000_000;

export function createLicenseTextIdentifier(load: LicenseTextsLoader): LicenseTextIdentifier {
  let loading: Promise<LicenseCorpus> | undefined;
  let corpus: LicenseCorpus | undefined;
  // Identifications by what decides them: the terms as written (`licenseParts` starts them past the
  // copyright lines and titles, which packages fill in) and the appendix's words (whose copyright line
  // packages fill in too). Reducing an appendix to its words costs more than looking it up.
  const identifications = new TextCache<Identification>();
  const appendices = new TextCache<string>();
  return {
    async identify(text: string): Promise<Identification> {
      corpus ??= await (loading ??= load().then(loadLicenseCorpus));
      const parts = licenseParts(text);
      const appendix = parts.appendix ? (appendices.get(parts.appendix) ?? appendices.keep(parts.appendix, appendixWords(parts))) : '';
      const key = `${parts.terms}\u0000${appendix}`;
      return identifications.get(key) ?? identifications.keep(key, identifyIn(corpus, parts, appendix));
    },
  };
}

/** Values by text, up to CACHE_CHARS characters of text; the oldest go first. */
class TextCache<T> {
  private readonly values = new Map<string, T>();
  private chars = 0;

  get(text: string): T | undefined {
    return this.values.get(text);
  }

  keep(text: string, value: T): T {
    if (text.length > CACHE_CHARS) return value;
    this.values.set(text, value);
    this.chars += text.length;
    for (const oldest of this.values.keys()) {
      if (this.chars <= CACHE_CHARS) break;
      this.values.delete(oldest);
      this.chars -= oldest.length;
    }
    return value;
  }
}

interface Scored {
  readonly license: LicenseEntry;
  /** Dice over word multisets: 2·|A∩B| / (|A|+|B|). */
  readonly similarity: number;
  /** The share of the licence's words found in the text: |A∩B| / |B|. */
  readonly containment: number;
}

function identifyIn(corpus: LicenseCorpus, parts: LicenseParts, appendix: string): Identification {
  const terms = termsWords(parts);
  const words = new TextWords(corpus.vocabulary);
  const extra = corpus.extraWords(appendix, words);
  if (!extra.length) {
    if (!terms) return { id: null, similarity: 0, detail: 'empty licence file' };
    const exact = corpus.exactly(terms);
    if (exact) return matched(exact.id, 1);
  }
  const list = wordList(terms);
  const tokens = new Int32Array(list.length + extra.length);
  for (let i = 0; i < list.length; i++) tokens[i] = words.idOf(list[i]!);
  tokens.set(extra, list.length);
  const shared = corpus.sharedWords(tokens);
  const score = (license: LicenseEntry, index: number): Scored => ({
    license,
    similarity: (2 * shared[index]!) / (tokens.length + license.length),
    containment: shared[index]! / license.length,
  });
  return nearMatch(words, tokens, corpus.licenses, score) ?? unidentified(words, tokens, corpus.licenses.map(score));
}

/** The best of the licences of similar length that differ from the text only in a few places. */
function nearMatch(words: TextWords, tokens: Int32Array, licenses: readonly LicenseEntry[], score: (license: LicenseEntry, index: number) => Scored): Identification | undefined {
  const candidates: Scored[] = [];
  licenses.forEach((license, index) => {
    if (ratio(license.length, tokens.length) < LENGTH_RATIO) return;
    const scored = score(license, index);
    if (scored.similarity >= MATCH_THRESHOLD) candidates.push(scored);
  });
  candidates.sort((a, b) => b.similarity - a.similarity);
  for (const { license, similarity } of candidates) {
    const maxEdits = Math.ceil((tokens.length + license.length) * (1 - MATCH_THRESHOLD)) + 2 * MAX_CHANGE;
    const diff = diffTokens(license.tokens, tokens, maxEdits);
    if (diff && diff.largestChange <= MAX_CHANGE && ![...diff.inserted, ...diff.deleted].some((t) => isNegation(words.wordOf(t)))) {
      return matched(license.id, similarity);
    }
  }
  return undefined;
}

/** Says which licence the text is closest to, or includes. */
function unidentified(words: TextWords, tokens: Int32Array, scored: readonly Scored[]): Identification {
  const closest = scored.reduce((best, next) => (next.similarity > best.similarity ? next : best));
  const included = scored
    .filter((s) => s.containment >= CONTAINED_THRESHOLD && s.license.length < tokens.length)
    .reduce<Scored | undefined>((best, next) => (!best || includesMore(next, best) ? next : best), undefined);
  if (included && closest.similarity < MATCH_THRESHOLD) {
    const difference = describeDifference(words, tokens, included.license);
    return { id: null, similarity: included.similarity, closest: included.license.id, detail: `includes the ${included.license.id} text with other terms${difference}` };
  }
  if (closest.similarity < RESEMBLANCE_THRESHOLD) return { id: null, similarity: closest.similarity, detail: 'not a known licence text' };
  const difference = describeDifference(words, tokens, closest.license);
  return { id: null, similarity: closest.similarity, closest: closest.license.id, detail: `resembles ${closest.license.id} (${percent(closest.similarity)}) but differs${difference}` };
}

/** The licence most completely included wins; of those included alike, the longest (MIT over MIT-0). */
function includesMore(a: Scored, b: Scored): boolean {
  return a.containment > b.containment || (a.containment === b.containment && a.license.length > b.license.length);
}

function ratio(a: number, b: number): number {
  return Math.min(a, b) / Math.max(a, b);
}

function percent(similarity: number): string {
  return `${Math.floor(similarity * 100)}%`;
}

/** The SPDX texts of GPL-family licences do not say "only" or "or later": the notice does. */
function versionNote(id: string): string {
  return id.endsWith('-only') ? '; the text alone does not say whether later versions apply' : '';
}

function matched(id: string, similarity: number): Identification {
  return { id, similarity, detail: `${id} text (${percent(similarity)} match${versionNote(id)})` };
}

/** `: adds "good", "evil"; removes "without"`: words the text has more (fewer) of than the licence. */
function describeDifference(words: TextWords, tokens: Int32Array, license: LicenseEntry): string {
  const counts = countsOf(tokens, words.size);
  const licenseCounts = countsOf(license.tokens, words.size);
  const surplus = (from: Int32Array, own: Int32Array, other: Int32Array): string[] => {
    const ranked: { readonly token: number; readonly rank: number }[] = [];
    const seen = new Uint8Array(words.size);
    for (const token of from) {
      const extra = own[token]! - other[token]!;
      if (seen[token] || extra <= 0) continue;
      seen[token] = 1;
      // Words the other side lacks entirely, then the most repeated, say most about what changed.
      ranked.push({ token, rank: (other[token] ? 0 : 1000) + extra });
    }
    return ranked.sort((a, b) => b.rank - a.rank).slice(0, 4).map(({ token }) => words.wordOf(token));
  };
  const added = surplus(tokens, counts, licenseCounts);
  const removed = surplus(license.tokens, licenseCounts, counts);
  const parts = [added.length && `adds ${quoteAll(added)}`, removed.length && `removes ${quoteAll(removed)}`].filter(Boolean);
  return parts.length ? `: ${parts.join('; ')}` : '';
}

function countsOf(tokens: Int32Array, size: number): Int32Array {
  const counts = new Int32Array(size);
  for (const token of tokens) counts[token]!++;
  return counts;
}

function quoteAll(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(', ');
}
