// The CLI's JSON report (schemaVersion 1), documented in the README.
import type { Evidence, Finding, ScanError, Verdict, VerdictCounts } from '../types';
import type { Summary } from '../scan/summary';
import { findingReason } from './messages';

export interface JsonFinding {
  readonly kind: 'package' | 'model';
  readonly ecosystem: string;
  readonly name: string;
  readonly version: string | null;
  readonly file: string;
  /** 1-based, where the reference is written. */
  readonly line: number;
  readonly column: number;
  readonly license: string | null;
  readonly verdict: Verdict;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  readonly [extra: string]: unknown;
}

export interface JsonReport {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'openness'; readonly version: string };
  readonly findings: readonly JsonFinding[];
  readonly errors: readonly { readonly file: string; readonly line: number | null; readonly message: string }[];
  readonly summary: VerdictCounts & { readonly packages: VerdictCounts; readonly models: VerdictCounts };
}

function jsonFinding(f: Finding): JsonFinding {
  const common = {
    kind: f.kind,
    ecosystem: f.ecosystem,
    name: f.name,
    version: f.version,
    file: f.file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    license: f.license,
    verdict: f.verdict,
  };
  if (f.kind === 'package') {
    return {
      ...common,
      reason: findingReason(f),
      evidence: f.evidence,
      scope: f.scope,
      direct: f.direct,
      licenses: f.assessment.licenses.map((l) => ({ id: l.id, category: l.category, osiApproved: l.osiApproved })),
      ...(f.service ? { service: f.service } : {}),
    };
  }
  return {
    ...common,
    reason: findingReason(f),
    evidence: f.evidence,
    ...(f.via ? { via: f.via } : {}),
    ...(f.cell ? { cell: f.cell.index + 1 } : {}),
    ...(f.model ? { model: { id: f.model.id, producer: f.model.producer, capability: f.model.capability, ...f.model.openness, alternatives: f.model.alternatives } } : {}),
    ...(f.clientPackage ? { clientPackage: f.clientPackage } : {}),
    ...(f.selfHosted ? { selfHosted: f.selfHosted } : {}),
  };
}

export function jsonReport(findings: readonly Finding[], errors: readonly ScanError[], summary: Summary, version: string): JsonReport {
  return {
    schemaVersion: 1,
    tool: { name: 'openness', version },
    findings: findings.map(jsonFinding),
    errors: errors.map((e) => ({ file: e.file, line: e.range ? e.range.start.line + 1 : null, message: e.message })),
    summary: { ...summary.all, packages: summary.packages, models: summary.models },
  };
}
