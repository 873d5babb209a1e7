// Contracts of the licence module, used by every ecosystem resolver.

/** What a manifest's licence field says, normalised. */
export type NormalizedLicense =
  /** Nothing declared (missing, empty, null). */
  | { readonly kind: 'none' }
  /**
   * An SPDX expression (ids outside SPDX become `LicenseRef-<id>`; npm's `UNLICENSED` becomes
   * `LicenseRef-UNLICENSED`). `declared` is the original text; `corrected` says whether it had to be
   * rewritten (free text, deprecated ids, slash form …).
   */
  | { readonly kind: 'expression'; readonly expression: string; readonly declared: string; readonly corrected: boolean }
  /** `SEE LICENSE IN <file>`: the caller reads that file (inside the package only) and identifies it. */
  | { readonly kind: 'file-reference'; readonly file: string; readonly declared: string };

/** The result of matching a licence text against the SPDX texts Openness knows. */
export interface Identification {
  /** The SPDX id matched, or null when no known licence matches closely enough. */
  readonly id: string | null;
  /** 0..1: how closely the text matches `id` (or `closest` when id is null). */
  readonly similarity: number;
  /** The nearest known licence when the text did not match (a modified licence, say). */
  readonly closest?: string;
  /** For evidence: `MIT text (100% match)`, `resembles BSD-3-Clause (91%) but differs`. */
  readonly detail: string;
}

/** Identifies licence texts; loads the SPDX texts only on first use. */
export interface LicenseTextIdentifier {
  identify(text: string): Promise<Identification>;
}

/**
 * Loads the licence corpus as the build writes it (dist/data/license-texts.json, made by
 * `prepareLicenseCorpus`); its format is checked on load.
 */
export type LicenseTextsLoader = () => Promise<unknown>;
