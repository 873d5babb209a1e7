// What a local model cache says about a model's licence.
import type { Evidence } from '../../types';

export interface LocalModelEvidence {
  /** An SPDX expression or `LicenseRef-…`; null when the local files name no licence Openness can identify. */
  readonly license: string | null;
  readonly evidence: Evidence;
  /** The model this one was made from, when the files say (a fine-tune's `base_model`). */
  readonly baseModel?: string;
}
