// What the Python detector knows about AI libraries: which calls take a model, in which argument, who
// serves it and through which pip package. Data only; the matching is in findModels.ts.

/** Where a call takes its model: keyword arguments and, optionally, a positional index. */
export interface ModelArguments {
  readonly keywords: readonly string[];
  readonly position?: number;
}

/** A function, class or class method that takes a model. */
export interface CallRule {
  /** The module it is imported from; a trailing `*` matches every top-level module with that prefix (`langchain*`). */
  readonly module: string;
  /** The end of its qualified name: `pipeline`, `HuggingFacePipeline.from_model_id`. */
  readonly name: string;
  readonly args: ModelArguments;
  readonly provider?: string;
  /** Model strings may name their provider: `openai/gpt-4o` (LiteLLM) or `openai:gpt-4o` (LangChain, pydantic-ai). */
  readonly prefixed?: '/' | ':';
  /** The keyword that names the provider, LangChain's `model_provider`. */
  readonly providerKeyword?: string;
  /** Keywords holding the server URL. */
  readonly urlKeywords?: readonly string[];
  /** OpenAI-compatible: the server URL, when given, decides the provider. */
  readonly openaiCompatible?: boolean;
  /** The argument is a local file (llama-cpp's `model_path`), not a Hub or API id. */
  readonly paths?: boolean;
  /** A Hub download (`repo_type` other than "model" is a dataset or a Space, not a model). */
  readonly hubRepo?: boolean;
}

/** An SDK client (or module acting as one) whose methods take `model=`. */
export interface ClientKind {
  /** The module its package is imported as. */
  readonly module: string;
  readonly package: string;
  readonly provider: string;
  readonly modelKeywords: readonly string[];
  /** Methods whose first positional argument is the model (`ollama.chat("llama3", …)`); `all` for every method. */
  readonly positionalMethods?: ReadonlySet<string> | 'all';
  readonly urlKeywords: readonly string[];
  readonly openaiCompatible?: boolean;
}

const client = (module: string, pkg: string, provider: string, rest: Partial<ClientKind> = {}): ClientKind => ({
  module,
  package: pkg,
  provider,
  modelKeywords: ['model'],
  urlKeywords: ['base_url'],
  ...rest,
});

const OPENAI = client('openai', 'openai', 'openai', { openaiCompatible: true });
const AZURE_OPENAI = client('openai', 'openai', 'azure', { urlKeywords: ['base_url', 'azure_endpoint'] });
const ANTHROPIC = client('anthropic', 'anthropic', 'anthropic');
const GOOGLE_GENAI = client('google.genai', 'google-genai', 'google', { urlKeywords: [] });
const COHERE = client('cohere', 'cohere', 'cohere');
const MISTRAL = client('mistralai', 'mistralai', 'mistral', { urlKeywords: ['server_url'] });
const HF_INFERENCE = client('huggingface_hub', 'huggingface-hub', 'huggingface', { urlKeywords: ['base_url', 'model'] });
const OLLAMA = client('ollama', 'ollama', 'ollama', {
  positionalMethods: new Set(['chat', 'generate', 'embed', 'embeddings', 'pull', 'push', 'show', 'create', 'delete']),
  urlKeywords: ['host'],
});
const GROQ = client('groq', 'groq', 'groq');
const TOGETHER = client('together', 'together', 'together');
export const BEDROCK_RUNTIME = client('boto3', 'boto3', 'bedrock', { modelKeywords: ['modelId'], urlKeywords: ['endpoint_url'] });
const DIFFUSERS_LOADER = client('diffusers', 'diffusers', 'huggingface', {
  modelKeywords: ['pretrained_model_name_or_path_or_dict', 'pretrained_model_name_or_path'],
  positionalMethods: 'all',
  urlKeywords: [],
});

