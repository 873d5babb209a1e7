// The notebook model detector: runs the Python detector over a .ipynb's code cells as one program (a
// cell sees the imports and constants of the cells before it). Each reference has its range in the
// .ipynb text (for the CLI and plain editors) and in its cell (for the notebook editor).
import type { ModelDetection, ModelReference, TextModelDetector } from '../../detector';
import { FILE_START, LineIndex } from '../../../text/lineIndex';
import { findModelMentions } from '../python/findModels';
import { toReference } from '../python';
import { tokenize } from '../python/tokenizer';
import { fileOffsetOf, readNotebook, type NotebookCell } from './notebookJson';

export const notebookModelDetector: TextModelDetector = {
  kind: 'text',
  id: 'notebook',
  accepts: (path) => /\.ipynb$/i.test(path),
  detect(file) {
    try {
      return detectInNotebook(file.text);
    } catch (error) {
      return { references: [], problems: [{ range: FILE_START, message: `Could not read this notebook for models: ${String(error)}` }] };
    }
  },
};

/** Cell magics whose body is still Python. */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'python', 'python3', 'ipython']);

function detectInNotebook(text: string): ModelDetection {
  const notebook = readNotebook(text);
  const problems = notebook.problem ? [notebook.problem] : [];
  if (notebook.languages.some((language) => !/^python/i.test(language))) return { references: [], problems };

  const segments: { cell: NotebookCell; start: number }[] = [];
  let program = '';
  for (const cell of notebook.cells) {
    const code = cell.type === 'code' ? pythonCode(cell.source) : undefined;
    if (code === undefined) continue;
    segments.push({ cell, start: program.length });
    program += code + '\n';
  }
  // Tokenized cell by cell: an unclosed bracket or string in one cell cannot swallow the next.
  const tokens = tokenize(program, segments.map(({ cell, start }) => [start, start + cell.source.length] as const));
  const cellLines = new Map<NotebookCell, LineIndex>();
  const references: ModelReference[] = [];
  let s = 0;
  for (const mention of findModelMentions(tokens)) {
    while (s + 1 < segments.length && segments[s + 1].start <= mention.offset) s++;
    const { cell, start } = segments[s];
    let lines = cellLines.get(cell);
    if (!lines) cellLines.set(cell, (lines = new LineIndex(cell.source)));
    const cellStart = mention.offset - start;
    const fileStart = fileOffsetOf(text, cell, cellStart);
    const fileEnd = fileOffsetOf(text, cell, cellStart + mention.id.length, true);
    const cellRange = lines.range(cellStart, mention.id.length);
    const fileRange = fileStart !== undefined && fileEnd !== undefined ? { start: notebook.lines.position(fileStart), end: notebook.lines.position(fileEnd) } : FILE_START;
    references.push(toReference(mention, fileRange, { index: cell.index, range: cellRange }));
  }
  return { references, problems };
}

/**
 * The cell's source as Python: IPython's `%magic` and `!shell` lines blanked (offsets kept), undefined
 * for cells in another language (`%%bash`, `%%html` …).
 */
function pythonCode(source: string): string | undefined {
  const cellMagic = /^%%(\w+)[ \t]*(\S*)/.exec(source);
  if (cellMagic && !PYTHON_CELL_MAGICS.has(cellMagic[1]) && !(cellMagic[1] === 'writefile' && /\.pyw?$/.test(cellMagic[2]))) return undefined;
  return source.replace(/^[ \t]*[%!].*$/gm, (line) => ' '.repeat(line.length));
}
