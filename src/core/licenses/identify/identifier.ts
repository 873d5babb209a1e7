// Identifies LICENSE/COPYING texts against the SPDX licence texts Openness ships.
//
// The corpus is loaded on the first `identify` call and every text reduced once to its significant
// words (normalizeText.ts), with an inverted index of word counts. A text then matches:
//   1. exactly: its normalised words equal a licence's (a hash lookup);
//   2. closely: multiset Dice similarity ≥ 0.95 with a licence of similar length, and no change block
//      larger than MAX_CHANGE words, and no negation ("not", "without" …) added or removed. A modified
//      licence (MIT with "Good, not Evil", MIT + Commons Clause, BSD-3 + an advertising clause) adds a
//      whole sentence and so never passes for the original, however similar overall.
// Anything else is unidentified, with the closest licence (or the one it includes) in the detail.
import type { Identification, LicenseTextIdentifier, LicenseTextsLoader } from '../types';
import { diffTokens } from './diff';
import { licenseWords } from './normalizeText';

const MATCH_THRESHOLD = 0.95;
/** The most words a near-match may add, remove or replace in one place. */
const MAX_CHANGE = 3;
/** Near-matches are tried only with licences whose length is within this ratio. */
const LENGTH_RATIO = 0.9;
const RESEMBLANCE_THRESHOLD = 0.6;
/** A text holding this share of a licence's words "includes" it (MIT plus a Commons Clause, say). */
const CONTAINED_THRESHOLD = 0.97;
const NEGATIONS = new Set(['not', 'no', 'non', 'never', 'without', 'nor', 'except']);

interface LicenseText {
  readonly id: string;
  readonly tokens: Int32Array;
}

interface Corpus {
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly words: readonly string[];
  readonly texts: readonly LicenseText[];
  readonly exact: ReadonlyMap<string, LicenseText>;
  /** Token → [text index, count, text index, count …] for the texts containing it. */
  readonly postings: readonly Int32Array[];
}

function buildCorpus(texts: Readonly<Record<string, string>>): Corpus {
  const vocabulary = new Map<string, number>();
  const words: string[] = [];
  const entries: LicenseText[] = [];
  const exact = new Map<string, LicenseText>();
  const postingLists: number[][] = [];
  for (const [id, text] of Object.entries(texts)) {
    const tokenWords = licenseWords(text);
    const tokens = Int32Array.from(tokenWords, (word) => {
      let token = vocabulary.get(word);
      if (token === undefined) {
        token = words.length;
        vocabulary.set(word, token);
        words.push(word);
        postingLists.push([]);
      }
      return token;
    });
    for (const [token, count] of countTokens(tokens)) postingLists[token]!.push(entries.length, count);
    const entry = { id, tokens };
    entries.push(entry);
    exact.set(tokenWords.join(' '), entry);
  }
  return { vocabulary, words, texts: entries, exact, postings: postingLists.map((list) => Int32Array.from(list)) };
}