/** Constructors of SDK clients, as `module` + class names. */
export const CLIENT_CONSTRUCTORS: readonly { readonly module: string; readonly names: readonly string[]; readonly kind: ClientKind }[] = [
  { module: 'openai', names: ['OpenAI', 'AsyncOpenAI'], kind: OPENAI },
  { module: 'openai', names: ['AzureOpenAI', 'AsyncAzureOpenAI'], kind: AZURE_OPENAI },
  { module: 'anthropic', names: ['Anthropic', 'AsyncAnthropic'], kind: ANTHROPIC },
  { module: 'anthropic', names: ['AnthropicBedrock', 'AsyncAnthropicBedrock'], kind: { ...ANTHROPIC, provider: 'bedrock' } },
  { module: 'anthropic', names: ['AnthropicVertex', 'AsyncAnthropicVertex'], kind: { ...ANTHROPIC, provider: 'google' } },
  { module: 'google.genai', names: ['Client'], kind: GOOGLE_GENAI },
  { module: 'cohere', names: ['Client', 'ClientV2', 'AsyncClient', 'AsyncClientV2'], kind: COHERE },
  { module: 'mistralai', names: ['Mistral', 'MistralClient', 'MistralAsyncClient'], kind: MISTRAL },
  { module: 'huggingface_hub', names: ['InferenceClient', 'AsyncInferenceClient'], kind: HF_INFERENCE },
  { module: 'ollama', names: ['Client', 'AsyncClient'], kind: OLLAMA },
  { module: 'groq', names: ['Groq', 'AsyncGroq'], kind: GROQ },
  { module: 'together', names: ['Together', 'AsyncTogether'], kind: TOGETHER },
];

/** Modules that are clients themselves: `openai.chat.completions.create(…)`, `ollama.chat(…)`. */
export const MODULE_CLIENTS: ReadonlyMap<string, ClientKind> = new Map([
  ['openai', OPENAI],
  ['ollama', OLLAMA],
]);

/**
 * Methods recognised on a receiver that is not visibly an SDK client (a parameter, `self.llm`, what a
 * helper returns): the first kind whose module the file imports. `anyImport`: also without such an
 * import, then without provider. `generic`: names common enough (`chat`, `embed`) that a receiver the
 * file shows to be something else (an instance of its own class, of another library's) is not one.
 */
export const METHOD_FAMILIES: readonly {
  readonly tails: readonly string[];
  readonly kinds: readonly ClientKind[];
  readonly anyImport?: boolean;
  readonly generic?: boolean;
}[] = [
  {
    tails: [
      'chat.completions.create', 'chat.completions.parse', 'chat.completions.stream', 'responses.create', 'responses.parse',
      'responses.stream', 'embeddings.create', 'images.generate', 'images.edit', 'audio.transcriptions.create',
      'audio.translations.create', 'audio.speech.create', 'moderations.create', 'completions.create', 'fine_tuning.jobs.create',
      'assistants.create',
    ],
    kinds: [OPENAI, GROQ, TOGETHER, HF_INFERENCE],
    anyImport: true,
  },
  { tails: ['messages.create', 'messages.stream', 'messages.parse', 'messages.count_tokens'], kinds: [ANTHROPIC] },
  {
    tails: [
      'models.generate_content', 'models.generate_content_stream', 'models.embed_content', 'models.generate_images',
      'models.generate_videos', 'models.count_tokens', 'chats.create',
    ],
    kinds: [GOOGLE_GENAI],
  },
  { tails: ['chat.complete', 'chat.stream', 'chat.complete_async', 'chat.stream_async', 'fim.complete'], kinds: [MISTRAL] },
  { tails: ['chat', 'chat_stream', 'embed', 'rerank', 'generate', 'classify'], kinds: [COHERE], generic: true },
  { tails: ['chat', 'generate', 'embed', 'embeddings', 'pull', 'push', 'show', 'create'], kinds: [OLLAMA], generic: true },
  {
    tails: [
      'text_generation', 'chat_completion', 'feature_extraction', 'text_to_image', 'sentence_similarity', 'summarization',
      'translation', 'automatic_speech_recognition', 'image_to_text', 'text_classification', 'zero_shot_classification',
      'token_classification', 'question_answering', 'fill_mask', 'image_classification', 'object_detection', 'text_to_speech',
      'text_to_video', 'image_to_image',
    ],
    kinds: [HF_INFERENCE],
  },
  { tails: ['invoke_model', 'invoke_model_with_response_stream', 'converse', 'converse_stream'], kinds: [BEDROCK_RUNTIME] },
  { tails: ['load_lora_weights', 'load_textual_inversion'], kinds: [DIFFUSERS_LOADER] },
];

