// Who is behind a server URL a client is pointed at (`baseURL`, `base_url=`, `api_base:`): a hosted AI
// API, named by its host, or a server the user runs (a loopback, private or local-network address, or
// the default port of a local model server). Shared by every detector that reads such URLs.

export interface Endpoint {
  /** The hosted API's or local server's provider, when the URL tells. */
  readonly provider: string | undefined;
  /** The server is the user's own: loopback, private network, local name, or a model server's port. */
  readonly selfHosted: boolean;
}

/**
 * Hosts of hosted APIs: the name itself or any name under it; a leading `-` matches regional names
 * (`us-central1-aiplatform.googleapis.com`). Source: each provider's API docs.
 */
const HOSTED: readonly (readonly [string, string])[] = [
  ['api.openai.com', 'openai'],
  ['openai.azure.com', 'azure'],
  ['services.ai.azure.com', 'azure'],
  ['cognitiveservices.azure.com', 'azure'],
  ['api.anthropic.com', 'anthropic'],
  ['generativelanguage.googleapis.com', 'google'],
  ['aiplatform.googleapis.com', 'google'],
  ['-aiplatform.googleapis.com', 'google'],
  ['api.mistral.ai', 'mistral'],
  ['api.groq.com', 'groq'],
  ['api.together.xyz', 'together'],
  ['api.together.ai', 'together'],
  ['api.deepseek.com', 'deepseek'],
  ['openrouter.ai', 'openrouter'],
  ['api.x.ai', 'xai'],
  ['api.fireworks.ai', 'fireworks'],
  ['api.perplexity.ai', 'perplexity'],
  ['api.cerebras.ai', 'cerebras'],
  ['api.cohere.ai', 'cohere'],
  ['api.cohere.com', 'cohere'],
  ['huggingface.co', 'huggingface'],
  ['endpoints.huggingface.cloud', 'huggingface'],
  ['api.replicate.com', 'replicate'],
  ['ollama.com', 'ollama'],
  ['integrate.api.nvidia.com', 'nvidia'],
];

/** Amazon Bedrock's regional endpoints (`bedrock-runtime.us-east-1.amazonaws.com`); other AWS hosts are not model APIs. */
const BEDROCK_HOST = /^bedrock(?:-[a-z]+)*\.[a-z0-9-]+\.amazonaws\.com$/;

/** Default ports of local model servers: Ollama, vLLM's OpenAI-compatible server, LM Studio. */
const SERVER_PORTS: ReadonlyMap<string, string> = new Map([
  ['11434', 'ollama'],
  ['8000', 'vllm'],
  ['1234', 'lmstudio'],
]);

/** Names that only resolve on this machine or a local network (`.home.arpa`: RFC 8375). */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa'];

/** Classifies a server URL; undefined when the text is no absolute http(s)/ws(s) URL or `host:port`. */
export function classifyEndpoint(text: string): Endpoint | undefined {
  const url = parseUrl(text.trim());
  if (!url) return undefined;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const hosted = hostedProvider(host);
  if (hosted) return { provider: hosted, selfHosted: false };
  const portProvider = SERVER_PORTS.get(url.port);
  return { provider: portProvider, selfHosted: portProvider !== undefined || isLocalHost(host) };
}

/** The URL when it points at a server the user runs, else undefined. */
export function selfHostedUrl(text: string): string | undefined {
  return classifyEndpoint(text)?.selfHosted ? text : undefined;
}

function hostedProvider(host: string): string | undefined {
  for (const [name, provider] of HOSTED) {
    if (name.startsWith('-') ? host.endsWith(name) : host === name || host.endsWith(`.${name}`)) return provider;
  }
  return BEDROCK_HOST.test(host) ? 'bedrock' : undefined;
}

function parseUrl(text: string): URL | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : /^[\w.-]+:\d+(\/|$)/.test(text) ? `http://${text}` : undefined;
  if (!withScheme) return undefined;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Loopback, unspecified, private-network (RFC 1918, CGNAT, link-local, IPv6 ULA) and local-only names. */
export function isLocalHost(host: string): boolean {
  if (host === 'localhost' || host === 'host.docker.internal' || LOCAL_SUFFIXES.some((s) => host.endsWith(s))) return true;
  if (host === '::1' || host === '::' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)) return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) ||
      (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
  }
  // A single-label name (`http://ollama:11434`, a Docker Compose service) only resolves on a local network.
  return !host.includes('.') && !host.includes(':');
}
