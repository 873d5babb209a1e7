/// <reference types="mocha" />
// Runs inside a real VS Code extension host, against the packaged extension and a copy of the
// sample workspace: what a user sees, through the same APIs the workbench uses.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OpennessApi } from '../../../src/extension/extension';

const EXTENSION_ID = 'openness.openness';

function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return folder.uri;
}

function file(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(root(), relative);
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The Openness diagnostics of a file. */
function opennessDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Openness');
}

/** The 0-based line on which `needle` is first written in a document. */
function lineOf(document: vscode.TextDocument, needle: string): number {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is not in ${document.uri.path}`);
  return document.positionAt(offset).line;
}

function diagnosticOn(diagnostics: vscode.Diagnostic[], line: number): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => d.range.start.line === line);
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  // Markdown escapes (`source\-available`) removed: what the user reads.
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

export function extensionSuite(): void {
  let api: OpennessApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<OpennessApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    api = await extension.activate();
    // The start-up scan runs in the background; wait for it like a user would wait for the status bar.
    await waitFor('the start-up scan', () => api.coordinator.hasResults || undefined, 60_000);
    await api.whenIdle();
  });

  describe('package.json', () => {
    it('shows restricted, closed and unknown dependencies on their lines while editing, and nothing for open ones', async () => {
      const document = await vscode.workspace.openTextDocument(file('package.json'));
      await vscode.window.showTextDocument(document);
      const diagnostics = await waitFor('package.json diagnostics', () => {
        const d = opennessDiagnostics(document.uri);
        return d.length >= 3 ? d : undefined;
      });

      const restricted = diagnosticOn(diagnostics, lineOf(document, '"acme-telemetry"'));
      assert.ok(restricted, 'no diagnostic on acme-telemetry');
      assert.equal(restricted.message, 'acme-telemetry 2.3.0 is source-available (BUSL-1.1), not an open-source licence');
      assert.equal(restricted.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(document.getText(restricted.range), 'acme-telemetry');
      const code = restricted.code as { value: string; target: vscode.Uri };
      assert.equal(code.value, 'restricted');
      assert.match(code.target.toString(), /docs\/verdicts\.md#restricted$/);

      const closed = diagnosticOn(diagnostics, lineOf(document, '"internal-billing"'));
      assert.ok(closed, 'no diagnostic on internal-billing');
      assert.match(closed.message, /^internal-billing 0\.9\.1 is proprietary \(UNLICENSED\)/);
      assert.equal(closed.severity, vscode.DiagnosticSeverity.Warning);

      const unknown = diagnosticOn(diagnostics, lineOf(document, '"mystery-widget"'));
      assert.ok(unknown, 'no diagnostic on mystery-widget');
      assert.equal(unknown.severity, vscode.DiagnosticSeverity.Information);

      assert.equal(diagnosticOn(diagnostics, lineOf(document, '"express"')), undefined, 'express is MIT: no diagnostic');
      assert.equal(diagnosticOn(diagnostics, lineOf(document, '"left-pad"')), undefined, 'left-pad is WTFPL (identified from its LICENSE): no diagnostic');
    });

    it('explains a verdict in a hover card with its evidence', async () => {
      const document = await vscode.workspace.openTextDocument(file('package.json'));
      const line = lineOf(document, '"acme-telemetry"');
      const text = await hoverText(document.uri, new vscode.Position(line, 8));
      assert.match(text, /acme-telemetry/);
      assert.match(text, /Restricted/);
      assert.match(text, /BUSL-1\.1/);
      assert.match(text, /source-available/);
      assert.match(text, /not OSI-approved/);
      assert.match(text, /node_modules\/acme-telemetry\/package\.json/);
      assert.match(text, /spdx\.org\/licenses\/BUSL-1\.1\.html/);
    });

    it('updates diagnostics as the user types, before saving', async () => {
      const document = await vscode.workspace.openTextDocument(file('package.json'));
      const editor = await vscode.window.showTextDocument(document);
      const line = lineOf(document, '"express"');
      await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '    "internal-billing-copy": "1.0.0",\n'));
      const added = await waitFor('a diagnostic for the typed dependency', () =>
        opennessDiagnostics(document.uri).find((d) => d.range.start.line === line && /internal-billing-copy/.test(d.message)),
      );
      assert.equal(added.severity, vscode.DiagnosticSeverity.Information, 'not installed and not locked: unknown');
      assert.ok(document.isDirty, 'the document was not saved');
      // The other diagnostics moved down with their lines.
      await waitFor('acme-telemetry diagnostic on its new line', () =>
        diagnosticOn(opennessDiagnostics(document.uri), lineOf(document, '"acme-telemetry"')),
      );
      await vscode.commands.executeCommand('undo');
    });

    it('reports invalid JSON once at the error, and keeps other files\' results', async () => {
      const document = await vscode.workspace.openTextDocument(file('package.json'));
      const editor = await vscode.window.showTextDocument(document);
      const line = lineOf(document, '"express"');
      const end = document.lineAt(line).range.end;
      // Remove the comma after express's version.
      await editor.edit((edit) => edit.delete(new vscode.Range(end.translate(0, -1), end)));
      const error = await waitFor('a syntax diagnostic', () =>
        opennessDiagnostics(document.uri).find((d) => d.severity === vscode.DiagnosticSeverity.Error),
      );
      assert.match(error.message, /Invalid JSON: expected a comma/);
      assert.equal(opennessDiagnostics(document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 1);
      assert.ok(opennessDiagnostics(file('python/requirements.txt')).length > 0, 'other files keep their diagnostics');
      await vscode.commands.executeCommand('undo');
      await waitFor('the syntax diagnostic to go', () =>
        opennessDiagnostics(document.uri).every((d) => d.severity !== vscode.DiagnosticSeverity.Error) || undefined,
      );
    });
  });

  describe('Openness: Scan Workspace', () => {
    it('publishes diagnostics for manifests that were never opened', async () => {
      const never = file('services/worker/package.json');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === never.toString()), 'the manifest must not be open');
      await vscode.commands.executeCommand('openness.scanWorkspace');
      await api.whenIdle();
      const diagnostics = opennessDiagnostics(never);
      assert.ok(diagnostics.some((d) => /^elastic-search-sdk 8\.0\.0 is source-available \(Elastic-2\.0\)/.test(d.message)), JSON.stringify(diagnostics.map((d) => d.message)));
    });
  });
}
