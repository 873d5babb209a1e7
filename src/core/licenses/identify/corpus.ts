// The licence texts Openness identifies, normalised once at build time (`prepareLicenseCorpus`, run by
// scripts/data/license-texts.mjs into dist/data/license-texts.json) with an index of the licences each
// word occurs in, and loaded on first use (`loadLicenseCorpus`): a JSON parse, a lookup table of the
// normalised texts, the index copied into one typed array. A licence's words become ids only when a
// text comes close enough to it to be compared word by word.
import { StandardAppendices } from './appendix';
import { appendixWords, licenseParts, termsWords, wordList } from './normalizeText';
import { Vocabulary, type WordIds } from './vocabulary';

const CORPUS_FORMAT = 1;

/** The shape of dist/data/license-texts.json. */
export interface LicenseCorpusData {
  readonly format: typeof CORPUS_FORMAT;
  /** Every word of the licences, the first seen first; a word's id is its index. */
  readonly words: readonly string[];
  /** Each licence's normalised words (see normalizeText.ts), their count, and those of its appendix if any. */
  readonly licenses: readonly { readonly id: string; readonly terms: string; readonly length: number; readonly appendix?: string }[];
  /** Per word id: licence index, count, licence index, count … for the licences whose terms hold it. */
  readonly postings: readonly (readonly number[])[];
}

/** Normalises SPDX id → licence text; no two licences may normalise alike. */
export function prepareLicenseCorpus(texts: Readonly<Record<string, string>>): LicenseCorpusData {
  const vocabulary = new Vocabulary();
  const postings: number[][] = [];
  const ids = new Map<string, string>();
  const licenses = Object.entries(texts).map(([id, text], index) => {
    const parts = licenseParts(text);
    const terms = termsWords(parts);
    const appendix = appendixWords(parts);
    const twin = ids.get(terms);
    if (twin !== undefined) throw new Error(`the ${id} and ${twin} texts normalise to the same words`);
    ids.set(terms, id);
    const words = wordList(terms);
    const counts = new Map<number, number>();
    for (const word of words) {
      const wordId = vocabulary.idOf(word);
      counts.set(wordId, (counts.get(wordId) ?? 0) + 1);
    }
    for (const [wordId, count] of counts) (postings[wordId] ??= []).push(index, count);
    for (const word of wordList(appendix)) vocabulary.idOf(word);
    return appendix ? { id, terms, length: words.length, appendix } : { id, terms, length: words.length };
  });
  return { format: CORPUS_FORMAT, words: [...vocabulary.allWords], licenses, postings: vocabulary.allWords.map((_, id) => postings[id] ?? []) };
}

/** A licence of the corpus: its normalised words, as ids when first needed. */
export class LicenseEntry {
  private ids: Int32Array | undefined;

  constructor(
    readonly id: string,
    private readonly words: string,
    /** How many words. */
    readonly length: number,
    private readonly vocabulary: Vocabulary,
  ) {}

  get tokens(): Int32Array {
    this.ids ??= tokensOf(this.words, this.vocabulary, this.length);
    return this.ids;
  }
}

function tokensOf(words: string, vocabulary: Vocabulary, length: number): Int32Array {
  const tokens = Int32Array.from(wordList(words), (word) => vocabulary.find(word) ?? -1);
  if (tokens.length !== length || tokens.includes(-1)) throw new Error('the licence corpus lists words its vocabulary lacks (rebuild dist/data with npm run build)');
  return tokens;
}

export class LicenseCorpus {
  readonly vocabulary: Vocabulary;
  readonly licenses: readonly LicenseEntry[];
  private readonly byWords = new Map<string, LicenseEntry>();
  /** The postings one after the other (licence index, count …); word `id`'s from postingStarts[id] to postingStarts[id + 1]. */
  private readonly postings: Int32Array;
  private readonly postingStarts: Int32Array;
  /** Zeroed, one slot per word id: for counting a text's words. */
  private readonly counts: Int32Array;
  private readonly appendixWords: readonly string[];
  private readonly standardAppendix: ReadonlySet<string>;
  private appendixIndex: StandardAppendices | undefined;

  constructor(data: LicenseCorpusData) {
    this.vocabulary = new Vocabulary(data.words);
    this.licenses = data.licenses.map(({ id, terms, length }) => new LicenseEntry(id, terms, length, this.vocabulary));
    data.licenses.forEach(({ terms }, i) => this.byWords.set(terms, this.licenses[i]!));
    this.appendixWords = data.licenses.flatMap(({ appendix }) => (appendix ? [appendix] : []));
    this.standardAppendix = new Set(this.appendixWords);
    this.postingStarts = new Int32Array(data.postings.length + 1);
    data.postings.forEach((list, id) => (this.postingStarts[id + 1] = this.postingStarts[id]! + list.length));
    this.postings = new Int32Array(this.postingStarts[data.postings.length]!);
    data.postings.forEach((list, id) => this.postings.set(list, this.postingStarts[id]!));
    this.counts = new Int32Array(this.vocabulary.size);
  }

  /** How many words each licence (by index) has in common with the text: |A∩B| of their word multisets. */
  sharedWords(tokens: Int32Array): Int32Array {
    const counts = this.counts;
    const distinct: number[] = [];
    // Words the corpus lacks share nothing and go uncounted.
    for (const token of tokens) if (token < counts.length && counts[token]!++ === 0) distinct.push(token);
    const shared = new Int32Array(this.licenses.length);
    for (const token of distinct) {
      const count = counts[token]!;
      counts[token] = 0;
      for (let at = this.postingStarts[token]!, end = this.postingStarts[token + 1]!; at < end; at += 2) {
        shared[this.postings[at]!]! += Math.min(count, this.postings[at + 1]!);
      }
    }
    return shared;
  }

  /** The licence whose normalised words these are. */
  exactly(terms: string): LicenseEntry | undefined {
    return this.byWords.get(terms);
  }

  /** The words of a text's appendix that are licence text (appendix.ts): none for a standard appendix. */
  extraWords(appendix: string, words: WordIds): Int32Array {
    if (!appendix || this.standardAppendix.has(appendix)) return new Int32Array(0);
    this.appendixIndex ??= new StandardAppendices(
      this.appendixWords.map((text) => tokensOf(text, this.vocabulary, wordList(text).length)),
      this.vocabulary.size,
    );
    return this.appendixIndex.extraWords(Int32Array.from(wordList(appendix), (word) => words.idOf(word)), words);
  }
}

export function loadLicenseCorpus(data: unknown): LicenseCorpus {
  if (!isCorpusData(data)) throw new Error(`not a licence corpus of format ${CORPUS_FORMAT} (rebuild dist/data with npm run build)`);
  return new LicenseCorpus(data);
}

/** The shape, down to the postings' lists (their numbers are the build's own). */
function isCorpusData(data: unknown): data is LicenseCorpusData {
  if (typeof data !== 'object' || data === null) return false;
  const { format, words, licenses, postings } = data as Partial<Record<keyof LicenseCorpusData, unknown>>;
  return (
    format === CORPUS_FORMAT && Array.isArray(words) && words.every((w) => typeof w === 'string') && Array.isArray(licenses) &&
    licenses.every(
      (l: Partial<Record<string, unknown>> | null) =>
        typeof l?.id === 'string' && typeof l.terms === 'string' && Number.isInteger(l.length) && (l.appendix === undefined || typeof l.appendix === 'string'),
    ) &&
    Array.isArray(postings) && postings.length === words.length && postings.every((list) => Array.isArray(list))
  );
}