function countTokens(tokens: Int32Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

interface Scored {
  readonly text: LicenseText;
  /** Dice over word multisets: 2·|A∩B| / (|A|+|B|). */
  readonly similarity: number;
  /** The share of the licence's words found in the text: |A∩B| / |B|. */
  readonly containment: number;
}

/** Every licence text scored against the input's word counts, through the inverted index. */
function score(corpus: Corpus, counts: ReadonlyMap<number, number>, length: number): Scored[] {
  const common = new Float64Array(corpus.texts.length);
  for (const [token, count] of counts) {
    const postings = corpus.postings[token];
    if (!postings) continue;
    for (let i = 0; i < postings.length; i += 2) common[postings[i]!]! += Math.min(count, postings[i + 1]!);
  }
  return corpus.texts.map((text, i) => ({
    text,
    similarity: (2 * common[i]!) / (length + text.tokens.length),
    containment: common[i]! / text.tokens.length,
  }));
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

export function createLicenseTextIdentifier(load: LicenseTextsLoader): LicenseTextIdentifier {
  let corpus: Promise<Corpus> | undefined;
  return {
    async identify(text: string): Promise<Identification> {
      corpus ??= load().then(buildCorpus);
      return identifyIn(await corpus, text);
    },
  };
}

function identifyIn(corpus: Corpus, text: string): Identification {
  const words = licenseWords(text);
  if (!words.length) return { id: null, similarity: 0, detail: 'empty licence file' };
  const exact = corpus.exact.get(words.join(' '));
  if (exact) return matched(exact.id, 1);

  // Words outside the corpus vocabulary get distinct negative tokens: -1 - their index.
  const tokens = Int32Array.from(words, (word, i) => corpus.vocabulary.get(word) ?? -1 - i);
  const counts = countTokens(tokens);
  const scored = score(corpus, counts, tokens.length);

  const candidates = scored
    .filter((s) => s.similarity >= MATCH_THRESHOLD && ratio(s.text.tokens.length, tokens.length) >= LENGTH_RATIO)
    .sort((a, b) => b.similarity - a.similarity);
  for (const { text: entry, similarity } of candidates) {
    const maxEdits = Math.ceil((tokens.length + entry.tokens.length) * (1 - MATCH_THRESHOLD)) + 2 * MAX_CHANGE;
    const diff = diffTokens(entry.tokens, tokens, maxEdits);
    if (diff && diff.largestChange <= MAX_CHANGE && ![...diff.inserted, ...diff.deleted].some((t) => NEGATIONS.has(wordOf(corpus, words, t)))) {
      return matched(entry.id, similarity);
    }
  }

  const closest = scored.reduce((best, next) => (next.similarity > best.similarity ? next : best));
  const included = scored
    .filter((s) => s.containment >= CONTAINED_THRESHOLD && s.text.tokens.length < tokens.length)
    .reduce<Scored | undefined>((best, next) => (!best || includesMore(next, best) ? next : best), undefined);
  if (included && closest.similarity < MATCH_THRESHOLD) {
    const difference = describeDifference(corpus, words, tokens, counts, included.text);
    return { id: null, similarity: included.similarity, closest: included.text.id, detail: `includes the ${included.text.id} text with other terms${difference}` };
  }
  if (closest.similarity < RESEMBLANCE_THRESHOLD) return { id: null, similarity: closest.similarity, detail: 'not a known licence text' };
  const difference = describeDifference(corpus, words, tokens, counts, closest.text);
  return { id: null, similarity: closest.similarity, closest: closest.text.id, detail: `resembles ${closest.text.id} (${percent(closest.similarity)}) but differs${difference}` };
}

/** The licence most completely included wins; of those included alike, the longest (MIT over MIT-0). */
function includesMore(a: Scored, b: Scored): boolean {
  return a.containment > b.containment || (a.containment === b.containment && a.text.tokens.length > b.text.tokens.length);
}

function ratio(a: number, b: number): number {
  return Math.min(a, b) / Math.max(a, b);
}

function wordOf(corpus: Corpus, words: readonly string[], token: number): string {
  return token >= 0 ? corpus.words[token]! : words[-1 - token]!;
}

/** `: adds "good", "evil"; removes "without"`: words the text has more (fewer) of than the licence. */
function describeDifference(corpus: Corpus, words: readonly string[], tokens: Int32Array, counts: ReadonlyMap<number, number>, text: LicenseText): string {
  const licenseCounts = countTokens(text.tokens);
  const surplus = (from: Int32Array, own: ReadonlyMap<number, number>, other: ReadonlyMap<number, number>): string[] => {
    const out = new Map<number, number>();
    for (const token of from) {
      const extra = own.get(token)! - (other.get(token) ?? 0);
      if (extra > 0) out.set(token, extra);
    }
    // Words the other side lacks entirely, then the most repeated, say most about what changed.
    const rank = (token: number): number => (other.has(token) ? 0 : 1000) + out.get(token)!;
    return [...out.keys()].sort((a, b) => rank(b) - rank(a)).slice(0, 4).map((token) => wordOf(corpus, words, token));
  };
  const added = surplus(tokens, counts, licenseCounts);
  const removed = surplus(text.tokens, licenseCounts, counts);
  const parts = [added.length && `adds ${quoteAll(added)}`, removed.length && `removes ${quoteAll(removed)}`].filter(Boolean);
  return parts.length ? `: ${parts.join('; ')}` : '';
}

function quoteAll(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(', ');
}
