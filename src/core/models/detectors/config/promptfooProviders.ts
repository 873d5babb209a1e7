// promptfoo's provider ids carry the model after the provider and an optional API kind:
// `openai:gpt-4o-mini`, `anthropic:messages:claude-3-5-sonnet-20241022`, `ollama:chat:llama3.1:8b`.
import { providerNamed } from '../../providerNames';

/** The model inside a provider id: `id` starts `offset` characters in. */
export interface PrefixedModel {
  readonly provider: string;
  readonly id: string;
  readonly offset: number;
}

/** The API kinds promptfoo writes between provider and model: `openai:chat:gpt-4o`. */
const PROMPTFOO_KINDS = new Set([
  'assistant', 'chat', 'completion', 'embedding', 'embeddings', 'feature-extraction', 'image', 'messages',
  'moderation', 'realtime', 'responses', 'sentence-similarity', 'text-classification', 'text-generation',
  'token-classification',
]);

/** `openai:chat:gpt-4o` → openai, `gpt-4o`; `bedrock:anthropic.claude-3-haiku-20240307-v1:0` keeps its own colon. */
export function splitPromptfooProvider(text: string): PrefixedModel | undefined {
  const first = text.indexOf(':');
  if (first <= 0) return undefined;
  const provider = providerNamed(text.slice(0, first));
  if (!provider) return undefined;
  let offset = first + 1;
  const second = text.indexOf(':', offset);
  if (second > offset && PROMPTFOO_KINDS.has(text.slice(offset, second))) offset = second + 1;
  if (offset >= text.length) return undefined;
  return { provider, id: text.slice(offset), offset };
}
