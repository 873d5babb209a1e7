// Hover cards on dependencies and model references.
import * as vscode from 'vscode';
import { hoverCard } from './hoverCard';
import type { ScanCoordinator } from './scanCoordinator';

export function registerHover(coordinator: ScanCoordinator): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ pattern: '**' }, {
    provideHover(document, position) {
      const finding = coordinator.findingAt(document.uri, position);
      if (!finding) return undefined;
      const markdown = new vscode.MarkdownString(hoverCard(finding), true);
      markdown.isTrusted = false;
      const r = finding.range;
      return new vscode.Hover(markdown, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
    },
  });
}
