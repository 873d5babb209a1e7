// How a model's facts become its verdict, OSAID answer and one-line reason (computed at build time).
// Licences are judged by the licence module, so a model licence means the same as a package licence;
// the knowledge base's own licence table (curated/licenses.yaml) describes the model licences that
// module does not know, and says how restrictive ones restrict.
import { assessLicense, licenseFacts } from '../../../licenses';
import type { Availability, Verdict } from '../../../types';
import type { KnownVerdict } from '../types';

export type Weights = 'open' | 'gated' | 'none';

/** A model licence described by curated/licenses.yaml. */
export interface LicenseText {
  readonly name: string;
  /** Completes "the <name> …": how it restricts use. */
  readonly restricts: string;
}

/** The licence module's verdict on one licence id (`unknown` when it does not know the id). */
export function licenseVerdict(id: string): Verdict {
  return assessLicense(id).verdict;
}

export function isOsiApproved(id: string): boolean {
  return licenseFacts(id).osiApproved;
}

/** Whether the licence module knows the id (an SPDX id, or a model licence such as LicenseRef-llama3.1). */
export function isKnownLicense(id: string): boolean {
  return licenseFacts(id).category !== 'unknown';
}

/**
 * open: weights downloadable under a licence the licence module judges open (OSI-approved, or an open
 * licence without use restrictions such as CC-BY-4.0); restricted: downloadable, but under any other
 * licence or none; closed: no downloadable weights.
 */
export function verdictOf(weights: Weights, license: string | null): KnownVerdict {
  if (weights === 'none') return 'closed';
  return license !== null && licenseVerdict(license) === 'open' ? 'open' : 'restricted';
}

/**
 * OSI's Open Source AI Definition 1.0 asks for parameters, complete training code and data information,
 * each under open terms. Partial code or data fails it; null when a dimension is unknown.
 */
export function osaidOf(verdict: KnownVerdict, code: Availability, data: Availability): boolean | null {
  if (verdict !== 'open' || code === 'closed' || code === 'partial' || data === 'closed' || data === 'partial') return false;
  if (code === 'unknown' || data === 'unknown') return null;
  return true;
}

/** The licence as a dimension: open, partial (weights usable under conditions) or closed. */
export function licenseAvailability(verdict: KnownVerdict, license: string | null): Availability {
  if (verdict === 'open') return 'open';
  return verdict === 'closed' || license === null ? 'closed' : 'partial';
}

/** The licence's display name: the curated one, else the licence module's. */
export function licenseName(id: string, text: LicenseText | undefined): string {
  return text?.name ?? licenseFacts(id).name;
}

/** Why the verdict, in one clause. */
export function reasonFor(verdict: KnownVerdict, weights: Weights, license: string | null, text: LicenseText | undefined): string {
  if (verdict === 'closed') return 'no downloadable weights: available only as a hosted service';
  const access = weights === 'gated' ? 'weights downloadable after accepting terms' : 'weights downloadable';
  if (license === null) return `${access}, but no licence is identified (without one, all rights are reserved)`;
  if (verdict === 'open') {
    const kind = isOsiApproved(license) ? 'an OSI-approved licence' : 'an open licence without use restrictions';
    return `${access} under ${license} (${kind})`;
  }
  if (text) return `${access}, but the ${text.name} ${text.restricts}`;
  return `${access}, but ${assessLicense(license).reason}`;
}