/** Any `X.from_pretrained(…)` not matched by a rule below: a Hugging Face Hub id. */
export const FROM_PRETRAINED: ModelArguments = { keywords: ['pretrained_model_name_or_path', 'model_name'], position: 0 };
/** Packages whose `from_pretrained` an unimported receiver most likely belongs to, in order. */
export const FROM_PRETRAINED_MODULES = ['transformers', 'diffusers', 'sentence_transformers', 'peft'];

const MODEL = ['model'];
const MODEL_OR_NAME = ['model', 'model_name'];
const MODEL_NAME = ['model_name'];
const MODEL_ID = ['model_id'];

type RuleOptions = Omit<CallRule, 'module' | 'name' | 'args'>;
const rules = (module: string, names: readonly string[], args: ModelArguments, options: RuleOptions = {}): CallRule[] =>
  names.map((name) => ({ module, name, args, ...options }));

const LITELLM = { provider: 'litellm', prefixed: '/' } as const;

export const CALL_RULES: readonly CallRule[] = [
  // Hugging Face libraries
  ...rules('transformers', ['pipeline'], { keywords: ['model', 'tokenizer'], position: 1 }, { provider: 'huggingface' }),
  ...rules('sentence_transformers', ['SentenceTransformer', 'SparseEncoder'], { keywords: ['model_name_or_path'], position: 0 }, { provider: 'huggingface' }),
  ...rules('sentence_transformers', ['CrossEncoder'], { keywords: ['model_name_or_path', 'model_name'], position: 0 }, { provider: 'huggingface' }),
  ...rules('huggingface_hub', ['hf_hub_download', 'snapshot_download'], { keywords: ['repo_id'], position: 0 }, { provider: 'huggingface', hubRepo: true }),
  ...rules('huggingface_hub', ['InferenceClient', 'AsyncInferenceClient'], { keywords: MODEL, position: 0 }, { provider: 'huggingface', urlKeywords: ['base_url', 'model'] }),
  ...rules('peft', ['PeftModel', 'PeftModelForCausalLM', 'PeftModelForSeq2SeqLM', 'PeftModelForSequenceClassification', 'PeftModelForTokenClassification']
    .map((c) => `${c}.from_pretrained`), { keywords: MODEL_ID, position: 1 }, { provider: 'huggingface' }),
  ...rules('mlx_lm', ['load'], { keywords: ['path_or_hf_repo'], position: 0 }, { provider: 'huggingface' }),
  // Local inference engines
  ...rules('vllm', ['LLM'], { keywords: ['model', 'tokenizer'], position: 0 }, { provider: 'vllm' }),
  ...rules('vllm', ['EngineArgs', 'AsyncEngineArgs'], { keywords: MODEL }, { provider: 'vllm' }),
  ...rules('llama_cpp', ['Llama'], { keywords: ['model_path'], position: 0 }, { provider: 'llama-cpp', paths: true }),
  ...rules('llama_cpp', ['Llama.from_pretrained'], { keywords: ['repo_id'], position: 0 }, { provider: 'llama-cpp' }),
  // Google
  ...rules('google.generativeai', ['GenerativeModel'], { keywords: MODEL_NAME, position: 0 }, { provider: 'google' }),
  ...rules('google.generativeai', ['embed_content'], { keywords: MODEL }, { provider: 'google' }),
  ...rules('google.generativeai', ['get_model'], { keywords: ['name'], position: 0 }, { provider: 'google' }),
  ...rules('vertexai', ['GenerativeModel'], { keywords: MODEL_NAME, position: 0 }, { provider: 'google' }),
  ...rules('vertexai', ['TextEmbeddingModel', 'TextGenerationModel', 'ChatModel', 'CodeChatModel', 'CodeGenerationModel', 'ImageGenerationModel', 'MultiModalEmbeddingModel']
    .map((c) => `${c}.from_pretrained`), { keywords: MODEL_NAME, position: 0 }, { provider: 'google' }),
  // LiteLLM and libraries that route through it
  ...rules('litellm', ['completion', 'acompletion', 'embedding', 'aembedding', 'image_generation', 'aimage_generation', 'transcription',
    'atranscription', 'speech', 'aspeech', 'text_completion', 'atext_completion', 'responses', 'aresponses', 'rerank', 'arerank'],
  { keywords: MODEL, position: 0 }, { ...LITELLM, urlKeywords: ['api_base', 'base_url'] }),
  ...rules('crewai', ['LLM'], { keywords: MODEL, position: 0 }, { ...LITELLM, urlKeywords: ['base_url', 'api_base'] }),
  ...rules('dspy', ['LM'], { keywords: MODEL, position: 0 }, { ...LITELLM, urlKeywords: ['api_base', 'base_url'] }),
  // LangChain (langchain, langchain_community, langchain_openai …)
  ...rules('langchain*', ['ChatOpenAI', 'OpenAI', 'OpenAIEmbeddings'], { keywords: MODEL_OR_NAME }, { provider: 'openai', urlKeywords: ['base_url', 'openai_api_base'], openaiCompatible: true }),
  ...rules('langchain*', ['AzureChatOpenAI', 'AzureOpenAI', 'AzureOpenAIEmbeddings'], { keywords: MODEL_OR_NAME }, { provider: 'azure' }),
  ...rules('langchain*', ['ChatAnthropic', 'AnthropicLLM'], { keywords: MODEL_OR_NAME }, { provider: 'anthropic', urlKeywords: ['base_url', 'anthropic_api_url'] }),
  ...rules('langchain*', ['ChatOllama', 'OllamaLLM', 'Ollama', 'OllamaEmbeddings'], { keywords: MODEL }, { provider: 'ollama', urlKeywords: ['base_url'] }),
  ...rules('langchain*', ['ChatGoogleGenerativeAI', 'GoogleGenerativeAI', 'GoogleGenerativeAIEmbeddings', 'ChatVertexAI', 'VertexAI', 'VertexAIEmbeddings', 'ChatAnthropicVertex'],
    { keywords: MODEL_OR_NAME }, { provider: 'google' }),
  ...rules('langchain*', ['ChatMistralAI', 'MistralAIEmbeddings'], { keywords: MODEL_OR_NAME }, { provider: 'mistral' }),
  ...rules('langchain*', ['ChatCohere', 'CohereEmbeddings', 'CohereRerank'], { keywords: MODEL }, { provider: 'cohere' }),
  ...rules('langchain*', ['ChatGroq'], { keywords: MODEL_OR_NAME }, { provider: 'groq' }),
  ...rules('langchain*', ['ChatBedrock', 'ChatBedrockConverse', 'BedrockLLM', 'Bedrock', 'BedrockEmbeddings'], { keywords: ['model_id', 'model'] }, { provider: 'bedrock' }),
  ...rules('langchain*', ['HuggingFaceEndpoint'], { keywords: ['repo_id', 'model'] }, { provider: 'huggingface', urlKeywords: ['endpoint_url'] }),
  ...rules('langchain*', ['HuggingFaceEmbeddings', 'HuggingFaceBgeEmbeddings', 'HuggingFaceInferenceAPIEmbeddings'], { keywords: ['model_name', 'model'] }, { provider: 'huggingface' }),
  ...rules('langchain*', ['HuggingFaceEndpointEmbeddings', 'HuggingFaceHubEmbeddings', 'HuggingFaceHub'], { keywords: ['repo_id', 'model'] }, { provider: 'huggingface' }),
  ...rules('langchain*', ['HuggingFacePipeline.from_model_id'], { keywords: MODEL_ID, position: 0 }, { provider: 'huggingface' }),
  ...rules('langchain*', ['ChatTogether', 'TogetherEmbeddings'], { keywords: MODEL_OR_NAME }, { provider: 'together' }),
  ...rules('langchain*', ['ChatFireworks'], { keywords: MODEL_OR_NAME }, { provider: 'fireworks' }),
  ...rules('langchain*', ['ChatDeepSeek'], { keywords: MODEL_OR_NAME }, { provider: 'deepseek' }),
  ...rules('langchain*', ['ChatXAI'], { keywords: MODEL_OR_NAME }, { provider: 'xai' }),
  ...rules('langchain*', ['ChatNVIDIA', 'NVIDIAEmbeddings'], { keywords: MODEL }, { provider: 'nvidia' }),
  ...rules('langchain*', ['ChatPerplexity'], { keywords: MODEL }, { provider: 'perplexity' }),
  ...rules('langchain*', ['ChatLiteLLM'], { keywords: MODEL_OR_NAME }, { ...LITELLM, urlKeywords: ['api_base'] }),
  ...rules('langchain*', ['init_chat_model'], { keywords: MODEL, position: 0 }, { prefixed: ':', providerKeyword: 'model_provider' }),
  ...rules('langchain*', ['init_embeddings'], { keywords: MODEL, position: 0 }, { prefixed: ':', providerKeyword: 'provider' }),
  // LlamaIndex (llama_index.llms.openai, llama_index.embeddings.huggingface …)
  ...rules('llama_index*', ['OpenAI'], { keywords: MODEL }, { provider: 'openai', urlKeywords: ['api_base'], openaiCompatible: true }),
  ...rules('llama_index*', ['OpenAIEmbedding'], { keywords: MODEL_OR_NAME }, { provider: 'openai', urlKeywords: ['api_base'], openaiCompatible: true }),
  ...rules('llama_index*', ['OpenAILike'], { keywords: MODEL }, { urlKeywords: ['api_base'], openaiCompatible: true }),
  ...rules('llama_index*', ['AzureOpenAI', 'AzureOpenAIEmbedding'], { keywords: MODEL }, { provider: 'azure' }),
  ...rules('llama_index*', ['Anthropic'], { keywords: MODEL }, { provider: 'anthropic' }),
  ...rules('llama_index*', ['Ollama'], { keywords: MODEL }, { provider: 'ollama', urlKeywords: ['base_url'] }),
  ...rules('llama_index*', ['OllamaEmbedding'], { keywords: MODEL_NAME }, { provider: 'ollama', urlKeywords: ['base_url'] }),
  ...rules('llama_index*', ['HuggingFaceEmbedding', 'HuggingFaceInferenceAPI', 'HuggingFaceInferenceAPIEmbedding', 'FastEmbedEmbedding'], { keywords: MODEL_NAME }, { provider: 'huggingface' }),
  ...rules('llama_index*', ['HuggingFaceLLM'], { keywords: ['model_name', 'tokenizer_name'] }, { provider: 'huggingface' }),
  ...rules('llama_index*', ['Gemini', 'GoogleGenAI', 'Vertex'], { keywords: MODEL }, { provider: 'google' }),
  ...rules('llama_index*', ['GeminiEmbedding', 'GoogleGenAIEmbedding'], { keywords: MODEL_NAME }, { provider: 'google' }),
  ...rules('llama_index*', ['MistralAI'], { keywords: MODEL }, { provider: 'mistral' }),
  ...rules('llama_index*', ['MistralAIEmbedding'], { keywords: MODEL_NAME }, { provider: 'mistral' }),
  ...rules('llama_index*', ['Groq'], { keywords: MODEL }, { provider: 'groq' }),
  ...rules('llama_index*', ['Vllm'], { keywords: MODEL }, { provider: 'vllm' }),
  ...rules('llama_index*', ['LiteLLM'], { keywords: MODEL }, LITELLM),
  ...rules('llama_index*', ['Bedrock', 'BedrockConverse'], { keywords: MODEL }, { provider: 'bedrock' }),
  ...rules('llama_index*', ['BedrockEmbedding'], { keywords: MODEL_NAME }, { provider: 'bedrock' }),
  ...rules('llama_index*', ['Cohere'], { keywords: MODEL }, { provider: 'cohere' }),
  ...rules('llama_index*', ['CohereEmbedding'], { keywords: MODEL_NAME }, { provider: 'cohere' }),
  ...rules('llama_index*', ['LlamaCPP'], { keywords: ['model_path'] }, { provider: 'llama-cpp', paths: true }),
  // Agent frameworks
  ...rules('pydantic_ai', ['Agent'], { keywords: MODEL, position: 0 }, { prefixed: ':' }),
  ...rules('pydantic_ai', ['OpenAIModel', 'OpenAIChatModel', 'OpenAIResponsesModel'], { keywords: MODEL_NAME, position: 0 }, { provider: 'openai' }),
  ...rules('pydantic_ai', ['AnthropicModel'], { keywords: MODEL_NAME, position: 0 }, { provider: 'anthropic' }),
  ...rules('pydantic_ai', ['GeminiModel', 'GoogleModel'], { keywords: MODEL_NAME, position: 0 }, { provider: 'google' }),
  ...rules('pydantic_ai', ['GroqModel'], { keywords: MODEL_NAME, position: 0 }, { provider: 'groq' }),
  ...rules('pydantic_ai', ['MistralModel'], { keywords: MODEL_NAME, position: 0 }, { provider: 'mistral' }),
  ...rules('pydantic_ai', ['CohereModel'], { keywords: MODEL_NAME, position: 0 }, { provider: 'cohere' }),
  ...rules('pydantic_ai', ['BedrockConverseModel'], { keywords: MODEL_NAME, position: 0 }, { provider: 'bedrock' }),
  ...rules('agents', ['Agent', 'OpenAIChatCompletionsModel', 'OpenAIResponsesModel'], { keywords: MODEL }, { provider: 'openai' }),
  ...rules('smolagents', ['InferenceClientModel', 'HfApiModel', 'TransformersModel', 'MLXModel'], { keywords: MODEL_ID, position: 0 }, { provider: 'huggingface' }),
  ...rules('smolagents', ['VLLMModel'], { keywords: MODEL_ID, position: 0 }, { provider: 'vllm' }),
  ...rules('smolagents', ['LiteLLMModel'], { keywords: MODEL_ID, position: 0 }, { ...LITELLM, urlKeywords: ['api_base'] }),
  ...rules('smolagents', ['OpenAIServerModel'], { keywords: MODEL_ID, position: 0 }, { provider: 'openai', urlKeywords: ['api_base'], openaiCompatible: true }),
  ...rules('smolagents', ['AzureOpenAIServerModel'], { keywords: MODEL_ID, position: 0 }, { provider: 'azure' }),
  ...rules('autogen_ext', ['OpenAIChatCompletionClient'], { keywords: MODEL }, { provider: 'openai', urlKeywords: ['base_url'], openaiCompatible: true }),
  ...rules('autogen_ext', ['AzureOpenAIChatCompletionClient'], { keywords: MODEL }, { provider: 'azure' }),
  ...rules('autogen_ext', ['AnthropicChatCompletionClient'], { keywords: MODEL }, { provider: 'anthropic' }),
  ...rules('autogen_ext', ['OllamaChatCompletionClient'], { keywords: MODEL }, { provider: 'ollama', urlKeywords: ['host'] }),
];

