// Diagnostics: closed, restricted and unknown dependencies and models where they are written, plus
// files Openness could not read. Severities come from the settings.
import * as vscode from 'vscode';
import type { Finding, ScanError } from '../core/types';
import { findingMessage } from '../core/report/messages';
import type { SeverityName, Settings } from './config';
import type { FolderResults } from './folderResults';
import { docsLink } from './links';

const SEVERITY: Record<Exclude<SeverityName, 'none'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function findingDiagnostic(finding: Finding, settings: Settings, folder: FolderResults): vscode.Diagnostic | undefined {
  const severity = (finding.kind === 'package' ? settings.packages : settings.models).severity[finding.verdict];
  if (severity === 'none') return undefined;
  if (finding.kind === 'package' && !finding.direct && !settings.transitiveDiagnostics) return undefined;
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), findingMessage(finding), SEVERITY[severity]);
  diagnostic.source = 'Openness';
  diagnostic.code = { value: finding.verdict, target: vscode.Uri.parse(docsLink(finding.verdict)) };
  // Evidence files inside the workspace become links ("which file said what").
  diagnostic.relatedInformation = finding.evidence
    .filter((e) => e.file && !e.file.startsWith('~') && !e.file.startsWith('/'))
    .slice(0, 3)
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

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('openness');
  /** URIs published per folder, to clear those that no longer have anything. */
  private readonly published = new Map<string, Set<string>>();

  /** Publishes everything a folder knows (after a workspace scan or a change of evidence). */
  publishFolder(folder: FolderResults, settings: Settings): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    const add = (file: string, d: vscode.Diagnostic | undefined) => {
      if (!d) return;
      const list = byFile.get(file);
      if (list) list.push(d);
      else byFile.set(file, [d]);
    };
    const { findings, errors } = folder.result();
    for (const f of findings) add(f.file, findingDiagnostic(f, settings, folder));
    for (const e of errors) add(e.file, errorDiagnostic(e));
    const key = folder.folder.uri.toString();
    const before = this.published.get(key) ?? new Set<string>();
    const now = new Set<string>();
    for (const [file, diagnostics] of byFile) {
      const uri = this.uriFor(folder, file);
      if (!uri) continue;
      this.collection.set(uri, diagnostics);
      now.add(uri.toString());
    }
    for (const stale of before) if (!now.has(stale)) this.collection.delete(vscode.Uri.parse(stale));
    this.published.set(key, now);
  }

  /** Publishes one file's own results at once (while the user types). */
  publishFile(folder: FolderResults, path: string, findings: readonly Finding[], errors: readonly ScanError[], settings: Settings): void {
    const uri = folder.uriOf(path);
    const diagnostics = [
      ...findings.map((f) => findingDiagnostic(f, settings, folder)).filter((d): d is vscode.Diagnostic => d !== undefined),
      ...errors.map(errorDiagnostic),
    ];
    this.collection.set(uri, diagnostics);
    const key = folder.folder.uri.toString();
    const set = this.published.get(key) ?? new Set<string>();
    set.add(uri.toString());
    this.published.set(key, set);
  }

  clearFolder(folder: FolderResults): void {
    for (const uri of this.published.get(folder.folder.uri.toString()) ?? []) this.collection.delete(vscode.Uri.parse(uri));
    this.published.delete(folder.folder.uri.toString());
  }

  private uriFor(folder: FolderResults, file: string): vscode.Uri | undefined {
    // Findings name files relative to the folder; `~/…` and absolute paths are outside it.
    if (file.startsWith('~') || file.startsWith('/')) return undefined;
    return folder.fileUri(file);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
