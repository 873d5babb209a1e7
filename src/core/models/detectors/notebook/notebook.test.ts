import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { detectorsFor } from '../registry';
import { notebookModelDetector } from './index';

const fixture = readFileSync(join(__dirname, 'fixtures', 'triage.ipynb'), 'utf8');
const detect = (text: string) => notebookModelDetector.detect({ path: '/project/analysis.ipynb', text });
const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

/** A notebook with the given cells and metadata, written the way Jupyter writes it. */
const notebook = (cells: readonly object[], metadata: object = {}) => JSON.stringify({ cells, metadata, nbformat: 4, nbformat_minor: 5 }, null, 1);
const codeCell = (...lines: string[]) => ({ cell_type: 'code', metadata: {}, outputs: [], source: lines });

describe('notebook model detector', () => {
  it('reads code cells only, as one program, with ranges in the file and in cells numbered among all cells', () => {
    const result = detect(fixture);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.references, [
      // The constant is defined in cell 2 and used in cell 7: reported where it is written.
      { id: 'gpt-4o-mini', range: range(31, 43, 54), via: 'openai chat.completions.create', provider: 'openai', clientPackage: 'openai', cell: { index: 2, range: range(4, 35, 46) } },
      // A cell whose source is one string, not a list of lines.
      { id: 'sentence-transformers/all-mpnet-base-v2', range: range(48, 46, 85), via: 'sentence-transformers SentenceTransformer', provider: 'huggingface', clientPackage: 'sentence-transformers', cell: { index: 4, range: range(0, 32, 71) } },
      { id: 'llama3', range: range(81, 43, 49), via: 'openai chat.completions.create', provider: 'ollama', clientPackage: 'openai', selfHosted: 'http://localhost:11434/v1', cell: { index: 7, range: range(8, 37, 43) } },
    ]);
    // The file ranges are where the ids are written in the .ipynb text.
    const fileLines = fixture.split('\n');
    assert.deepEqual(result.references.map((r) => fileLines[r.range.start.line].slice(r.range.start.character, r.range.end.character)), [
      'gpt-4o-mini',
      'sentence-transformers/all-mpnet-base-v2',
      'llama3',
    ]);
    // Not found: the markdown cells' `gpt-4o` and `model="llama3"`, the %%bash cell's `ollama pull "llama3"`,
    // the raw cell's `client.chat.completions.create(model="raw-cell-model")`.
  });

  it('counts JSON escapes (\\", \\t, \\\\, \\uXXXX) when mapping to the file', () => {
    const text = String.raw`{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": ["import ollama\n", "title = \"caf\u00e9\t\"; path = \"C:\\\\tmp\"; ollama.pull(\"mistral-nemo\")"]
  }
 ],
 "metadata": {}
}
`;
    const [ref] = detect(text).references;
    assert.equal(ref.id, 'mistral-nemo');
    assert.deepEqual(ref.cell, { index: 0, range: range(1, 48, 60) });
    const line = text.split('\n')[5];
    const column = line.indexOf('mistral-nemo');
    assert.deepEqual(ref.range, range(5, column, column + 'mistral-nemo'.length));
  });

  it('reports broken JSON as one problem with its place, and keeps what the cells before it say', () => {
    const truncated = fixture.slice(0, fixture.indexOf('def triage'));
    const result = detect(truncated);
    assert.equal(result.problems.length, 1);
    assert.deepEqual(result.problems[0].range, range(73, 4, 5));
    assert.match(result.problems[0].message, /unterminated string/);
    assert.deepEqual(result.references.map((r) => [r.id, r.cell?.index]), [['sentence-transformers/all-mpnet-base-v2', 4]]);
  });

  it('reports a JSON file that is not a notebook', () => {
    const result = detect('{"name": "not a notebook"}');
    assert.deepEqual(result.references, []);
    assert.deepEqual(result.problems.map((p) => p.message), ['Not a Jupyter notebook: no "cells" list']);
  });

  it('reads Python notebooks without language metadata, skips R and Julia notebooks', () => {
    const cells = [codeCell('from openai import OpenAI\n', 'OpenAI().chat.completions.create(model="gpt-4o")')];
    assert.deepEqual(detect(notebook(cells)).references.map((r) => r.id), ['gpt-4o']);
    assert.deepEqual(detect(notebook(cells, { kernelspec: { language: 'python', name: 'python3' }, language_info: { name: 'python' } })).references.length, 1);
    assert.deepEqual(detect(notebook(cells, { kernelspec: { language: 'R', name: 'ir' } })), { references: [], problems: [] });
    assert.deepEqual(detect(notebook(cells, { language_info: { name: 'julia' } })), { references: [], problems: [] });
  });

  it('keeps a broken cell from swallowing the next one', () => {
    const text = notebook([
      codeCell('import anthropic\n', 'client = anthropic.Anthropic(\n'),
      codeCell('s = """never closed\n'),
      codeCell('client.messages.create(model="claude-3-5-haiku-latest", max_tokens=5, messages=[])'),
    ]);
    assert.deepEqual(detect(text).references.map((r) => [r.id, r.cell?.index, r.cell?.range.start.line]), [['claude-3-5-haiku-latest', 2, 0]]);
  });

  it('treats IPython magics and shell lines as not Python, and %%time cells as Python', () => {
    const text = notebook([
      codeCell('!pip install "openai>=1" (\n', '%env OPENAI_MODEL=gpt-4\n', 'from openai import OpenAI\n'),
      codeCell('%%time\n', 'OpenAI().responses.create(model="o4-mini", input="hi")'),
      codeCell('%%writefile app.py\n', 'OpenAI().responses.create(model="gpt-4.1")'),
      codeCell('%%writefile notes.md\n', 'OpenAI().responses.create(model="not-python")'),
      codeCell('%%sh\n', 'echo \'OpenAI().responses.create(model="shell")\''),
    ]);
    assert.deepEqual(detect(text).references.map((r) => [r.id, r.cell?.index, r.cell?.range.start.line]), [['o4-mini', 1, 1], ['gpt-4.1', 2, 1]]);
  });

  it('is registered for .ipynb files only', () => {
    assert.ok(detectorsFor('/p/analysis.ipynb').includes(notebookModelDetector));
    assert.ok(!detectorsFor('/p/analysis.py').includes(notebookModelDetector));
  });
});
