// The CLI's human-readable report: what is not open, where, and why; then the totals.
import type { Finding, ScanError, Verdict, VerdictCounts } from '../types';
import { total, type Summary } from '../scan/summary';
import { findingReason, findingTitle } from './messages';

export interface TextOptions {
  /** List open findings too. */
  readonly all?: boolean;
  readonly color?: boolean;
}

const COLORS: Record<Verdict, string> = { open: '32', restricted: '33', closed: '31', unknown: '90' };

function counts(label: string, c: VerdictCounts): string {
  return `${label}: ${total(c)} (${c.open} open, ${c.restricted} restricted, ${c.closed} closed, ${c.unknown} unknown)`;
}

export function textReport(root: string, findings: readonly Finding[], errors: readonly ScanError[], summary: Summary, options: TextOptions = {}): string {
  const paint = (verdict: Verdict, text: string) => (options.color ? `\x1b[${COLORS[verdict]}m${text}\x1b[0m` : text);
  const shown = findings.filter((f) => options.all || f.verdict !== 'open');
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const lines: string[] = [`Openness scan of ${root}`, ''];
  for (const [file, list] of byFile) {
    lines.push(file);
    for (const f of list) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(8);
      lines.push(`  ${where}${paint(f.verdict, f.verdict.padEnd(11))}${findingTitle(f)} — ${findingReason(f)}`);
    }
    lines.push('');
  }
  if (!shown.length) lines.push(findings.length ? 'Everything found is open.' : 'No dependencies or models found.', '');
  if (errors.length) {
    lines.push(`${errors.length} file problem${errors.length === 1 ? '' : 's'}:`);
    for (const e of errors) lines.push(`  ${e.file}${e.range ? `:${e.range.start.line + 1}:${e.range.start.character + 1}` : ''}  ${e.message}`);
    lines.push('');
  }
  lines.push(counts('Packages', summary.packages), counts('Models', summary.models));
  return lines.join('\n') + '\n';
}