/** LangChain's own guess when `init_chat_model` gets a bare model name. */
export function langchainProviderGuess(model: string): string | undefined {
  const m = model.toLowerCase();
  if (/^(gpt-|o\d|chatgpt|text-embedding)/.test(m)) return 'openai';
  if (m.startsWith('claude')) return 'anthropic';
  if (m.startsWith('amazon.')) return 'bedrock';
  if (m.startsWith('gemini')) return 'google';
  if (m.startsWith('command')) return 'cohere';
  if (m.startsWith('accounts/fireworks')) return 'fireworks';
  if (m.startsWith('mistral')) return 'mistral';
  if (m.startsWith('deepseek')) return 'deepseek';
  if (m.startsWith('grok')) return 'xai';
  if (m.startsWith('sonar')) return 'perplexity';
  return undefined;
}

/** The pip package a dotted import path belongs to: `langchain_openai.ChatOpenAI` → `langchain-openai`. */
export function pipPackage(path: string): string {
  const parts = path.split('.');
  const top = parts[0];
  const dash = (s: string) => s.replace(/_/g, '-').toLowerCase();
  switch (top) {
    case 'llama_index':
      return parts[1] === 'core' || parts.length < 3 ? 'llama-index-core' : dash(parts.slice(0, 3).join('-'));
    case 'google':
      if (parts[1] === 'genai') return 'google-genai';
      if (parts[1] === 'generativeai') return 'google-generativeai';
      if (parts[1] === 'cloud' && parts[2] === 'aiplatform') return 'google-cloud-aiplatform';
      return dash(parts.slice(0, 2).join('-'));
    case 'vertexai':
      return 'google-cloud-aiplatform';
    case 'llama_cpp':
      return 'llama-cpp-python';
    case 'agents':
      return 'openai-agents';
    default:
      return dash(top);
  }
}
