// The npm packages through which JavaScript code names AI models, and what their exports are.
// Sources: each package's README and API reference on npmjs.com (export names and option keys).

/** What an export of a known package is to the detector. */
export type ExportRole =
  /** A client class (`new OpenAI({ baseURL })`) whose methods take `{ model }`. */
  | { readonly kind: 'clientClass'; readonly provider?: string; readonly urlArgument?: number }
  /** A ready client instance (ollama's default export). */
  | { readonly kind: 'client' }
  /** An AI SDK provider: `openai('gpt-4o')`, `openai.embedding('…')`. */
  | { readonly kind: 'provider' }
  /** Creates an AI SDK provider: `createOpenAI({ baseURL })`. */
  | { readonly kind: 'providerFactory' }
  /** A class whose options name a model: `new ChatOpenAI({ model })`. */
  | { readonly kind: 'modelClass'; readonly provider?: string }
  /** A function whose options name a model: `generateText({ model: 'openai/gpt-4o' })`. */
  | { readonly kind: 'modelFunction' }
  /** A function taking a model id as an argument: `pipeline(task, model)`, `initChatModel(model)`. */
  | { readonly kind: 'modelArgument'; readonly index: number };

export interface SdkPackage {
  readonly name: string;
  /** How `via` names calls through it: `openai chat.completions.create`. */
  readonly label: string;
  /** Who serves the models; undefined when the model id or the server URL says (gateways, compatible APIs). */
  readonly provider?: string;
  readonly exports: Readonly<Record<string, ExportRole>>;
  /** Option keys naming the model (default: `model`). */
  readonly modelKeys?: readonly string[];
  /** Methods whose options name a model under other keys: Ollama's `create({ model: 'new-name', from })`. */
  readonly methodModelKeys?: Readonly<Record<string, readonly string[]>>;
  /** Client methods taking the model id as an argument, by method name: `replicate.run(model)`. */
  readonly modelArguments?: Readonly<Record<string, number>>;
  /**
   * The package only talks to a server the user runs (Ollama); the address it uses by default. Any
   * client whose provider is `ollama` defaults to OLLAMA_SERVER.
   */
  readonly localServer?: string;
}

/** Where Ollama clients go when not told otherwise. */
export const OLLAMA_SERVER = 'http://127.0.0.1:11434';

const CLIENT = { kind: 'clientClass' } as const;
const PROVIDER = { kind: 'provider' } as const;
const FACTORY = { kind: 'providerFactory' } as const;
const MODEL_CLASS = { kind: 'modelClass' } as const;
const MODEL_FUNCTION = { kind: 'modelFunction' } as const;

function aiSdkProvider(name: string, provider: string | undefined, instance: string | undefined, factory: string): SdkPackage {
  return { name, label: 'ai-sdk', provider, exports: instance ? { [instance]: PROVIDER, [factory]: FACTORY } : { [factory]: FACTORY } };
}

/** @huggingface/inference's task functions (also client methods), each taking `{ model }`. */
const HUGGING_FACE_TASKS = [
  'audioClassification', 'audioToAudio', 'automaticSpeechRecognition', 'chatCompletion', 'chatCompletionStream',
  'documentQuestionAnswering', 'featureExtraction', 'fillMask', 'imageClassification', 'imageSegmentation',
  'imageToImage', 'imageToText', 'imageToVideo', 'objectDetection', 'questionAnswering', 'sentenceSimilarity',
  'summarization', 'tableQuestionAnswering', 'tabularClassification', 'tabularRegression', 'textClassification',
  'textGeneration', 'textGenerationStream', 'textToImage', 'textToSpeech', 'textToVideo', 'tokenClassification',
  'translation', 'visualQuestionAnswering', 'zeroShotClassification', 'zeroShotImageClassification',
];

const LANGCHAIN_LEGACY: Record<string, ExportRole> = {
  initChatModel: { kind: 'modelArgument', index: 0 },
  ChatOpenAI: MODEL_CLASS, OpenAI: MODEL_CLASS, OpenAIEmbeddings: MODEL_CLASS,
  ChatAnthropic: { kind: 'modelClass', provider: 'anthropic' },
  ChatOllama: { kind: 'modelClass', provider: 'ollama' },
};

