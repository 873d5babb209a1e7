// Reading a Jupyter notebook (.ipynb) with positions: each cell's source text and the JSON strings it is
// written in, so a place in a cell can be turned back into a place in the file.
import type { ParseProblem } from '../../../ecosystems/ecosystem';
import { parseJson, propertyValue, type JsonNode } from '../../../text/json';
import { FILE_START, type LineIndex } from '../../../text/lineIndex';

export interface NotebookCell {
  /** 0-based among all cells, as VS Code's notebook API numbers them. */
  readonly index: number;
  /** `code`, `markdown`, `raw` … */
  readonly type: string;
  readonly source: string;
  /** The JSON strings the source is written in (nbformat allows one string or a list of lines). */
  readonly pieces: readonly SourcePiece[];
}

export interface SourcePiece {
  /** Where the piece starts in the cell's source. */
  readonly sourceOffset: number;
  /** Offset of the JSON string's opening quote in the file. */
  readonly fileOffset: number;
  /** The decoded text. */
  readonly text: string;
}

export interface Notebook {
  readonly cells: readonly NotebookCell[];
  /** `metadata.kernelspec.language` and `metadata.language_info.name`, where present. */
  readonly languages: readonly string[];
  readonly lines: LineIndex;
  readonly problem: ParseProblem | undefined;
}

export function readNotebook(text: string): Notebook {
  const { root, lines, problem } = parseJson(text);
  const metadata = propertyValue(root, 'metadata');
  const languages = [propertyValue(propertyValue(metadata, 'kernelspec'), 'language'), propertyValue(propertyValue(metadata, 'language_info'), 'name')]
    .filter((node) => node?.type === 'string')
    .map((node) => String(node!.value));
  const cellList = propertyValue(root, 'cells');
  if (cellList?.type !== 'array') {
    return { cells: [], languages, lines, problem: problem ?? { range: FILE_START, message: 'Not a Jupyter notebook: no "cells" list' } };
  }
  const cells = (cellList.children ?? []).map((node, index) => readCell(node, index));
  return { cells, languages, lines, problem };
}

function readCell(node: JsonNode, index: number): NotebookCell {
  const type = propertyValue(node, 'cell_type');
  const source = propertyValue(node, 'source');
  const strings = source?.type === 'string' ? [source] : source?.type === 'array' ? (source.children ?? []).filter((n) => n.type === 'string') : [];
  const pieces: SourcePiece[] = [];
  let sourceOffset = 0;
  for (const string of strings) {
    const text = String(string.value);
    pieces.push({ sourceOffset, fileOffset: string.offset, text });
    sourceOffset += text.length;
  }
  return { index, type: type?.type === 'string' ? String(type.value) : '', source: pieces.map((p) => p.text).join(''), pieces };
}

/**
 * The file offset of `offset` in the cell's source, escapes (`\"`, `\n`, `\u00e9`) counted as written.
 * `asEnd`: the offset ends a range, so a piece boundary belongs to the piece before.
 */
export function fileOffsetOf(fileText: string, cell: NotebookCell, offset: number, asEnd = false): number | undefined {
  const piece = findPiece(cell.pieces, offset, asEnd);
  if (!piece) return undefined;
  let at = piece.fileOffset + 1;
  for (let decoded = piece.sourceOffset; decoded < offset; decoded++) {
    if (fileText.charCodeAt(at) !== 92) at++;
    else at += fileText.charCodeAt(at + 1) === 117 ? 6 : 2;
  }
  return at;
}

function findPiece(pieces: readonly SourcePiece[], offset: number, asEnd: boolean): SourcePiece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const starts = pieces[mid].sourceOffset;
    if (starts < offset || (starts === offset && !asEnd)) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  return piece && offset >= piece.sourceOffset && offset <= piece.sourceOffset + piece.text.length ? piece : undefined;
}
