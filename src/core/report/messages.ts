// One-line explanations of findings, shared by diagnostics and reports.
import type { Finding } from '../types';

/** `acme-telemetry 2.3.0`, `model gpt-4o`. */
export function findingTitle(f: Finding): string {
  return f.kind === 'model' ? `model ${f.name}` : f.version ? `${f.name} ${f.version}` : f.name;
}

/** Why a finding has its verdict, in one clause. */
export function findingReason(f: Finding): string {
  return f.kind === 'package' ? f.assessment.reason : f.reason;
}

/**
 * What a diagnostic says: `acme-telemetry 2.3.0 is source-available (BUSL-1.1), not an open-source
 * licence`, `model gpt-4o is closed: …`, `left-pad: no licence information found`.
 */
export function findingMessage(f: Finding): string {
  const title = findingTitle(f);
  const reason = findingReason(f);
  if (f.kind === 'model') return `${title} is ${f.verdict}: ${reason}`;
  return f.verdict === 'unknown' ? `${title}: ${reason}` : `${title} is ${reason}`;
}
