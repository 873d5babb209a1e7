// The model knowledge base, loaded lazily: nothing is read or indexed until the first lookup.
import { buildIndex } from './match';
import { KNOWLEDGE_FORMAT, type CompiledKnowledge, type ModelIndex, type ModelKnowledge } from './types';

export type { KnownModel, ModelIndex, ModelKnowledge, ModelMatch } from './types';

/** `load` returns the parsed dist/data/models.json; it is called once, on first use. */
export function createModelKnowledge(load: () => Promise<unknown>): ModelKnowledge {
  let loading: Promise<ModelIndex> | undefined;
  let ready: ModelIndex | undefined;
  return {
    get ready() {
      return ready;
    },
    load() {
      loading ??= load().then((data) => {
        ready = buildIndex(checkFormat(data));
        return ready;
      });
      return loading;
    },
  };
}

function checkFormat(data: unknown): CompiledKnowledge {
  const candidate = data as Partial<CompiledKnowledge> | null;
  if (!candidate || candidate.version !== KNOWLEDGE_FORMAT || !Array.isArray(candidate.models)) {
    throw new Error(`model knowledge data is not format ${KNOWLEDGE_FORMAT} (rebuild with npm run build)`);
  }
  return candidate as CompiledKnowledge;
}
