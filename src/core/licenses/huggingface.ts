// Hugging Face model-card `license:` ids → SPDX ids, or `LicenseRef-<hf-id>` for the model licences
// SPDX lacks (llama3, gemma, openrail …), which licenseFacts() classifies.
import mappings from './data/mappings.json';
import { licenseRefFor } from './normalize';

const byHfId: Readonly<Record<string, string>> = (mappings as { readonly huggingface: Readonly<Record<string, string>> }).huggingface;

/** `apache-2.0` → `Apache-2.0`, `llama3.1` → `LicenseRef-llama3.1`; unlisted ids → `LicenseRef-<id>`. */
export function fromHuggingFaceLicense(hfId: string): string {
  const id = hfId.trim().toLowerCase();
  return byHfId[id] ?? licenseRefFor(id);
}
