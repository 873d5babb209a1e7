// Local evidence about a model's licence, read at resolution time from the caches model tools keep:
// Hugging Face model cards and Ollama licence layers. Only `context.fs` is used; the host adds
// `modelCacheRoots()` to its scope. A cache that is missing, unreadable or out of scope is no evidence,
// never an error.
import type { EngineContext } from '../../context';
import { huggingFaceRepository as hostedRepository, splitProviderSlash } from '../knowledge/idForms';
import { huggingFaceHubCache, ollamaModelStore } from './cacheRoots';
import { DirectoryCache } from './directoryCache';
import type { LocalModelEvidence } from './evidence';
import { huggingFaceCardEvidence } from './huggingFaceCache';
import { ollamaLicenseEvidence } from './ollamaStore';

export { modelCacheRoots } from './cacheRoots';
export type { LocalModelEvidence } from './evidence';

interface ScanCaches {
  readonly dirs: DirectoryCache;
  readonly results: Map<string, Promise<LocalModelEvidence | undefined>>;
}

const caches = new WeakMap<EngineContext, ScanCaches>();

/** Providers whose models may sit in a local cache; hosted APIs' models never do. */
const LOCAL_PROVIDERS = new Set(['huggingface', 'ollama']);

export function localModelEvidence(reference: { readonly id: string; readonly provider?: string }, context: EngineContext): Promise<LocalModelEvidence | undefined> {
  if (reference.provider && !LOCAL_PROVIDERS.has(reference.provider)) return Promise.resolve(undefined);
  let scan = caches.get(context);
  if (!scan) {
    scan = { dirs: new DirectoryCache(context.fs), results: new Map() };
    caches.set(context, scan);
  }
  const key = `${reference.provider ?? ''}\u0000${reference.id}`;
  let result = scan.results.get(key);
  if (!result) {
    result = lookUp(reference.id, reference.provider, scan.dirs, context);
    scan.results.set(key, result);
  }
  return result;
}

async function lookUp(written: string, hint: string | undefined, dirs: DirectoryCache, context: EngineContext): Promise<LocalModelEvidence | undefined> {
  // A LiteLLM-style prefix may name the store the model comes from: `ollama_chat/llama3.1`, `huggingface/org/name`.
  const prefixed = hint ? undefined : splitProviderSlash(written);
  const routed = prefixed && LOCAL_PROVIDERS.has(prefixed[0]) ? prefixed : undefined;
  const [provider, id] = routed ?? [hint, written];
  const hub = huggingFaceHubCache(context.env, context.home);
  const store = ollamaModelStore(context.env, context.home);
  const repository = huggingFaceRepository(id, provider);
  const card = async () => (hub && repository ? huggingFaceCardEvidence(repository, hub, dirs, context) : undefined);
  const ollama = async () => (store ? ollamaLicenseEvidence(id, store, context) : undefined);
  // The provider's own store first; an unattributed id may be either.
  return provider === 'ollama' ? ((await ollama()) ?? (await card())) : ((await card()) ?? (await ollama()));
}

/** `org/name`, `hf.co/org/name:Q4_K_M`, `https://huggingface.co/org/name`; a bare `gpt2` only when Hugging Face is named. */
function huggingFaceRepository(id: string, provider: string | undefined): string | undefined {
  const hosted = hostedRepository(id);
  if (hosted) return hosted;
  if (/^[\w.-]+\/[\w.-]+$/.test(id)) return id;
  return provider === 'huggingface' && /^[\w.-]+$/.test(id) ? id : undefined;
}
