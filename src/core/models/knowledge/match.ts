// The knowledge base's index: built once from the compiled data, then every lookup is a handful of
// Map reads (the editor re-diagnoses on each keystroke).
import {
  ggufReleaseName, huggingFaceRepository, normaliseProvider, ollamaKeys, openAiFineTuneBase,
  repackagedReleaseName, splitProviderColon, stripCloudflareCatalog, splitProviderSlash, stripCloudRegion, stripCloudWrapping, stripOllamaRegistry,
} from './idForms';
import type { Capability, CompiledKnowledge, KnownModel, MatchForm, ModelIndex, ModelMatch } from './types';

type Table = Map<string, KnownModel[]>;

/** A prefix rule matches the prefix followed by one of these (`claude-3-5-sonnet` + `-20241022` / `@20240620`) … */
const FOLLOWED_BY = new Set(['-', ':', '@']);
/** … or, when the prefix itself ends with a separator (`claude-`, `gpt-5.`), whatever follows. */
const ENDS_WITH = new Set(['-', '.', '_']);

/** Router and SDK prefixes can nest (`openrouter/openai/gpt-4o`); this bounds the unwrapping. */
const MAX_DEPTH = 4;

export function buildIndex(data: CompiledKnowledge): ModelIndex {
  const exact: Table = new Map();
  const exactForm = new Map<string, MatchForm>();
  const prefixes: Table = new Map();
  const ollama: Table = new Map();
  const names: Table = new Map();
  const byId = new Map<string, KnownModel>();
  let longestPrefix = 0;
  const add = (table: Table, key: string, model: KnownModel) => {
    const list = table.get(key);
    if (list) list.push(model);
    else table.set(key, [model]);
  };
  for (const model of data.models) {
    byId.set(model.id, model);
    for (const key of model.match.huggingface) {
      add(exact, key, model);
      exactForm.set(key, 'huggingface');
    }
    for (const key of model.match.api) add(exact, key, model);
    for (const key of model.match.prefixes) {
      add(prefixes, key, model);
      longestPrefix = Math.max(longestPrefix, key.length);
    }
    for (const key of model.match.ollama) add(ollama, key, model);
    for (const key of model.match.names) add(names, key, model);
  }
  const alternatives = new Map<Capability, KnownModel[]>();
  for (const [capability, ids] of Object.entries(data.alternatives) as [Capability, readonly string[]][]) {
    alternatives.set(capability, ids.map((id) => byId.get(id)).filter((m): m is KnownModel => m !== undefined));
  }

  /** One model for a key: the only candidate, else the one the provider hint names. */
  const pick = (table: Table, key: string, hint: string | null): KnownModel | undefined => {
    const list = table.get(key);
    if (!list) return undefined;
    if (list.length === 1) return list[0];
    return hint ? list.find((m) => m.provider === hint) : undefined;
  };

  const prefixMatch = (id: string, hint: string | null): [KnownModel, string] | undefined => {
    for (let end = Math.min(id.length - 1, longestPrefix); end > 0; end--) {
      const key = id.slice(0, end);
      if (!FOLLOWED_BY.has(id[end]) && !ENDS_WITH.has(key[end - 1])) continue;
      const model = pick(prefixes, key, hint);
      if (model) return [model, key];
    }
    return undefined;
  };

  const lookup = (id: string, hint: string | null, via: string | null, depth: number): ModelMatch | undefined => {
    const found = (model: KnownModel | undefined, form: MatchForm, key: string): ModelMatch | undefined =>
      model ? { model, form, key, provider: via } : undefined;
    const direct = found(pick(exact, id, hint), exactForm.get(id) ?? 'api', id);
    if (direct || depth >= MAX_DEPTH) return direct;

    // A GGUF file name is nothing else (`models/…` is then a folder, not the Gemini API's prefix).
    const gguf = ggufReleaseName(id);
    if (gguf) return found(pick(names, gguf, hint) ?? pick(exact, gguf, hint), 'gguf', gguf);

    // The innermost provider is the best hint; the outermost is who serves the request.
    const next = (rest: string, provider: string | null) => lookup(rest, provider ?? hint, via ?? provider, depth + 1);
    const repository = huggingFaceRepository(id);
    if (repository) return next(repository, 'huggingface');
    const cataloged = stripCloudflareCatalog(id);
    if (cataloged) return next(cataloged, 'cloudflare');
    const fineTuned = openAiFineTuneBase(id);
    if (fineTuned) return next(fineTuned, 'openai');
    const colon = splitProviderColon(id);
    const viaColon = colon && next(colon[1], colon[0]);
    if (viaColon) return viaColon;
    const slash = splitProviderSlash(id);
    const viaSlash = slash && next(slash[1], slash[0]);
    if (viaSlash) return viaSlash;

    const unwrapped = stripCloudWrapping(id);
    for (const form of new Set([stripCloudRegion(id), unwrapped])) {
      const cloud = form === id ? undefined : found(pick(exact, form, hint), 'api', form);
      if (cloud) return cloud;
    }
    const prefixed = prefixMatch(unwrapped, hint);
    if (prefixed) return found(prefixed[0], 'api-prefix', prefixed[1]);

    for (const key of ollamaKeys(stripOllamaRegistry(id))) {
      const model = pick(ollama, key, hint);
      if (model) return found(model, 'ollama', key);
    }
    const release = id.includes('/') ? repackagedReleaseName(id) : id;
    return release ? found(pick(names, release, hint), 'release-name', release) : undefined;
  };

  return {
    models: data.models,
    get: (entryId) => byId.get(entryId),
    match(id, provider) {
      const key = id.trim().toLowerCase();
      return key ? lookup(key, normaliseProvider(provider), null, 0) : undefined;
    },
    alternativesFor(model) {
      if (model.verdict === 'open') return [];
      return (alternatives.get(model.capability) ?? []).filter((m) => m.id !== model.id);
    },
  };
}
