// Notebook cells in VS Code: findings in a .ipynb file belong on the cell where the model is written
// (each cell is its own document); an open notebook's unsaved cells are what gets scanned.
import * as vscode from 'vscode';

/** The open notebook at `uri`, if any. */
export function openNotebook(uri: vscode.Uri): vscode.NotebookDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.notebookDocuments.find((n) => n.uri.toString() === key);
}

/** The notebook and cell index of a cell document's URI. */
export function cellOf(uri: vscode.Uri): { notebook: vscode.NotebookDocument; index: number } | undefined {
  if (uri.scheme !== 'vscode-notebook-cell') return undefined;
  const key = uri.toString();
  for (const notebook of vscode.workspace.notebookDocuments) {
    const cell = notebook.getCells().find((c) => c.document.uri.toString() === key);
    if (cell) return { notebook, index: cell.index };
  }
  return undefined;
}

/** The URI of cell `index` of an open notebook. */
export function cellUri(notebook: vscode.NotebookDocument, index: number): vscode.Uri | undefined {
  return index < notebook.cellCount ? notebook.cellAt(index).document.uri : undefined;
}

/**
 * The notebook as .ipynb JSON, from the editor's cells (saved or not). Cell ranges found in it are
 * exact; its file ranges are the editor's until the notebook is saved and read from disk again.
 */
export function notebookText(notebook: vscode.NotebookDocument): string {
  const cells = notebook.getCells().map((cell) => ({
    cell_type: cell.kind === vscode.NotebookCellKind.Code ? 'code' : 'markdown',
    metadata: {},
    source: cell.document.getText(),
  }));
  const metadata = (notebook.metadata as { metadata?: unknown }).metadata ?? notebook.metadata;
  return JSON.stringify({ cells, metadata, nbformat: 4, nbformat_minor: 5 }, null, 1);
}
