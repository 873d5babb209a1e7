// The "Openness" Output channel: a readable log of scans, coloured by syntaxes/openness-log.tmLanguage.json.
import * as vscode from 'vscode';
import { findingMessage } from '../core/report/messages';
import type { Finding } from '../core/types';

export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Openness', 'openness-log');

  private write(level: string, message: string): void {
    const time = new Date().toISOString().slice(11, 23);
    this.channel.appendLine(`${time} [${level}] ${message}`);
  }

  info(message: string): void {
    this.write('info', message);
  }

  warn(message: string): void {
    this.write('warn', message);
  }

  error(message: string): void {
    this.write('error', message);
  }

  /** One line per finding: `[closed] package.json:12 acme 1.0 is proprietary …`. */
  finding(f: Finding): void {
    this.channel.appendLine(`  [${f.verdict}] ${f.file}:${f.range.start.line + 1} ${findingMessage(f)}`);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
