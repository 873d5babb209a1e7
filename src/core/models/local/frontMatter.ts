// The YAML front matter of a Hugging Face model card (README.md): the licence and lineage fields.
import { parseDocument } from 'yaml';

export interface ModelCardFacts {
  /** The card's `license` id (`apache-2.0`, `llama3.1`, `other`). */
  readonly license?: string;
  /** Set with `license: other`: the licence's own id and where its text is. */
  readonly licenseName?: string;
  readonly licenseLink?: string;
  readonly baseModel?: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** The card's facts; undefined when it has no front matter, or the front matter is not YAML. */
export function modelCardFacts(readme: string): ModelCardFacts | undefined {
  const block = FENCE.exec(readme);
  if (!block) return undefined;
  const document = parseDocument(block[1], { prettyErrors: false });
  if (document.errors.length) return undefined;
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  if (!data || typeof data !== 'object') return undefined;
  const fields = data as Record<string, unknown>;
  const tags = Array.isArray(fields.tags) ? fields.tags.filter((t): t is string => typeof t === 'string') : [];
  // Cards without a `license` field sometimes carry it as a `license:<id>` tag, as the Hub lists it.
  const license = text(fields.license) ?? tags.find((t) => t.startsWith('license:'))?.slice('license:'.length);
  return {
    license,
    licenseName: text(fields.license_name),
    licenseLink: text(fields.license_link),
    baseModel: text(Array.isArray(fields.base_model) ? fields.base_model[0] : fields.base_model),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
