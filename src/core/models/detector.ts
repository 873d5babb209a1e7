// The contract every model detector implements (one folder each under src/core/models/detectors/,
// listed in detectors/registry.ts).
import type { ParseProblem, SourceFile } from '../ecosystems/ecosystem';
import type { CellLocation, SourceRange } from '../types';

/** A place where the project names an AI model. */
export interface ModelReference {
  /** The model id exactly as written (without quotes): `gpt-4o`, `meta-llama/Llama-3.1-8B`. */
  readonly id: string;
  /** The exact range of the model string in the file's text (for a notebook, in the .ipynb JSON). */
  readonly range: SourceRange;
  /** Who serves it, when the call site says: 'openai', 'anthropic', 'google', 'huggingface', 'ollama' … */
  readonly provider?: string;
  /** The API or construct it was found in, for the hover: `openai chat.completions.create`. */
  readonly via: string;
  /** The SDK package the call goes through (`openai`, `@anthropic-ai/sdk` …), for service-bound packages. */
  readonly clientPackage?: string;
  /** Set when the client is pointed at a local or self-hosted server (`http://localhost:11434/v1`). */
  readonly selfHosted?: string;
  /** In a notebook: the cell (0-based, as VS Code numbers cells) and the range within its source. */
  readonly cell?: CellLocation;
  /** Extra facts a local file states about the model (GGUF `general.license`, …). */
  readonly localEvidence?: { readonly license?: string; readonly name?: string; readonly baseModel?: string; readonly detail: string };
}

export interface ModelDetection {
  readonly references: readonly ModelReference[];
  readonly problems: readonly ParseProblem[];
}

export interface TextModelDetector {
  readonly kind: 'text';
  readonly id: string;
  /** Whether the detector reads this file, from its path alone. */
  accepts(path: string): boolean;
  /** Pure and synchronous. Never throws on bad input. */
  detect(file: SourceFile): ModelDetection;
}

/** Reads only the first bytes of a (possibly huge) binary file, such as a GGUF header. */
export interface HeaderModelDetector {
  readonly kind: 'header';
  readonly id: string;
  accepts(path: string): boolean;
  readonly headerBytes: number;
  detect(path: string, header: Uint8Array): ModelDetection;
}

export type ModelDetector = TextModelDetector | HeaderModelDetector;
