// What a server URL given to a client (`base_url=`, `api_base=`, `host=`) says: a local or private
// server (self-hosted), or a known hosted API that decides the provider.

export interface Endpoint {
  readonly url: string;
  /** Set when the server is local, private or on an Ollama/vLLM port. */
  readonly selfHosted: boolean;
  /** Who serves models there, when the host or port says. */
  readonly provider?: string;
}

/** Ports of local model servers: Ollama and vLLM's OpenAI-compatible server. */
const SERVER_PORTS: ReadonlyMap<string, string> = new Map([['11434', 'ollama'], ['8000', 'vllm']]);

const HOSTED: readonly (readonly [string, string])[] = [
  ['api.openai.com', 'openai'],
  ['openai.azure.com', 'azure'],
  ['api.anthropic.com', 'anthropic'],
  ['generativelanguage.googleapis.com', 'google'],
  ['aiplatform.googleapis.com', 'google'],
  ['api.groq.com', 'groq'],
  ['api.together.xyz', 'together'],
  ['api.together.ai', 'together'],
  ['api.deepseek.com', 'deepseek'],
  ['openrouter.ai', 'openrouter'],
  ['api.fireworks.ai', 'fireworks'],
  ['api.mistral.ai', 'mistral'],
  ['api.x.ai', 'xai'],
  ['api.perplexity.ai', 'perplexity'],
  ['huggingface.co', 'huggingface'],
  ['integrate.api.nvidia.com', 'nvidia'],
  ['api.cerebras.ai', 'cerebras'],
];

/** Reads a URL literal; undefined when it is not one. */
export function readEndpoint(text: string): Endpoint | undefined {
  if (!/^(https?|wss?):\/\/|^(localhost|\d{1,3}(\.\d{1,3}){3}):\d+/i.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text.includes('://') ? text : `http://${text}`);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const portProvider = SERVER_PORTS.get(url.port);
  if (isPrivateHost(host) || portProvider) return { url: text, selfHosted: true, provider: portProvider };
  const hosted = HOSTED.find(([suffix]) => host === suffix || host.endsWith(`.${suffix}`));
  return { url: text, selfHosted: false, provider: hosted?.[1] };
}

function isPrivateHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost') || host === '0.0.0.0' || host === '::1' || host === 'host.docker.internal') return true;
  if (host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.lan')) return true;
  if (!host.includes('.') && !host.includes(':')) return true; // a single-label name: a container or machine on the local network
  const ip = host.split('.').map(Number);
  if (ip.length !== 4 || ip.some((n) => !Number.isInteger(n))) return host.includes(':') && (host.startsWith('fd') || host.startsWith('fe80:'));
  const [a, b] = ip;
  return a === 127 || a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254);
}
