// Keeps every workspace folder's results current: full scans (cancellable, with progress), rescans of
// edited documents as the user types, rescans when files or evidence change on disk. Surfaces
// subscribe to `onDidChange`.
import * as vscode from 'vscode';
import type { EngineServices } from '../core/engine';
import { summarize, type Summary } from '../core/scan/summary';
import type { Finding } from '../core/types';
import { readSettings, type Settings } from './config';
import type { DiagnosticsPublisher } from './diagnostics';
import { FolderResults } from './folderResults';
import { loadEngine } from './loadEngine';
import type { Log } from './log';
import { cellOf, notebookText } from './notebooks';

/** The log lists at most this many findings per scan of a folder. */
const MAX_LOGGED_FINDINGS = 500;

/** How long typing must pause before a document is rescanned. */
const TYPING_DELAY_MS = 250;

export type ScanState = { readonly kind: 'idle' } | { readonly kind: 'scanning'; readonly done: number; readonly total: number };

export class ScanCoordinator implements vscode.Disposable {
  private readonly folders = new Map<string, FolderResults>();
  private settings: Settings = readSettings();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private state: ScanState = { kind: 'idle' };
  private running: { promise: Promise<void>; source: vscode.CancellationTokenSource } | undefined;
  private readonly typing = new Map<string, NodeJS.Timeout>();
  private scannedOnce = false;

  constructor(
    /** Where the engine's data files are (dist/data): read on first use, like the engine itself. */
    private readonly dataDir: string,
    private readonly diagnostics: DiagnosticsPublisher,
    private readonly log: Log,
  ) {
    for (const folder of vscode.workspace.workspaceFolders ?? []) this.addFolder(folder);
  }

  private engineServices: EngineServices | undefined;

  private services(): EngineServices {
    return (this.engineServices ??= loadEngine().createNodeServices(this.dataDir));
  }

  get scanState(): ScanState {
    return this.state;
  }

