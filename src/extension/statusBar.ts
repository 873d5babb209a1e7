// The status-bar openness summary; updates when results change, shows progress while scanning.
import * as vscode from 'vscode';
import type { ScanCoordinator } from './scanCoordinator';
import { statusText, statusTooltip } from './statusBarText';

/** Redraw at most this often while a scan reports progress. */
const REDRAW_MS = 100;

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('openness.summary', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly coordinator: ScanCoordinator) {
    this.item.name = 'Openness';
    this.item.command = 'openness.showResults';
    this.subscription = coordinator.onDidChange(() => this.schedule());
    this.render();
    this.item.show();
  }

  private schedule(): void {
    this.pending ??= setTimeout(() => {
      this.pending = undefined;
      this.render();
    }, REDRAW_MS);
  }

  private render(): void {
    const state = this.coordinator.scanState;
    if (state.kind === 'scanning') {
      this.item.text = `$(sync~spin) Openness${state.total ? ` ${Math.floor((state.done / state.total) * 100)}%` : ''}`;
      this.item.tooltip = 'Openness is scanning the workspace';
      return;
    }
    if (!this.coordinator.hasResults) {
      this.item.text = '$(law) Openness';
      this.item.tooltip = 'Click to scan the workspace';
      this.item.command = 'openness.scanWorkspace';
      return;
    }
    const summary = this.coordinator.summary();
    this.item.text = statusText(summary);
    this.item.tooltip = new vscode.MarkdownString(statusTooltip(summary));
    this.item.command = 'openness.showResults';
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.subscription.dispose();
    this.item.dispose();
  }
}