const PACKAGES: readonly SdkPackage[] = [
  { name: 'openai', label: 'openai', provider: 'openai', exports: { default: CLIENT, OpenAI: CLIENT, AzureOpenAI: { kind: 'clientClass', provider: 'azure' } } },
  { name: '@anthropic-ai/sdk', label: 'anthropic', provider: 'anthropic', exports: { default: CLIENT, Anthropic: CLIENT } },
  { name: '@anthropic-ai/bedrock-sdk', label: 'anthropic-bedrock', provider: 'bedrock', exports: { default: CLIENT, AnthropicBedrock: CLIENT } },
  { name: '@anthropic-ai/vertex-sdk', label: 'anthropic-vertex', provider: 'google', exports: { default: CLIENT, AnthropicVertex: CLIENT } },
  { name: '@google/genai', label: 'google-genai', provider: 'google', exports: { GoogleGenAI: CLIENT } },
  { name: '@google/generative-ai', label: 'google-generative-ai', provider: 'google', exports: { GoogleGenerativeAI: CLIENT } },
  { name: '@google-cloud/vertexai', label: 'vertexai', provider: 'google', exports: { VertexAI: CLIENT } },
  { name: '@mistralai/mistralai', label: 'mistral', provider: 'mistral', exports: { default: CLIENT, Mistral: CLIENT, MistralClient: CLIENT } },
  { name: 'groq-sdk', label: 'groq', provider: 'groq', exports: { default: CLIENT, Groq: CLIENT } },
  { name: 'together-ai', label: 'together', provider: 'together', exports: { default: CLIENT, Together: CLIENT } },
  { name: 'cohere-ai', label: 'cohere', provider: 'cohere', exports: { CohereClient: CLIENT, CohereClientV2: CLIENT } },
  { name: 'replicate', label: 'replicate', provider: 'replicate', exports: { default: CLIENT, Replicate: CLIENT }, modelArguments: { run: 0, stream: 0 } },
  {
    name: 'ollama', label: 'ollama', provider: 'ollama', localServer: OLLAMA_SERVER,
    exports: { default: { kind: 'client' }, Ollama: CLIENT },
    // `create` names the new model `model` and its base `from`; `delete` removes one, using none.
    methodModelKeys: { create: ['from'], copy: ['source'], delete: [] },
  },
  {
    name: '@huggingface/inference', label: 'huggingface', provider: 'huggingface',
    exports: {
      HfInference: CLIENT, InferenceClient: CLIENT, HfInferenceEndpoint: { kind: 'clientClass', urlArgument: 0 },
      ...Object.fromEntries(HUGGING_FACE_TASKS.map((task) => [task, MODEL_FUNCTION])),
    },
  },
  {
    name: '@aws-sdk/client-bedrock-runtime', label: 'bedrock-runtime', provider: 'bedrock', modelKeys: ['modelId'],
    exports: { ConverseCommand: MODEL_CLASS, ConverseStreamCommand: MODEL_CLASS, InvokeModelCommand: MODEL_CLASS, InvokeModelWithResponseStreamCommand: MODEL_CLASS },
  },
  { name: '@huggingface/transformers', label: 'transformers.js', provider: 'huggingface', exports: { pipeline: { kind: 'modelArgument', index: 1 } } },
  { name: '@xenova/transformers', label: 'transformers.js', provider: 'huggingface', exports: { pipeline: { kind: 'modelArgument', index: 1 } } },

  // Vercel AI SDK: core functions take a gateway id (`openai/gpt-4o`) or a provider's model.
  {
    name: 'ai', label: 'ai-sdk', exports: {
      generateText: MODEL_FUNCTION, streamText: MODEL_FUNCTION, generateObject: MODEL_FUNCTION, streamObject: MODEL_FUNCTION,
      embed: MODEL_FUNCTION, embedMany: MODEL_FUNCTION, generateImage: MODEL_FUNCTION, experimental_generateImage: MODEL_FUNCTION,
      experimental_transcribe: MODEL_FUNCTION, experimental_generateSpeech: MODEL_FUNCTION,
      ToolLoopAgent: MODEL_CLASS, Experimental_Agent: MODEL_CLASS, createProviderRegistry: FACTORY,
    },
  },
  aiSdkProvider('@ai-sdk/openai', 'openai', 'openai', 'createOpenAI'),
  aiSdkProvider('@ai-sdk/anthropic', 'anthropic', 'anthropic', 'createAnthropic'),
  aiSdkProvider('@ai-sdk/google', 'google', 'google', 'createGoogleGenerativeAI'),
  aiSdkProvider('@ai-sdk/google-vertex', 'google', 'vertex', 'createVertex'),
  aiSdkProvider('@ai-sdk/mistral', 'mistral', 'mistral', 'createMistral'),
  aiSdkProvider('@ai-sdk/azure', 'azure', 'azure', 'createAzure'),
  aiSdkProvider('@ai-sdk/amazon-bedrock', 'bedrock', 'bedrock', 'createAmazonBedrock'),
  aiSdkProvider('@ai-sdk/groq', 'groq', 'groq', 'createGroq'),
  aiSdkProvider('@ai-sdk/xai', 'xai', 'xai', 'createXai'),
  aiSdkProvider('@ai-sdk/deepseek', 'deepseek', 'deepseek', 'createDeepSeek'),
  aiSdkProvider('@ai-sdk/cohere', 'cohere', 'cohere', 'createCohere'),
  aiSdkProvider('@ai-sdk/togetherai', 'together', 'togetherai', 'createTogetherAI'),
  aiSdkProvider('@ai-sdk/fireworks', 'fireworks', 'fireworks', 'createFireworks'),
  aiSdkProvider('@ai-sdk/perplexity', 'perplexity', 'perplexity', 'createPerplexity'),
  aiSdkProvider('@ai-sdk/cerebras', 'cerebras', 'cerebras', 'createCerebras'),
  aiSdkProvider('@ai-sdk/huggingface', 'huggingface', 'huggingface', 'createHuggingFace'),
  aiSdkProvider('@ai-sdk/gateway', undefined, 'gateway', 'createGateway'),
  aiSdkProvider('@ai-sdk/openai-compatible', undefined, undefined, 'createOpenAICompatible'),
  aiSdkProvider('@openrouter/ai-sdk-provider', 'openrouter', 'openrouter', 'createOpenRouter'),
  { ...aiSdkProvider('ollama-ai-provider', 'ollama', 'ollama', 'createOllama'), localServer: `${OLLAMA_SERVER}/api` },
  { ...aiSdkProvider('ollama-ai-provider-v2', 'ollama', 'ollama', 'createOllama'), localServer: `${OLLAMA_SERVER}/api` },

  // LangChain.js: model classes take `{ model }` (older releases: `{ modelName }`).
  langchain('@langchain/openai', 'openai', ['ChatOpenAI', 'OpenAI', 'OpenAIEmbeddings', 'DallEAPIWrapper'], { AzureChatOpenAI: 'azure', AzureOpenAI: 'azure', AzureOpenAIEmbeddings: 'azure' }),
  langchain('@langchain/anthropic', 'anthropic', ['ChatAnthropic']),
  langchain('@langchain/google-genai', 'google', ['ChatGoogleGenerativeAI', 'GoogleGenerativeAIEmbeddings']),
  langchain('@langchain/google-vertexai', 'google', ['ChatVertexAI', 'VertexAIEmbeddings', 'VertexAI']),
  langchain('@langchain/ollama', 'ollama', ['ChatOllama', 'OllamaEmbeddings', 'Ollama']),
  langchain('@langchain/mistralai', 'mistral', ['ChatMistralAI', 'MistralAIEmbeddings']),
  langchain('@langchain/groq', 'groq', ['ChatGroq']),
  langchain('@langchain/cohere', 'cohere', ['ChatCohere', 'CohereEmbeddings']),
  langchain('@langchain/aws', 'bedrock', ['ChatBedrockConverse', 'BedrockEmbeddings']),
  langchain('@langchain/xai', 'xai', ['ChatXAI']),
  langchain('@langchain/deepseek', 'deepseek', ['ChatDeepSeek']),
  langchain('@langchain/community', undefined, [], {
    ChatOllama: 'ollama', OllamaEmbeddings: 'ollama', ChatTogetherAI: 'together', ChatFireworks: 'fireworks',
    HuggingFaceInference: 'huggingface', HuggingFaceInferenceEmbeddings: 'huggingface', HuggingFaceTransformersEmbeddings: 'huggingface',
    ChatGroq: 'groq', ChatBedrockConverse: 'bedrock', BedrockChat: 'bedrock',
  }),
  { name: 'langchain', label: 'langchain', exports: LANGCHAIN_LEGACY, modelKeys: ['model', 'modelName'] },
];

