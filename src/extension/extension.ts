// Entry point: wires VS Code events to the engine's surfaces. Activation only registers things; the
// first workspace scan starts once activation has returned, in the background.
import * as vscode from 'vscode';
import { affectsOpenness } from './config';
import { registerCommands } from './commands';
import { DiagnosticsPublisher } from './diagnostics';
import { registerHover } from './hover';
import { Log } from './log';
import { ScanCoordinator } from './scanCoordinator';
import { StatusBar } from './statusBar';
import { watchFiles } from './watcher';

/** What the extension returns from `activate`, for its integration tests. */
export interface OpennessApi {
  /** Resolves when no workspace scan is running. */
  whenIdle(): Promise<void>;
  readonly coordinator: ScanCoordinator;
}

export function activate(context: vscode.ExtensionContext): OpennessApi {
  const log = new Log();
  const diagnostics = new DiagnosticsPublisher();
  const coordinator = new ScanCoordinator(context.asAbsolutePath('dist/data'), diagnostics, log);
  context.subscriptions.push(
    log,
    diagnostics,
    coordinator,
    new StatusBar(coordinator),
    registerHover(coordinator),
    ...registerCommands(coordinator, log),
    watchFiles(coordinator),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) coordinator.documentChanged(e.document);
    }),
    vscode.workspace.onDidOpenTextDocument((document) => coordinator.documentOpened(document)),
    vscode.workspace.onDidChangeNotebookDocument((e) => {
      if (e.cellChanges.some((c) => c.document) || e.contentChanges.length) coordinator.notebookChanged(e.notebook);
    }),
    vscode.workspace.onDidOpenNotebookDocument((notebook) => coordinator.notebookOpenedOrClosed(notebook)),
    vscode.workspace.onDidCloseNotebookDocument((notebook) => coordinator.notebookOpenedOrClosed(notebook)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsOpenness(e)) coordinator.settingsChanged();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      e.removed.forEach((f) => coordinator.removeFolder(f));
      e.added.forEach((f) => coordinator.addFolder(f));
      if (e.added.length) void coordinator.scanAll();
    }),
  );
  // After activation returns: the first scan loads the engine bundle and its data.
  setTimeout(() => {
    // Documents restored with unsaved edits (hot exit) count as edited; others as on disk.
    const scanOpenDocuments = () =>
      vscode.workspace.textDocuments.forEach((d) => (d.isDirty ? void coordinator.scanDocument(d) : coordinator.documentOpened(d)));
    if (coordinator.currentSettings.scanOnStartup) void coordinator.scanAll().then(scanOpenDocuments);
    else scanOpenDocuments();
  }, 0);
  return { whenIdle: () => coordinator.whenIdle(), coordinator };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
