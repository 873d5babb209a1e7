// Re-reading the file being edited: the editor asks for a file's models on every keystroke, and the new
// text differs from the one read before by a single edit. A detector that keeps the last file's tokens
// re-tokenizes only the lines around that edit.
// - Exact: a tokenizer's `retokenize` gives what tokenizing the whole text gives (its tests compare the
//   two after random edits), so keeping tokens saves time and never changes a result.
// - Bounded: one file's tokens per detector, for the same path only, replaced by the next file read.
//   Tokens take about five bytes per character of their text (which they hold too), so a text over
//   MAX_KEPT_LENGTH is not kept: a scan that ends on a large generated file does not hold on to it.

/** Ten times a 5,000-line source file: every file a person edits, few generated ones. */
const MAX_KEPT_LENGTH = 2 * 1024 * 1024;

export class LastFileTokens<T> {
  private last: { readonly path: string; readonly tokens: T } | undefined;

  /** The tokens of `text`: `read` gets the tokens it had the last time, when that was this file. */
  read(path: string, text: string, read: (previous: T | undefined) => T): T {
    const tokens = read(this.last?.path === path ? this.last.tokens : undefined);
    this.last = text.length <= MAX_KEPT_LENGTH ? { path, tokens } : undefined;
    return tokens;
  }
}
