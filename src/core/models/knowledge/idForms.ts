// The ways code names a model, reduced to the keys the knowledge base is indexed by. Every rule here
// removes a documented wrapper (a router prefix, a cloud's region and version, a quantisation suffix);
// none guesses a model from words in its name.
import { providerNamed } from '../providerNames';

/** One name for a provider hint, or the hint lower-cased when it is not a known spelling. */
export function normaliseProvider(provider: string | undefined | null): string | null {
  const key = provider?.trim().toLowerCase();
  return key ? providerNamed(key) ?? key : null;
}

/** `openai:gpt-4o` (LangChain init_chat_model, pydantic-ai) -> ['openai', 'gpt-4o']. */
export function splitProviderColon(id: string): [provider: string, rest: string] | undefined {
  return splitAt(id, id.indexOf(':'));
}

/** The Gemini API's resource names: `models/gemini-1.5-pro`. */
const GEMINI_RESOURCE = 'models/';

/**
 * `openai/gpt-4o`, `bedrock/anthropic.claude…`, `openrouter/meta-llama/…` (LiteLLM, routers) -> ['openai', 'gpt-4o'];
 * `models/gemini-1.5-pro` (the Gemini API's resource name) -> ['google', 'gemini-1.5-pro'].
 */
export function splitProviderSlash(id: string): [provider: string, rest: string] | undefined {
  if (id.startsWith(GEMINI_RESOURCE) && id.length > GEMINI_RESOURCE.length) return ['google', id.slice(GEMINI_RESOURCE.length)];
  return splitAt(id, id.indexOf('/'));
}

/** Splits at `at` when what comes before names a provider and something follows. */
function splitAt(id: string, at: number): [provider: string, rest: string] | undefined {
  if (at <= 0 || at === id.length - 1) return undefined;
  const provider = providerNamed(id.slice(0, at));
  return provider ? [provider, id.slice(at + 1)] : undefined;
}

/** `@cf/meta/llama-3.1-8b-instruct` (Cloudflare Workers AI) -> `meta/llama-3.1-8b-instruct`. */
export function stripCloudflareCatalog(id: string): string | undefined {
  return /^@(?:cf|hf)\//.test(id) ? id.slice(4) : undefined;
}

/** `ft:gpt-4o-mini-2024-07-18:org::id` (an OpenAI fine-tune) -> the base model id. */
export function openAiFineTuneBase(id: string): string | undefined {
  const m = /^ft:([^:]+):/.exec(id);
  return m?.[1];
}

const BEDROCK_REGION = /^(?:us|eu|apac|ap|jp|au|ca|us-gov|global)\./;
const BEDROCK_VENDOR = /^(?:anthropic|meta|amazon|cohere|mistral|ai21|deepseek|openai|qwen|writer|stability|moonshot|moonshotai|minimax|nvidia|zai|google|twelvelabs|luma|xai)\./;
const VERTEX_VERSION = /@[\w.-]+$/;

/** `us.anthropic.claude-…` -> `anthropic.claude-…`: Bedrock's cross-region inference prefix. */
export function stripCloudRegion(id: string): string {
  return id.replace(BEDROCK_REGION, '');
}

/**
 * Strips cloud catalogue wrappers: Bedrock's region and vendor (`us.anthropic.claude-…-v1:0` ->
 * `claude-…-v1:0`, whose version suffix prefix rules then pass over) and Vertex AI's `@20240620`.
 */
export function stripCloudWrapping(id: string): string {
  return id.replace(BEDROCK_REGION, '').replace(BEDROCK_VENDOR, '').replace(VERTEX_VERSION, '');
}

/** `library/llama3.2:3b`, `registry.ollama.ai/library/llama3.2` -> `llama3.2:3b`, `llama3.2`. */
export function stripOllamaRegistry(id: string): string {
  return id.replace(/^(?:registry\.ollama\.ai\/)?library\//, '');
}

/** Keys an Ollama reference may be listed under, most specific first: name:tag, name:size, name. */
export function ollamaKeys(id: string): string[] {
  const [name, tag] = id.split(':', 2);
  if (!name || name.includes('/')) return [];
  if (!tag) return [name];
  const size = tag.split('-')[0];
  return [...new Set([`${name}:${tag}`, `${name}:${size}`, name])];
}

/** `hf.co/bartowski/X-GGUF:Q4_K_M` (Ollama pulling from Hugging Face), `https://huggingface.co/org/x` -> `org/x`. */
export function huggingFaceRepository(id: string): string | undefined {
  const m = /^(?:https?:\/\/)?(?:hf\.co|huggingface\.co)\/([^/:\s]+\/[^/:\s]+)/.exec(id);
  return m?.[1];
}

const QUANTISATION = /[-._](?:i?q\d(?:_[a-z0-9]+)*|f16|f32|bf16|fp16|fp32|fp8|int4|int8|\d+bit|gguf|ggml)$/i;
const SHARD = /-\d{5}-of-\d{5}$/i;

/** `models/Meta-Llama-3.1-8B-Instruct-Q4_K_M-00001-of-00002.gguf` -> `meta-llama-3.1-8b-instruct`. */
export function ggufReleaseName(path: string): string | undefined {
  const file = path.split(/[\\/]/).pop() ?? '';
  if (!file.toLowerCase().endsWith('.gguf')) return undefined;
  let name = file.slice(0, -'.gguf'.length).replace(SHARD, '');
  for (let previous = ''; previous !== name; ) [previous, name] = [name, name.replace(QUANTISATION, '')];
  return name || undefined;
}

/** Suffixes re-uploads add to a release's name: formats, quantisations, converters. */
const REPACKAGING = /[-._](?:gguf|ggml|awq|gptq(?:-int[48])?|exl2|mlx|onnx|openvino|bnb-4bit|unsloth-bnb-4bit|\d+bit|fp8|fp16|bf16|int4|int8|hf)$/i;

/** `bartowski/Meta-Llama-3.1-8B-Instruct-GGUF` -> `meta-llama-3.1-8b-instruct`; null when not `org/name`. */
export function repackagedReleaseName(id: string): string | undefined {
  const parts = id.split('/');
  if (parts.length !== 2 || !parts[1]) return undefined;
  let name = parts[1];
  for (let previous = ''; previous !== name; ) [previous, name] = [name, name.replace(REPACKAGING, '')];
  return name || undefined;
}
