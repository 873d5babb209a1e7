// The engine's vocabulary: plain data shared by every part of Openness.
// Nothing here (or anywhere under src/core) may import `vscode`.

/** The four words Openness uses everywhere, for packages and models alike. */
export type Verdict = 'open' | 'restricted' | 'closed' | 'unknown';

/** From most to least open; the order `OR` and `AND` in licence expressions rely on. */
export const VERDICTS: readonly Verdict[] = ['open', 'restricted', 'closed', 'unknown'];

/** 0-based, like VS Code and LSP. `character` counts UTF-16 code units. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface SourceRange {
  readonly start: Position;
  readonly end: Position;
}

/** Where a fact came from, so every verdict can be explained ("which file said what"). */
export type EvidenceSource =
  | 'manifest'          // the dependency's own declaration in the project (e.g. a licence in composer.json)
  | 'lockfile'          // a lockfile entry (package-lock.json, poetry.lock, composer.lock, …)
  | 'package-metadata'  // the installed package's metadata (node_modules/x/package.json, METADATA, Cargo.toml, .nuspec, …)
  | 'license-file'      // a LICENSE/COPYING text identified against SPDX texts
  | 'knowledge-base'    // Openness's curated data (models, licences)
  | 'model-card'        // a Hugging Face model card's front matter
  | 'model-file'        // a local model file (GGUF header, Ollama manifest)
  | 'online';           // an online source the user enabled

export interface Evidence {
  readonly source: EvidenceSource;
  /** Relative to the scanned folder with forward slashes; `~/…` for package caches outside it. */
  readonly file?: string;
  /** What that source said, in a few words: `license: "MIT"`, `MIT text (100% match)`. */
  readonly detail?: string;
}

/** Categories of licences, from the most to the least free. */
export type LicenseCategory =
  | 'public-domain'
  | 'permissive'
  | 'weak-copyleft'
  | 'strong-copyleft'
  | 'network-copyleft'
  | 'source-available'   // BUSL, SSPL, Elastic, Commons Clause, PolyForm, FSL …
  | 'non-commercial'     // CC-BY-NC-*, PolyForm-Noncommercial …
  | 'field-of-use'       // licences with use restrictions: OpenRAIL, Llama, Gemma …
  | 'proprietary'        // UNLICENSED, all rights reserved, commercial
  | 'unknown';

/** One licence id of an expression, explained. */
export interface LicenseFacts {
  readonly id: string;                 // SPDX id or LicenseRef-…
  readonly name: string;
  readonly category: LicenseCategory;
  readonly osiApproved: boolean;
  readonly fsfLibre: boolean;
  readonly url?: string;
}

/** A licence expression judged: what it is and why it gets its verdict. */
export interface LicenseAssessment {
  readonly expression: string | null;
  readonly verdict: Verdict;
  /** Facts about every licence the expression names, in order of appearance. */
  readonly licenses: readonly LicenseFacts[];
  /** Why, in one clause: `source-available (BUSL-1.1), not an open-source licence`. */
  readonly reason: string;
}

export type EcosystemId = 'npm' | 'pypi' | 'cargo' | 'go' | 'maven' | 'nuget' | 'composer' | 'rubygems';

/** How a package is depended on. */
export type DependencyScope = 'runtime' | 'dev' | 'optional' | 'peer' | 'build' | 'test';

/** A package used by the project, with its licence verdict. */
export interface PackageFinding {
  readonly kind: 'package';
  readonly ecosystem: EcosystemId;
  readonly name: string;
  /** Installed or locked version when known, else the requirement as written, else null. */
  readonly version: string | null;
  readonly file: string;
  readonly range: SourceRange;
  readonly scope: DependencyScope;
  /** Declared by the project itself (false: only reached through a lockfile or installed tree). */
  readonly direct: boolean;
  readonly license: string | null;
  readonly verdict: Verdict;
  readonly assessment: LicenseAssessment;
  readonly evidence: readonly Evidence[];
  /** Set when the package is a client whose only purpose is a closed service. */
  readonly service?: ServiceBinding;
}

/** An SDK bound to a (usually closed) service, and what the project calls through it. */
export interface ServiceBinding {
  readonly service: string;            // "OpenAI API"
  readonly provider: string;           // "openai"
  /** Each call, and the self-hosted server (baseURL, Ollama, vLLM) it goes to instead of the service, if any. */
  readonly models: readonly { readonly name: string; readonly file: string; readonly line: number; readonly verdict: Verdict; readonly selfHosted?: string }[];
  /** Set when every call through the client goes to a self-hosted server: the package is then not bound to the service. */
  readonly selfHosted?: string;
}

/** Openness of one dimension of a model release. */
export type Availability = 'open' | 'partial' | 'closed' | 'unknown';

export type MofClass = 'I' | 'II' | 'III' | null;

export interface ModelOpenness {
  readonly weights: 'open' | 'gated' | 'none' | 'unknown';
  readonly code: Availability;
  readonly data: Availability;
  readonly license: Availability;
  readonly documentation: Availability;
  /** Meets OSI's Open Source AI Definition 1.0 (null: not enough information). */
  readonly osaid: boolean | null;
  readonly mofClass: MofClass;
}

/** A place in a notebook cell: the cell's index (0-based, as VS Code numbers cells) and a range in its source. */
export interface CellLocation {
  readonly index: number;
  readonly range: SourceRange;
}

/** An AI model the project uses, with its openness verdict. */
export interface ModelFinding {
  readonly kind: 'model';
  /** Where the model comes from: 'huggingface', 'openai', 'anthropic', 'ollama', 'gguf', … */
  readonly ecosystem: string;
  /** The model id as written. */
  readonly name: string;
  readonly version: string | null;
  readonly file: string;
  readonly range: SourceRange;
  readonly license: string | null;
  readonly verdict: Verdict;
  readonly evidence: readonly Evidence[];
  /** Why the verdict, in one clause. */
  readonly reason: string;
  /** The knowledge-base entry matched, if any. */
  readonly model?: KnownModelSummary;
  /** The API or call it was found in: `openai chat.completions.create`. */
  readonly via?: string;
  /** In a notebook, where the reference is in its cell (what the notebook editor shows). */
  readonly cell?: CellLocation;
  /** The SDK package the call goes through (`openai`, `@anthropic-ai/sdk` …). */
  readonly clientPackage?: string;
  /** Set when that client is pointed at a local or self-hosted server. */
  readonly selfHosted?: string;
}

export interface KnownModelSummary {
  readonly id: string;
  readonly name: string;
  readonly producer: string;
  readonly capability: string;
  readonly openness: ModelOpenness;
  readonly reason: string;
  readonly alternatives: readonly string[];
  readonly sources: readonly string[];
}

export type Finding = PackageFinding | ModelFinding;

/** A problem reading one file. Never fatal: other files keep their results. */
export interface ScanError {
  readonly file: string;
  readonly range: SourceRange | null;
  readonly message: string;
}

export type VerdictCounts = { readonly [V in Verdict]: number };

export interface ScanResult {
  readonly root: string;
  readonly findings: readonly Finding[];
  readonly errors: readonly ScanError[];
}
