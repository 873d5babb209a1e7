// Turns a cell-relative range (what the notebook detector reports) into a range in the .ipynb file's
// text, for surfaces that show a line and column in the file itself (the CLI).
import { LineIndex } from '../../../text/lineIndex';
import type { SourceRange } from '../../../types';
import { fileOffsetOf, readNotebook } from './notebookJson';

export interface NotebookSourceMap {
  /** Undefined when the cell or the range is not in the file. */
  fileRange(cell: number, range: SourceRange): SourceRange | undefined;
}

/** Parses the notebook once; map as many ranges as needed. */
export function notebookSourceMap(fileText: string): NotebookSourceMap {
  const notebook = readNotebook(fileText);
  const cellLines = new Map<number, LineIndex>();
  const offsetIn = (lines: LineIndex, line: number, character: number): number | undefined =>
    line < lines.lineCount ? lines.lineStart(line) + character : undefined;
  return {
    fileRange(index, range) {
      const cell = notebook.cells[index];
      if (!cell) return undefined;
      let lines = cellLines.get(index);
      if (!lines) cellLines.set(index, (lines = new LineIndex(cell.source)));
      const start = offsetIn(lines, range.start.line, range.start.character);
      const end = offsetIn(lines, range.end.line, range.end.character);
      if (start === undefined || end === undefined || end > cell.source.length) return undefined;
      const fileStart = fileOffsetOf(fileText, cell, start);
      const fileEnd = fileOffsetOf(fileText, cell, end, true);
      if (fileStart === undefined || fileEnd === undefined) return undefined;
      return { start: notebook.lines.position(fileStart), end: notebook.lines.position(fileEnd) };
    },
  };
}
