// How SDKs, routers and configuration files spell AI providers, each mapped to one provider name: the
// prefix of a model id (LiteLLM's `together_ai/…`, LangChain's `google_genai:…`, promptfoo's `hf:…`),
// a provider option (`modelProvider: 'groq'`), or the first word of a key (`GEMINI_MODEL`). The
// detectors name providers with it, and the knowledge base reads provider hints and id prefixes with it.

const PROVIDER_NAMES: ReadonlyMap<string, string> = new Map([
  ['openai', 'openai'], ['text-completion-openai', 'openai'],
  ['azure', 'azure'], ['azure_openai', 'azure'], ['azure-openai', 'azure'], ['azure_ai', 'azure'], ['azureopenai', 'azure'],
  ['anthropic', 'anthropic'], ['claude', 'anthropic'],
  ['google', 'google'], ['gemini', 'google'], ['google_genai', 'google'], ['google-genai', 'google'], ['google-gla', 'google'],
  ['google_vertexai', 'google'], ['google-vertexai', 'google'], ['google-vertex', 'google'], ['google_anthropic_vertex', 'google'],
  ['vertex', 'google'], ['vertexai', 'google'], ['vertex_ai', 'google'], ['vertex_ai_beta', 'google'],
  ['bedrock', 'bedrock'], ['bedrock_converse', 'bedrock'], ['amazon-bedrock', 'bedrock'], ['aws', 'bedrock'],
  // Amazon's own models (Nova, Titan), as the knowledge base names their provider.
  ['amazon', 'amazon'],
  ['cohere', 'cohere'], ['cohere_chat', 'cohere'],
  ['mistral', 'mistral'], ['mistralai', 'mistral'], ['codestral', 'mistral'],
  ['huggingface', 'huggingface'], ['hf', 'huggingface'], ['hugging-face', 'huggingface'],
  ['groq', 'groq'],
  ['ollama', 'ollama'], ['ollama_chat', 'ollama'],
  ['together', 'together'], ['together_ai', 'together'], ['togetherai', 'together'], ['togethercomputer', 'together'],
  ['fireworks', 'fireworks'], ['fireworks_ai', 'fireworks'],
  ['deepseek', 'deepseek'],
  ['xai', 'xai'], ['x-ai', 'xai'],
  ['perplexity', 'perplexity'],
  ['openrouter', 'openrouter'],
  ['vllm', 'vllm'], ['hosted_vllm', 'vllm'],
  ['lmstudio', 'lmstudio'], ['lm_studio', 'lmstudio'],
  ['llamafile', 'llamafile'],
  ['nvidia', 'nvidia'], ['nvidia_nim', 'nvidia'],
  ['replicate', 'replicate'],
  ['watsonx', 'ibm'], ['ibm', 'ibm'],
  ['cerebras', 'cerebras'],
  ['deepinfra', 'deepinfra'],
  ['sambanova', 'sambanova'],
  ['databricks', 'databricks'],
  ['cloudflare', 'cloudflare'],
  ['github', 'github'],
  ['voyage', 'voyage'],
  ['jina_ai', 'jina'],
  ['ai21', 'ai21'],
  ['nebius', 'nebius'], ['novita', 'novita'], ['hyperbolic', 'hyperbolic'], ['anyscale', 'anyscale'],
  ['friendliai', 'friendli'], ['featherless_ai', 'featherless'], ['lambda_ai', 'lambda'], ['sagemaker', 'sagemaker'],
  ['dashscope', 'alibaba'],
  ['moonshot', 'moonshot'], ['moonshotai', 'moonshot'],
  ['elevenlabs', 'elevenlabs'], ['deepgram', 'deepgram'],
]);

/** The provider a spelling names (any case): `together_ai` → together, `google-vertex` → google. */
export function providerNamed(name: string): string | undefined {
  return PROVIDER_NAMES.get(name.toLowerCase());
}