  get hasResults(): boolean {
    return this.scannedOnce;
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  addFolder(folder: vscode.WorkspaceFolder): void {
    this.folders.set(folder.uri.toString(), new FolderResults(folder, () => this.services()));
  }

  removeFolder(folder: vscode.WorkspaceFolder): void {
    const results = this.folders.get(folder.uri.toString());
    if (!results) return;
    this.diagnostics.clearFolder(results);
    this.folders.delete(folder.uri.toString());
    this.changed.fire();
  }

  folderOf(uri: vscode.Uri): { folder: FolderResults; path: string } | undefined {
    for (const folder of this.folders.values()) {
      const path = folder.pathOf(uri);
      if (path) return { folder, path };
    }
    return undefined;
  }

  /** All findings of all folders. */
  findings(): { folder: FolderResults; finding: Finding }[] {
    return [...this.folders.values()].flatMap((folder) => folder.result().findings.map((finding) => ({ folder, finding })));
  }

  summary(): Summary {
    return summarize(this.findings().map((f) => f.finding));
  }

  /** The finding written at `position` in a document (or a notebook cell), and its range there. */
  findingAt(uri: vscode.Uri, position: vscode.Position): { finding: Finding; range: vscode.Range } | undefined {
    const cell = cellOf(uri);
    const where = this.folderOf(cell ? cell.notebook.uri : uri);
    if (!where) return undefined;
    const relative = where.folder.relative(where.path);
    for (const finding of where.folder.result().findings) {
      if (finding.file !== relative) continue;
      const r = cell ? (finding.kind === 'model' && finding.cell?.index === cell.index ? finding.cell.range : undefined) : finding.range;
      const range = r && new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      if (range?.contains(position)) return { finding, range };
    }
    return undefined;
  }

  /**
   * Scans every folder. A scan already running is cancelled first, so the newest request wins.
   * `token` cancels from the UI (the progress notification's Cancel button).
   */
  scanAll(token?: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<void> {
    this.running?.source.cancel();
    const source = new vscode.CancellationTokenSource();
    token?.onCancellationRequested(() => source.cancel());
    const promise = this.runScan(source.token, progress).finally(() => {
      if (this.running?.source === source) this.running = undefined;
      source.dispose();
    });
    this.running = { promise, source };
    return promise;
  }

  /** Resolves when no full scan is running. */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running.promise.catch(() => undefined);
  }

  private async runScan(token: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<void> {
    const started = performance.now();
    this.setState({ kind: 'scanning', done: 0, total: 0 });
    let scanned = 0;
    try {
      for (const folder of this.folders.values()) {
        this.log.info(`Scanning ${folder.folder.name} (${folder.folder.uri.toString(true)})`);
        const t0 = performance.now();
        const result = await folder.scanAll(this.settings, token, (done, total) => {
          this.setState({ kind: 'scanning', done, total });
          progress?.(done, total);
        });
        scanned += result.scanned;
        if (result.truncated) this.log.warn(`${folder.folder.name}: stopped after ${result.scanned} files; exclude folders with "openness.exclude"`);
        this.diagnostics.publishFolder(folder, this.settings);
        this.logFolder(folder, performance.now() - t0);
      }
      this.scannedOnce = true;
      this.log.info(`Scan finished: ${scanned} files in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      if (error instanceof loadEngine().CancelledError) this.log.info('Scan cancelled');
      else {
        this.log.error(`Scan failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        throw error;
      }
    } finally {
      this.setState({ kind: 'idle' });
    }
  }

  private logFolder(folder: FolderResults, ms: number): void {
    const { findings, errors } = folder.result();
    const s = summarize(findings);
    const line = (label: string, c: Summary['all']) => `${label}: ${c.open} open, ${c.restricted} restricted, ${c.closed} closed, ${c.unknown} unknown`;
    this.log.info(`${folder.folder.name}: ${line('packages', s.packages)}; ${line('models', s.models)} (${Math.round(ms)} ms)`);
    const notOpen = findings.filter((f) => f.verdict !== 'open');
    for (const f of notOpen.slice(0, MAX_LOGGED_FINDINGS)) this.log.finding(f);
    if (notOpen.length > MAX_LOGGED_FINDINGS) this.log.info(`… and ${notOpen.length - MAX_LOGGED_FINDINGS} more: "Openness: Show Results" lists them all`);
    for (const e of errors) this.log.warn(`${e.file}${e.range ? `:${e.range.start.line + 1}` : ''}: ${e.message}`);
  }

  /** Called on every edit: rescans the document once typing pauses. */
  documentChanged(document: vscode.TextDocument): void {
    this.afterTyping(document.uri.toString(), () => this.scanDocument(document));
  }

  private afterTyping(key: string, scan: () => Promise<void>): void {
    clearTimeout(this.typing.get(key));
    this.typing.set(key, setTimeout(() => {
      this.typing.delete(key);
      void scan();
    }, TYPING_DELAY_MS));
  }

  /** Scans a document's current text (unsaved edits included) and publishes its diagnostics. */
  scanDocument(document: vscode.TextDocument): Promise<void> {
    return this.scanEditorText(document.uri, () => document.getText());
  }

  /** Scans an open notebook's cells (unsaved edits included). */
  scanNotebook(notebook: vscode.NotebookDocument): Promise<void> {
    return this.scanEditorText(notebook.uri, () => notebookText(notebook));
  }

  /** Rescans a notebook once typing in its cells pauses. */
  notebookChanged(notebook: vscode.NotebookDocument): void {
    this.afterTyping(notebook.uri.toString(), () => this.scanNotebook(notebook));
  }

  private async scanEditorText(uri: vscode.Uri, text: () => string): Promise<void> {
    const where = this.folderOf(uri);
    if (!where) return;
    const file = where.folder.classify(where.path, this.settings);
    if (!file) return;
    try {
      const scan = await where.folder.scanDocument(file, text());
      if (where.folder.isLockfile(where.path)) this.diagnostics.publishFolder(where.folder, this.settings);
      else this.diagnostics.publishFile(where.folder, scan.findings, scan.errors, this.settings, uri);
      this.changed.fire();
    } catch (error) {
      if (!(error instanceof loadEngine().CancelledError)) this.log.error(`Could not scan ${where.path}: ${String(error)}`);
    }
  }

  /** A notebook was opened or closed: its findings move between its cells and its file. */
  notebookOpenedOrClosed(notebook: vscode.NotebookDocument): void {
    const where = this.folderOf(notebook.uri);
    // After the event, so a closing notebook is no longer among the open ones.
    if (where) setTimeout(() => this.diagnostics.publishFolder(where.folder, this.settings), 0);
  }

  /** A document was opened: scan it if no scan has covered it yet. */
  documentOpened(document: vscode.TextDocument): void {
    const where = this.folderOf(document.uri);
    if (where && !where.folder.has(where.path)) void this.scanDocument(document);
  }

  /** A file changed, appeared or disappeared on disk (not through an open editor). */
  async fileChangedOnDisk(uri: vscode.Uri, deleted: boolean): Promise<void> {
    const where = this.folderOf(uri);
    if (!where) return;
    if (deleted) {
      where.folder.remove(where.path);
      this.diagnostics.publishFolder(where.folder, this.settings);
      this.changed.fire();
      return;
    }
    const file = where.folder.classify(where.path, this.settings);
    if (!file) return;
    await where.folder.scanFromDisk(file);
    this.diagnostics.publishFolder(where.folder, this.settings);
    this.changed.fire();
  }

  /**
   * Evidence changed on disk (a lockfile, an install into node_modules or a virtualenv): rescan the
   * folder's manifests with fresh resolutions. Parses are cached by content, so only resolution reruns.
   */
  async evidenceChanged(uri: vscode.Uri): Promise<void> {
    const where = this.folderOf(uri);
    if (!where || !this.scannedOnce) return;
    where.folder.evidenceChanged();
    for (const path of where.folder.scannedPaths()) {
      const file = where.folder.classify(path, this.settings);
      if (!file?.manifest) continue;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === where.folder.uriOf(path).toString());
      if (open) await where.folder.scanDocument(file, open.getText());
      else await where.folder.scanFromDisk(file);
    }
    this.diagnostics.publishFolder(where.folder, this.settings);
    this.changed.fire();
  }

  /** Severities only need republishing; what is scanned (enabled kinds, excludes) needs a rescan. */
  settingsChanged(): void {
    const before = this.settings;
    this.settings = readSettings();
    const scope = (s: Settings) => JSON.stringify([s.packages.enabled, s.models.enabled, s.exclude]);
    if (this.scannedOnce && scope(before) !== scope(this.settings)) {
      void this.scanAll();
      return;
    }
    for (const folder of this.folders.values()) this.diagnostics.publishFolder(folder, this.settings);
    this.changed.fire();
  }

  private setState(state: ScanState): void {
    this.state = state;
    this.changed.fire();
  }

  dispose(): void {
    this.running?.source.cancel();
    for (const timer of this.typing.values()) clearTimeout(timer);
    this.changed.dispose();
  }
}
