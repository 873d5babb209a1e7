// Contract of the model knowledge base: the compiled data (dist/data/models.json, written by
// scripts/data/models.mjs from data/**/*.yaml) and the index the engine matches model ids against.
import type { MofClass, ModelOpenness, Verdict } from '../../types';

export const CAPABILITIES = ['chat', 'code', 'embeddings', 'speech', 'image', 'vision', 'classification', 'multimodal', 'other'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** A verdict the knowledge base can give: a known model is never `unknown`. */
export type KnownVerdict = Exclude<Verdict, 'unknown'>;

/** European Open Source AI Index grades of a family (its latest, largest model). */
export interface EosaiGrades {
  readonly file: string;
  readonly name: string;
  readonly grades: Readonly<Record<EosaiDimension, 'open' | 'partial' | 'closed' | null>>;
}
export const EOSAI_DIMENSIONS = ['baseData', 'endData', 'baseWeights', 'endWeights', 'trainingCode', 'codeDocumentation',
  'architecture', 'preprint', 'paper', 'modelCard', 'datasheet', 'license'] as const;
export type EosaiDimension = (typeof EOSAI_DIMENSIONS)[number];

/** One Model Openness Framework record and the class computed from its components. */
export interface MofRelease {
  readonly record: string;
  readonly name: string;
  readonly huggingface: string | null;
  readonly mofClass: MofClass;
  /** Component -> effective licence (`null`: included without a licence); only components the record lists. */
  readonly components: Readonly<Record<string, string | null>>;
}

/** The producer's Foundation Model Transparency Index score (for its flagship model, not this one). */
export interface FmtiScore {
  readonly developer: string;
  readonly edition: string;
  readonly score: number;
  readonly of: number;
}

/** Lower-cased keys a model is recognised by (see match.ts for how ids are reduced to keys). */
export interface MatchKeys {
  /** Exact Hugging Face ids, and legacy bare ones such as `gpt2`. */
  readonly huggingface: readonly string[];
  /** Exact API ids. */
  readonly api: readonly string[];
  /** API id prefixes of a documented naming scheme (`claude-3-5-sonnet` matches `claude-3-5-sonnet-20241022`). */
  readonly prefixes: readonly string[];
  /** Ollama library names, optionally with a tag (`qwen2.5`, `qwen2.5:72b`). */
  readonly ollama: readonly string[];
  /** Release names used by GGUF files and re-uploads (`meta-llama-3.1-8b-instruct`). */
  readonly names: readonly string[];
}

/** One model family or release, as compiled. */
export interface KnownModel {
  readonly id: string;
  readonly name: string;
  /** How code refers to it, as its producer spells it (`allenai/OLMo-2-1124-7B`, `gpt-4o`), when it has an id. */
  readonly usage: string | null;
  readonly producer: string;
  readonly capability: Capability;
  /** The first-party API that serves it, when it has one (`openai`, `anthropic` …). */
  readonly provider: string | null;
  /** SPDX id or `LicenseRef-<id>` of the weights; null when none is declared (or there are no weights). */
  readonly license: string | null;
  /** The licence's name and, when it restricts use, how (for hovers and reasons). */
  readonly licenseName: string | null;
  readonly verdict: KnownVerdict;
  readonly openness: ModelOpenness;
  /** Why the verdict, in one clause. */
  readonly reason: string;
  readonly note: string | null;
  readonly eosai: EosaiGrades | null;
  readonly mof: readonly MofRelease[];
  readonly fmti: FmtiScore | null;
  readonly links: readonly string[];
  /** Where the facts come from: URLs, `eosai:<file>`, `mof:<file>`. */
  readonly sources: readonly string[];
  /** True for entries generated from an EOSAI or MOF record that no curated entry covers. */
  readonly derived: boolean;
  readonly match: MatchKeys;
}

/** dist/data/models.json */
export interface CompiledKnowledge {
  readonly version: typeof KNOWLEDGE_FORMAT;
  readonly models: readonly KnownModel[];
  /** Open alternatives per capability (entry ids), best first. */
  readonly alternatives: Readonly<Partial<Record<Capability, readonly string[]>>>;
}
export const KNOWLEDGE_FORMAT = 1;

/** How an id was recognised. */
export type MatchForm =
  | 'huggingface'   // an exact Hugging Face id (or a legacy bare one such as `gpt2`)
  | 'api'           // an exact API id
  | 'api-prefix'    // a dated or versioned API id under a documented prefix
  | 'ollama'        // an Ollama library name or tag
  | 'gguf'          // a GGUF file name
  | 'release-name'; // the name of a known release under another namespace (a re-upload or quantisation)

export interface ModelMatch {
  readonly model: KnownModel;
  readonly form: MatchForm;
  /** The key that matched. */
  readonly key: string;
  /** Who serves it, when the id itself says (`openai/gpt-4o`, `bedrock/…`, `ollama:llama3`). */
  readonly provider: string | null;
}

/** The loaded knowledge base: synchronous, O(1) per id form. */
export interface ModelIndex {
  /** Recognises a model id in any supported form; `provider` (from the call site) breaks ties. */
  match(id: string, provider?: string): ModelMatch | undefined;
  get(entryId: string): KnownModel | undefined;
  /** Open models to suggest instead of a closed or restricted one; empty for open models. */
  alternativesFor(model: KnownModel): readonly KnownModel[];
  readonly models: readonly KnownModel[];
}

/** Loads the compiled data on first use and builds the index once. */
export interface ModelKnowledge {
  load(): Promise<ModelIndex>;
  /** The index once `load()` has resolved, undefined before: whether the data has been loaded yet. */
  readonly ready: ModelIndex | undefined;
}
