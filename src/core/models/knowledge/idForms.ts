// The ways code names a model, reduced to the keys the knowledge base is indexed by. Every rule here
// removes a documented wrapper (a router prefix, a cloud's region and version, a quantisation suffix);
// none guesses a model from words in its name.

/** Provider names as SDKs and routers spell them -> one name (`models/…` is the Gemini API's resource name). */
const PROVIDER_ALIASES: Readonly<Record<string, string>> = {
  openai: 'openai', azure: 'azure', azure_openai: 'azure', azure_ai: 'azure', 'azure-openai': 'azure',
  anthropic: 'anthropic', claude: 'anthropic',
  google: 'google', gemini: 'google', models: 'google', google_genai: 'google', 'google-genai': 'google', 'google-gla': 'google',
  vertex_ai: 'google', vertex_ai_beta: 'google', google_vertexai: 'google', 'google-vertex': 'google', vertexai: 'google',
  bedrock: 'bedrock', bedrock_converse: 'bedrock', aws: 'bedrock', 'amazon-bedrock': 'bedrock', amazon: 'amazon',
  mistral: 'mistral', mistralai: 'mistral', cohere: 'cohere', cohere_chat: 'cohere',
  xai: 'xai', 'x-ai': 'xai', groq: 'groq', deepseek: 'deepseek', perplexity: 'perplexity', ai21: 'ai21',
  ollama: 'ollama', ollama_chat: 'ollama', huggingface: 'huggingface', hf: 'huggingface', 'hugging-face': 'huggingface',
  together_ai: 'together', together: 'together', togethercomputer: 'together', fireworks_ai: 'fireworks', fireworks: 'fireworks',
  openrouter: 'openrouter', deepinfra: 'deepinfra', replicate: 'replicate', cerebras: 'cerebras', sambanova: 'sambanova',
  nvidia_nim: 'nvidia', nvidia: 'nvidia', watsonx: 'ibm', ibm: 'ibm', databricks: 'databricks', cloudflare: 'cloudflare',
  voyage: 'voyage', jina_ai: 'jina', hosted_vllm: 'vllm', vllm: 'vllm', lm_studio: 'lmstudio', lmstudio: 'lmstudio',
  llamafile: 'llamafile', github: 'github', nebius: 'nebius', novita: 'novita', hyperbolic: 'hyperbolic',
  dashscope: 'alibaba', moonshot: 'moonshot', moonshotai: 'moonshot', sagemaker: 'sagemaker', anyscale: 'anyscale',
  friendliai: 'friendli', featherless_ai: 'featherless', lambda_ai: 'lambda', elevenlabs: 'elevenlabs', deepgram: 'deepgram',
};

/** One name for a provider hint, or the hint lower-cased when it is not a known alias. */
export function normaliseProvider(provider: string | undefined | null): string | null {
  if (!provider) return null;
  const key = provider.trim().toLowerCase();
  return PROVIDER_ALIASES[key] ?? key;
}

/** `openai:gpt-4o` (LangChain init_chat_model, pydantic-ai) -> ['openai', 'gpt-4o']. */
export function splitProviderColon(id: string): [provider: string, rest: string] | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return undefined;
  const provider = PROVIDER_ALIASES[id.slice(0, colon)];
  return provider ? [provider, id.slice(colon + 1)] : undefined;
}

/** `openai/gpt-4o`, `bedrock/anthropic.claude…`, `openrouter/meta-llama/…` (LiteLLM, routers) -> ['openai', 'gpt-4o']. */
export function splitProviderSlash(id: string): [provider: string, rest: string] | undefined {
  const slash = id.indexOf('/');
  if (slash <= 0 || slash === id.length - 1) return undefined;
  const provider = PROVIDER_ALIASES[id.slice(0, slash)];
  return provider ? [provider, id.slice(slash + 1)] : undefined;
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
