// Diagnostics: closed, restricted and unknown dependencies and models where they are written, plus
// files Openness could not read. Severities come from the settings.
import * as vscode from 'vscode';
import type { Finding, ScanError } from '../core/types';
import { findingMessage } from '../core/report/messages';
import type { SeverityName, Settings } from './config';
import type { FolderResults } from './folderResults';
import { docsLink } from './links';
import { cellUri, openNotebook } from './notebooks';

const SEVERITY: Record<Exclude<SeverityName, 'none'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/**
 * Where a finding is shown: its file, or — for a model in an open notebook — the cell it is written in.
 */
export function findingLocation(finding: Finding, folder: FolderResults): { uri: vscode.Uri; range: vscode.Range } {
  const uri = folder.fileUri(finding.file);
  if (finding.kind === 'model' && finding.cell) {
    const notebook = openNotebook(uri);
    const cell = notebook && cellUri(notebook, finding.cell.index);
    if (cell) return { uri: cell, range: toRange(finding.cell.range) };
  }
  return { uri, range: toRange(finding.range) };
}

export function findingDiagnostic(finding: Finding, settings: Settings, folder: FolderResults, range: vscode.Range): vscode.Diagnostic | undefined {
  const severity = (finding.kind === 'package' ? settings.packages : settings.models).severity[finding.verdict];
  if (severity === 'none') return undefined;
  if (finding.kind === 'package' && !finding.direct && !settings.transitiveDiagnostics) return undefined;
  const diagnostic = new vscode.Diagnostic(range, findingMessage(finding), SEVERITY[severity]);
  diagnostic.source = 'Openness';
  diagnostic.code = { value: finding.verdict, target: vscode.Uri.parse(docsLink(finding.verdict)) };
  // The most authoritative evidence file inside the workspace becomes a link ("which file said what").
  diagnostic.relatedInformation = finding.evidence
    .filter((e) => e.file && !isOutside(e.file))
    .slice(0, 1)
    .map((e) => new vscode.DiagnosticRelatedInformation(
      new vscode.Location(folder.fileUri(e.file!), new vscode.Position(0, 0)),
      e.detail ?? e.source,
    ));
  return diagnostic;
}

export function errorDiagnostic(error: ScanError): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    toRange(error.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }),
    `Openness could not check this file: ${error.message}`,
    vscode.DiagnosticSeverity.Error,
  );
  diagnostic.source = 'Openness';
  return diagnostic;
}

/** Findings name files relative to the folder; `~/…` and absolute paths lie outside it. */
function isOutside(file: string): boolean {
  return file.startsWith('~') || file.startsWith('/');
}

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('openness');
  /** URIs published per folder, to clear those that no longer have anything. */
  private readonly published = new Map<string, Set<string>>();

  /** Publishes everything a folder knows (after a workspace scan or a change of evidence). */
  publishFolder(folder: FolderResults, settings: Settings): void {
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    const add = (uri: vscode.Uri, d: vscode.Diagnostic | undefined) => {
      if (!d) return;
      const key = uri.toString();
      const entry = byUri.get(key);
      if (entry) entry.diagnostics.push(d);
      else byUri.set(key, { uri, diagnostics: [d] });
    };
    const { findings, errors } = folder.result();
    for (const f of findings) {
      if (isOutside(f.file)) continue;
      const { uri, range } = findingLocation(f, folder);
      add(uri, findingDiagnostic(f, settings, folder, range));
    }
    for (const e of errors) if (!isOutside(e.file)) add(folder.fileUri(e.file), errorDiagnostic(e));
    const folderKey = folder.folder.uri.toString();
    const before = this.published.get(folderKey) ?? new Set<string>();
    for (const { uri, diagnostics } of byUri.values()) this.collection.set(uri, diagnostics);
    for (const stale of before) if (!byUri.has(stale)) this.collection.delete(vscode.Uri.parse(stale));
    this.published.set(folderKey, new Set(byUri.keys()));
  }

  /** Publishes one file's own results at once (while the user types). */
  publishFile(folder: FolderResults, findings: readonly Finding[], errors: readonly ScanError[], settings: Settings, fileUri: vscode.Uri): void {
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>([[fileUri.toString(), { uri: fileUri, diagnostics: [] }]]);
    for (const f of findings) {
      const { uri, range } = findingLocation(f, folder);
      const d = findingDiagnostic(f, settings, folder, range);
      if (!d) continue;
      const entry = byUri.get(uri.toString()) ?? byUri.set(uri.toString(), { uri, diagnostics: [] }).get(uri.toString())!;
      entry.diagnostics.push(d);
    }
    byUri.get(fileUri.toString())!.diagnostics.push(...errors.map(errorDiagnostic));
    const key = folder.folder.uri.toString();
    const set = this.published.get(key) ?? new Set<string>();
    for (const { uri, diagnostics } of byUri.values()) {
      this.collection.set(uri, diagnostics);
      set.add(uri.toString());
    }
    this.published.set(key, set);
  }

  clearFolder(folder: FolderResults): void {
    for (const uri of this.published.get(folder.folder.uri.toString()) ?? []) this.collection.delete(vscode.Uri.parse(uri));
    this.published.delete(folder.folder.uri.toString());
  }

  dispose(): void {
    this.collection.dispose();
  }
}
