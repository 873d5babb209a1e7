// The commands users run from the palette, the status bar and links: one table, one factory each.
import * as vscode from 'vscode';
import { findingReason, findingTitle } from '../core/report/messages';
import { openPercent, total } from '../core/scan/summary';
import type { Verdict } from '../core/types';
import type { Log } from './log';
import type { ScanCoordinator } from './scanCoordinator';

const ICON: Record<Verdict, string> = { closed: '$(error)', restricted: '$(warning)', unknown: '$(question)', open: '$(pass)' };
const ORDER: readonly Verdict[] = ['closed', 'restricted', 'unknown', 'open'];

async function scanWorkspace(coordinator: ScanCoordinator): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Openness: open a folder to scan.');
    return;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Openness: scanning workspace', cancellable: true },
    async (progress, token) => {
      let reported = 0;
      await coordinator.scanAll(token, (done, all) => {
        const percent = all ? Math.floor((done / all) * 100) : 0;
        progress.report({ message: `${done} of ${all} files`, increment: percent - reported });
        reported = percent;
      });
    },
  );
  if (!coordinator.hasResults) return;
  const s = coordinator.summary();
  const models = total(s.models) ? `; ${total(s.models)} AI models, ${s.models.closed} closed, ${s.models.restricted} restricted` : '';
  // Not awaited: the command is done when the scan is, whether or not the user answers.
  void vscode.window
    .showInformationMessage(
      `Openness: ${total(s.packages)} packages, ${openPercent(s.packages)}% open, ${s.packages.closed} closed, ${s.packages.restricted} restricted${models}.`,
      'Show Results',
    )
    .then((choice) => choice && showResults(coordinator));
}

async function showResults(coordinator: ScanCoordinator): Promise<void> {
  if (!coordinator.hasResults) return scanWorkspace(coordinator);
  type Item = vscode.QuickPickItem & { target?: { uri: vscode.Uri; range: vscode.Range } };
  const items: Item[] = [];
  const all = coordinator.findings();
  for (const verdict of ORDER) {
    const group = all.filter((f) => f.finding.verdict === verdict);
    if (!group.length) continue;
    items.push({ label: `${verdict} (${group.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const { folder, finding } of group) {
      const r = finding.range;
      items.push({
        label: `${ICON[verdict]} ${findingTitle(finding)}`,
        description: finding.license ?? '',
        detail: `${finding.file}:${r.start.line + 1} — ${findingReason(finding)}`,
        target: {
          uri: folder.fileUri(finding.file),
          range: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
        },
      });
    }
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Openness: results',
    placeHolder: 'Dependencies and models, least open first',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.target) await vscode.window.showTextDocument(picked.target.uri, { selection: picked.target.range });
}

export function registerCommands(coordinator: ScanCoordinator, log: Log): vscode.Disposable[] {
  const commands: Record<string, () => unknown> = {
    'openness.scanWorkspace': () => scanWorkspace(coordinator),
    'openness.showResults': () => showResults(coordinator),
    'openness.showLog': () => log.show(),
  };
  return Object.entries(commands).map(([id, run]) => vscode.commands.registerCommand(id, run));
}
