// Counts of verdicts, for the status bar, reports and the CLI.
import type { Finding, Verdict, VerdictCounts } from '../types';

export interface Summary {
  readonly packages: VerdictCounts;
  readonly models: VerdictCounts;
  /** Packages and models together. */
  readonly all: VerdictCounts;
}

function count(findings: readonly Finding[]): VerdictCounts {
  const counts: Record<Verdict, number> = { open: 0, restricted: 0, closed: 0, unknown: 0 };
  for (const f of findings) counts[f.verdict]++;
  return counts;
}

export function summarize(findings: readonly Finding[]): Summary {
  return {
    packages: count(findings.filter((f) => f.kind === 'package')),
    models: count(findings.filter((f) => f.kind === 'model')),
    all: count(findings),
  };
}

export function total(counts: VerdictCounts): number {
  return counts.open + counts.restricted + counts.closed + counts.unknown;
}

/** Share of findings that are open, in whole percent (100 when there are none). */
export function openPercent(counts: VerdictCounts): number {
  const n = total(counts);
  return n === 0 ? 100 : Math.floor((counts.open / n) * 100);
}
