// Converts offsets in a text to line/character positions, for parsers that report offsets.
import type { Position, SourceRange } from '../types';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  range(offset: number, length: number): SourceRange {
    return { start: this.position(offset), end: this.position(offset + length) };
  }

  /** Offset of the start of a 0-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(line, this.starts.length - 1)];
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** The range of a whole line's start, for problems that have no better place. */
export function lineRange(line: number, character = 0, length = 0): SourceRange {
  return { start: { line, character }, end: { line, character: character + length } };
}

export const FILE_START: SourceRange = lineRange(0);
