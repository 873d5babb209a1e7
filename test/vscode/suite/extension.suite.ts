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

  describe('Python, Rust and Go dependencies, from the evidence on disk', () => {
    const cases = [
      { file: 'python/requirements.txt', needle: 'acme-vectordb', message: /^acme-vectordb 2\.1\.0 is proprietary/, open: 'fastapi' },
      { file: 'services/indexer/Cargo.toml', needle: 'surrealdb', message: /^surrealdb 2\.0\.4 is source-available \(BUSL-1\.1\)/, open: 'serde' },
      { file: 'services/gateway/go.mod', needle: 'github.com/acme/metering', message: /^github\.com\/acme\/metering v0\.8\.2 is proprietary/, open: 'github.com/gin-gonic/gin' },
    ];
    for (const c of cases) {
      it(`${c.file}: ${c.needle} is flagged on its line, ${c.open} is not`, async () => {
        const document = await vscode.workspace.openTextDocument(file(c.file));
        await vscode.window.showTextDocument(document);
        const line = lineOf(document, c.needle);
        const flagged = await waitFor(`a diagnostic on ${c.needle}`, () => diagnosticOn(opennessDiagnostics(document.uri), line));
        assert.match(flagged.message, c.message);
        assert.equal(document.getText(flagged.range), c.needle);
        assert.equal(diagnosticOn(opennessDiagnostics(document.uri), lineOf(document, c.open)), undefined);
        const hover = await hoverText(document.uri, flagged.range.start.translate(0, 1));
        assert.match(hover, /Evidence/);
      });
    }
  });

  describe('AI models', () => {
    it('marks closed and restricted models in Python at the literal, not in comments or docstrings', async () => {
      const document = await vscode.workspace.openTextDocument(file('python/app.py'));
      await vscode.window.showTextDocument(document);
      const diagnostics = await waitFor('app.py diagnostics', () => {
        const d = opennessDiagnostics(document.uri);
        return d.length >= 3 ? d : undefined;
      });
      const gpt4o = diagnosticOn(diagnostics, lineOf(document, '"gpt-4o"'));
      assert.ok(gpt4o, 'no diagnostic on the getenv default');
      assert.equal(document.getText(gpt4o.range), 'gpt-4o');
      assert.match(gpt4o.message, /^model gpt-4o is closed: /);
      assert.equal(gpt4o.severity, vscode.DiagnosticSeverity.Warning);
      const llama = diagnosticOn(diagnostics, lineOf(document, 'AutoModelForCausalLM.from_pretrained'));
      assert.ok(llama, 'no diagnostic on the Llama checkpoint');
      assert.equal(document.getText(llama.range), 'meta-llama/Llama-3.1-8B-Instruct');
      assert.match(llama.message, /is restricted: /);
      assert.equal(llama.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(diagnosticOn(diagnostics, lineOf(document, 'mentions gpt-4')), undefined, 'a docstring is not a reference');
      assert.equal(diagnosticOn(diagnostics, lineOf(document, 'gpt-3.5-turbo')), undefined, 'a comment is not a reference');
      assert.equal(diagnosticOn(diagnostics, lineOf(document, 'all-MiniLM-L6-v2')), undefined, 'an open model gets no diagnostic');

      const hover = await hoverText(document.uri, gpt4o.range.start.translate(0, 2));
      for (const needle of ['gpt-4o', 'Closed', 'OpenAI', '| Weights | Code | Data | Licence | Docs |', 'Open Source AI Definition', 'Open alternatives']) {
        assert.ok(hover.includes(needle), `hover lacks "${needle}": ${hover.slice(0, 400)}`);
      }
    });

    it('marks models in TypeScript, following a constant to its literal', async () => {
      const document = await vscode.workspace.openTextDocument(file('src/chat.ts'));
      await vscode.window.showTextDocument(document);
      const diagnostics = await waitFor('chat.ts diagnostics', () => {
        const d = opennessDiagnostics(document.uri);
        return d.length >= 2 ? d : undefined;
      });
      const constant = diagnosticOn(diagnostics, lineOf(document, "'gpt-4o-mini'"));
      assert.ok(constant && document.getText(constant.range) === 'gpt-4o-mini', 'gpt-4o-mini is reported at its literal');
      const claude = diagnosticOn(diagnostics, lineOf(document, 'claude-3-5-sonnet-20241022'));
      assert.ok(claude && /^model claude-3-5-sonnet-20241022 is closed/.test(claude.message));
    });

    it('shows notebook findings on the cell where the model is written, with a hover', async () => {
      const notebook = await vscode.workspace.openNotebookDocument(file('python/notebooks/explore.ipynb'));
      await vscode.window.showNotebookDocument(notebook);
      const cell = notebook.cellAt(2);
      const diagnostics = await waitFor('cell diagnostics', () => {
        const d = opennessDiagnostics(cell.document.uri);
        return d.length ? d : undefined;
      });
      assert.equal(diagnostics.length, 1);
      assert.equal(cell.document.getText(diagnostics[0].range), 'claude-3-haiku-20240307');
      assert.equal(diagnostics[0].range.start.line, lineOf(cell.document, 'claude-3-haiku-20240307'));
      assert.match(diagnostics[0].message, /is closed/);
      assert.equal(opennessDiagnostics(notebook.cellAt(1).document.uri).length, 0, 'gpt2 is open (MIT): nothing on its cell');
      const hover = await hoverText(cell.document.uri, diagnostics[0].range.start.translate(0, 3));
      assert.match(hover, /claude-3-haiku-20240307/);
      assert.match(hover, /Closed/);
    });

    it('marks an SDK as service-bound and lists the models called through it', async () => {
      const document = await vscode.workspace.openTextDocument(file('package.json'));
      const hover = await hoverText(document.uri, new vscode.Position(lineOf(document, '"openai"'), 6));
      assert.match(hover, /Service-bound/);
      assert.match(hover, /OpenAI API/);
      assert.match(hover, /`gpt-4o-mini` \(closed\) — `src\/chat\.ts:9`/);
      assert.match(hover, /`llama3\.2:3b` \(restricted\) via self-hosted `http:\/\/localhost:11434\/v1`/);
    });
  });

  describe('Openness: Scan Workspace', () => {
    it('publishes diagnostics for manifests that were never opened', async () => {
      const never = file('services/worker/package.json');
      // Never opened by the user: in no editor tab (other extensions may still read it as a document).
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      assert.ok(!tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === never.toString()), 'the manifest must not be open');
      await vscode.commands.executeCommand('openness.scanWorkspace');
      await api.whenIdle();
      const diagnostics = opennessDiagnostics(never);
      assert.ok(diagnostics.some((d) => /^elastic-search-sdk 8\.0\.0 is source-available \(Elastic-2\.0\)/.test(d.message)), JSON.stringify(diagnostics.map((d) => d.message)));
    });
  });

  describe('changes on disk', () => {
    it('re-resolves when an install changes the evidence (a new licence in node_modules, a rewritten lockfile)', async () => {
      const manifest = file('package.json');
      const document = await vscode.workspace.openTextDocument(manifest);
      const line = lineOf(document, '"acme-telemetry"');
      assert.ok(diagnosticOn(opennessDiagnostics(manifest), line), 'acme-telemetry starts restricted');
      // What `npm install` of a relicensed version does: the package's manifest and the lockfile change.
      const encoder = new TextEncoder();
      await vscode.workspace.fs.writeFile(file('node_modules/acme-telemetry/package.json'), encoder.encode('{ "name": "acme-telemetry", "version": "2.4.0", "license": "Apache-2.0" }'));
      const lock = file('package-lock.json');
      const lockText = new TextDecoder().decode(await vscode.workspace.fs.readFile(lock));
      await vscode.workspace.fs.writeFile(lock, encoder.encode(lockText.replace('"license": "BUSL-1.1"', '"license": "Apache-2.0"')));
      await waitFor('the acme-telemetry diagnostic to go', () => (diagnosticOn(opennessDiagnostics(manifest), line) ? undefined : true), 30_000);
    });
  });
}