function langchain(name: string, provider: string | undefined, classes: readonly string[], others: Readonly<Record<string, string>> = {}): SdkPackage {
  const exports: Record<string, ExportRole> = {};
  for (const c of classes) exports[c] = MODEL_CLASS;
  for (const [c, p] of Object.entries(others)) exports[c] = { kind: 'modelClass', provider: p };
  return { name, label: 'langchain', provider, exports, modelKeys: ['model', 'modelName'] };
}

const BY_NAME = new Map(PACKAGES.map((p) => [p.name, p]));

export function sdkPackage(name: string): SdkPackage | undefined {
  return BY_NAME.get(name);
}

/** The role of `exportName` in `pkg`; `*` (a namespace or CommonJS module) is its default export. */
export function exportRole(pkg: SdkPackage, exportName: string): ExportRole | undefined {
  const name = exportName === '*' ? 'default' : exportName;
  return Object.hasOwn(pkg.exports, name) ? pkg.exports[name] : undefined;
}

/**
 * Classes recognised by name when the file does not import them (a re-export, a global): the first
 * package defining the name. Their client package stays unknown.
 */
const UNIMPORTED_CLASSES = new Map<string, SdkPackage>();
for (const pkg of PACKAGES) {
  for (const [name, role] of Object.entries(pkg.exports)) {
    if ((role.kind === 'clientClass' || role.kind === 'modelClass') && name !== 'default' && !UNIMPORTED_CLASSES.has(name)) UNIMPORTED_CLASSES.set(name, pkg);
  }
}

