// Tells a licence's standard appendix (how to apply it, its sample notices) from other text after
// "END OF TERMS AND CONDITIONS". Appendix text is any run of MIN_RUN or more words found, in that order,
// in one of the corpus licences' appendices, or a shorter run carrying on where the last one ended.
// Other words in place of appendix words make a variant (another address, a filled-in field, a newer
// URL); a few words added here and there are allowed, as in the terms (changes.ts). More words added
// to the appendix, before it or after it (a restriction, another licence) are licence text: then every
// word not from an appendix is returned, to count as a difference.
import { isNegation, MAX_CHANGE } from './changes';
import type { WordIds } from './vocabulary';

/** Long enough that a sentence added after the terms is not taken for appendix text by chance. */
const MIN_RUN = 8;

const NONE = new Int32Array(0);
/** Ends each appendix in the pool; no word id equals it. */
const END = -1;

export class StandardAppendices {
  /** Every appendix, each followed by END. */
  private readonly pool: Int32Array;
  /** Where each pair of consecutive words (first · vocabularySize + second) starts in the pool. */
  private readonly pairs = new Map<number, number[]>();

  constructor(
    appendices: readonly Int32Array[],
    private readonly vocabularySize: number,
  ) {
    this.pool = new Int32Array(appendices.reduce((sum, appendix) => sum + appendix.length + 1, 0));
    let at = 0;
    for (const appendix of appendices) {
      this.pool.set(appendix, at);
      for (let i = 0; i + 1 < appendix.length; i++) {
        const key = appendix[i]! * vocabularySize + appendix[i + 1]!;
        const starts = this.pairs.get(key);
        if (starts) starts.push(at + i);
        else this.pairs.set(key, [at + i]);
      }
      at += appendix.length;
      this.pool[at++] = END;
    }
  }

  /** The words of a text's appendix that are licence text: none when it is a standard appendix. */
  extraWords(appendix: Int32Array, words: WordIds): Int32Array {
    const extra: number[] = [];
    let standard = true;
    /** Words found in no appendix, since the last run that was. */
    let other: number[] = [];
    /** Where in the pool the last run found ends, -1 before any. */
    let poolAt = -1;
    const close = (next: Run | undefined): void => {
      // Where appendix words were left out before the next run, these words stand in for them: a
      // variant of the appendix (another address, a filled-in field). Else they were added to it.
      const variant = poolAt >= 0 && next !== undefined && next.start > poolAt;
      if (!variant && (other.length > MAX_CHANGE || other.some((token) => isNegation(words.wordOf(token))))) standard = false;
      for (const token of other) extra.push(token);
      other = [];
    };
    for (let at = 0; at < appendix.length; ) {
      const run = this.longestRun(appendix, at) ?? this.continuedRun(appendix, at, poolAt);
      if (!run) {
        other.push(appendix[at++]!);
        continue;
      }
      if (other.length) close(run);
      at += run.length;
      poolAt = run.start + run.length;
    }
    if (other.length) close(undefined);
    return standard ? NONE : Int32Array.from(extra);
  }

  /** The longest run of MIN_RUN or more words from `at` on found somewhere in the pool. */
  private longestRun(tokens: Int32Array, at: number): Run | undefined {
    if (at + 1 >= tokens.length) return undefined;
    const first = tokens[at]!;
    const second = tokens[at + 1]!;
    if (first >= this.vocabularySize || second >= this.vocabularySize) return undefined;
    let longest: Run | undefined;
    for (const start of this.pairs.get(first * this.vocabularySize + second) ?? []) {
      const length = this.matching(tokens, at, start);
      if (length >= MIN_RUN && length > (longest?.length ?? 0)) longest = { start, length };
    }
    return longest;
  }

  /**
   * Two or more words that carry on the appendix found last, after at most MAX_CHANGE of its words
   * changed or left out ("licenses/why-not-lgpl" for "philosophy/why-not-lgpl").
   */
  private continuedRun(tokens: Int32Array, at: number, poolAt: number): Run | undefined {
    if (poolAt < 0) return undefined;
    for (let start = poolAt; start <= poolAt + MAX_CHANGE && this.pool[start] !== END; start++) {
      const length = this.matching(tokens, at, start);
      if (length >= 2) return { start, length };
    }
    return undefined;
  }

  /** How many words from `at` on equal the pool's from `start` on. */
  private matching(tokens: Int32Array, at: number, start: number): number {
    let length = 0;
    while (at + length < tokens.length && this.pool[start + length] === tokens[at + length]) length++;
    return length;
  }
}

interface Run {
  /** Where the run starts in the pool. */
  readonly start: number;
  readonly length: number;
}
