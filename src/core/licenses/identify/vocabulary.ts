// Words as dense integer ids, so that matching compares and counts integers.

export interface WordIds {
  idOf(word: string): number;
  wordOf(id: number): string;
}

/** A growing vocabulary: every new word gets the next id. */
export class Vocabulary implements WordIds {
  private readonly words: string[] = [];
  private readonly ids = new Map<string, number>();

  /** Word ids as `words` lists them: a word's id is its index. */
  constructor(words: readonly string[] = []) {
    for (const word of words) this.idOf(word);
    if (this.words.length !== words.length) throw new Error('a vocabulary lists a word twice');
  }

  get size(): number {
    return this.words.length;
  }

  get allWords(): readonly string[] {
    return this.words;
  }

  /** The id of the word, or undefined when the vocabulary lacks it. */
  find(word: string): number | undefined {
    return this.ids.get(word);
  }

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  wordOf(id: number): string {
    return this.words[id]!;
  }
}

/**
 * A shared vocabulary seen through one text: words it lacks get ids after its own, for this text only,
 * so identifying texts never grows the shared vocabulary.
 */
export class TextWords implements WordIds {
  private extra: Vocabulary | undefined;

  constructor(private readonly vocabulary: Vocabulary) {}

  /** How many ids there are: the vocabulary's and this text's own. */
  get size(): number {
    return this.vocabulary.size + (this.extra?.size ?? 0);
  }

  idOf(word: string): number {
    return this.vocabulary.find(word) ?? this.vocabulary.size + (this.extra ??= new Vocabulary()).idOf(word);
  }

  wordOf(id: number): string {
    return id < this.vocabulary.size ? this.vocabulary.wordOf(id) : this.extra!.wordOf(id - this.vocabulary.size);
  }
}