export function packageDefiningClass(name: string): SdkPackage | undefined {
  return UNIMPORTED_CLASSES.get(name);
}

/** AI SDK provider methods returning a model: `openai.embedding('text-embedding-3-small')`. */
export const PROVIDER_MODEL_METHODS = new Set([
  'languageModel', 'chat', 'chatModel', 'responses', 'completion', 'embedding', 'embeddingModel', 'textEmbedding',
  'textEmbeddingModel', 'image', 'imageModel', 'transcription', 'transcriptionModel', 'speech', 'speechModel',
  'reranking', 'rerankingModel',
]);

/**
 * Method paths that identify an SDK even when the client object's origin is unknown (a client imported
 * from another file of the project): the packages that have them, most likely first.
 */
const SHAPES: readonly { readonly methods: readonly string[]; readonly packages: readonly string[]; readonly onlyWhenImported?: boolean }[] = [
  {
    methods: [
      'chat.completions.create', 'chat.completions.parse', 'chat.completions.stream', 'beta.chat.completions.parse',
      'beta.chat.completions.stream', 'responses.create', 'responses.stream', 'responses.parse', 'images.generate',
      'images.edit', 'images.createVariation', 'audio.transcriptions.create', 'audio.translations.create',
      'audio.speech.create', 'moderations.create', 'beta.assistants.create', 'fineTuning.jobs.create', 'embeddings.create',
    ],
    packages: ['openai', 'groq-sdk', 'together-ai'],
  },
  { methods: ['messages.create', 'messages.stream', 'messages.countTokens', 'beta.messages.create', 'beta.messages.stream'], packages: ['@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk'] },
  {
    methods: ['models.generateContent', 'models.generateContentStream', 'models.embedContent', 'models.generateImages', 'models.generateVideos', 'models.countTokens', 'chats.create', 'live.connect'],
    packages: ['@google/genai'],
  },
  { methods: ['getGenerativeModel'], packages: ['@google/generative-ai', '@google-cloud/vertexai'] },
  { methods: ['chat.complete', 'chat.stream', 'fim.complete', 'embeddings.create'], packages: ['@mistralai/mistralai'] },
  { methods: HUGGING_FACE_TASKS, packages: ['@huggingface/inference'], onlyWhenImported: true },
];

interface Shape {
  readonly parts: readonly string[];
  readonly packages: readonly string[];
  readonly onlyWhenImported: boolean;
}

/** Shapes by their last method name, so that ordinary calls (`list.map(…)`) are dismissed at once. */
const SHAPES_BY_LAST = new Map<string, Shape[]>();
for (const family of SHAPES) {
  for (const method of family.methods) {
    const parts = method.split('.');
    const last = parts[parts.length - 1];
    const shape = { parts, packages: family.packages, onlyWhenImported: family.onlyWhenImported ?? false };
    const shapes = SHAPES_BY_LAST.get(last);
    if (shapes) shapes.push(shape);
    else SHAPES_BY_LAST.set(last, [shape]);
  }
}

/**
 * The SDK a method path on an unknown client belongs to: the first candidate package the file imports,
 * else (unless the shape is too generic) the most likely one, with `imported` false.
 */
export function sdkByShape(path: readonly string[], imported: readonly string[]): { pkg: SdkPackage; method: string; imported: boolean } | undefined {
  let fallback: { pkg: SdkPackage; method: string; imported: boolean } | undefined;
  for (const shape of SHAPES_BY_LAST.get(path[path.length - 1]) ?? []) {
    if (shape.parts.length >= path.length || !endsWith(path, shape.parts)) continue;
    const method = shape.parts.join('.');
    const found = shape.packages.find((p) => imported.includes(p));
    if (found) return { pkg: BY_NAME.get(found)!, method, imported: true };
    if (!fallback && !shape.onlyWhenImported) fallback = { pkg: BY_NAME.get(shape.packages[0])!, method, imported: false };
  }
  return fallback;
}

function endsWith(path: readonly string[], suffix: readonly string[]): boolean {
  const offset = path.length - suffix.length;
  return suffix.every((part, n) => path[offset + n] === part);
}
