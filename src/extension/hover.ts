// Hover cards on dependencies and model references.
import * as vscode from 'vscode';
import { hoverCard } from './hoverCard';
import type { ScanCoordinator } from './scanCoordinator';

export function registerHover(coordinator: ScanCoordinator): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ pattern: '**' }, {
    provideHover(document, position) {
      const found = coordinator.findingAt(document.uri, position);
      if (!found) return undefined;
      const markdown = new vscode.MarkdownString(hoverCard(found.finding), true);
      markdown.isTrusted = false;
      return new vscode.Hover(markdown, found.range);
    },
  });
}
