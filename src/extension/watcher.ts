// Rescans what changed on disk: a manifest or model file rescans itself; a lockfile or an install
// (node_modules, a virtualenv) changes the evidence of the folder's manifests.
import * as vscode from 'vscode';
import type { ScanCoordinator } from './scanCoordinator';

const EVIDENCE = /(^|\/)(node_modules|site-packages|\.venv|venv|vendor)(\/|$)|(^|\/)(package-lock\.json|npm-shrinkwrap\.json|\.package-lock\.json|poetry\.lock|uv\.lock|Pipfile\.lock|pylock\.toml|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock|packages\.lock\.json)$/;
const SETTLE_MS = 500;

export function watchFiles(coordinator: ScanCoordinator): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  const evidenceTimers = new Map<string, NodeJS.Timeout>();
  const onEvidence = (uri: vscode.Uri) => {
    const key = coordinator.folderOf(uri)?.folder.folder.uri.toString();
    if (!key) return;
    clearTimeout(evidenceTimers.get(key));
    evidenceTimers.set(key, setTimeout(() => {
      evidenceTimers.delete(key);
      void coordinator.evidenceChanged(uri);
    }, SETTLE_MS));
  };
  const onChange = (uri: vscode.Uri, deleted: boolean) => {
    if (EVIDENCE.test(uri.path)) onEvidence(uri);
    if (/(^|\/)node_modules\//.test(uri.path)) return;
    // An open document's editor text is what counts; it is rescanned as it is edited.
    if (!deleted && vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) return;
    void coordinator.fileChangedOnDisk(uri, deleted);
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange((uri) => onChange(uri, false)),
    watcher.onDidCreate((uri) => onChange(uri, false)),
    watcher.onDidDelete((uri) => onChange(uri, true)),
    { dispose: () => evidenceTimers.forEach((t) => clearTimeout(t)) },
  );
}
