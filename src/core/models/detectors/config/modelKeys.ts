// Which keys of a configuration file, and which environment variables, name an AI model.
// Shared by the config and ops detectors so both read `OLLAMA_MODEL=llama3` the same way.
import { providerNamed } from '../../providerNames';

/** `baseModelNameOrPath`, `base-model`, `_name_or_path` → `base_model_name_or_path`, `base_model`, `name_or_path`. */
export function snakeKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .replace(/[-.\s]+/g, '_')
    .replace(/^_+/, '')
    .toLowerCase();
}

const MODEL_KEYS = new Set(['model', 'model_name', 'model_id', 'model_name_or_path', 'name_or_path', 'models']);
const MODEL_SUFFIXES = ['_model', '_model_name', '_model_id', '_model_name_or_path', '_models'];

/** `*_model` keys whose subject is not an AI model (`pricing_model: subscription`). */
const UNRELATED_PREFIXES = new Set([
  'access', 'billing', 'business', 'color', 'colour', 'cost', 'data', 'domain', 'execution', 'license',
  'memory', 'mental', 'object', 'permission', 'pricing', 'process', 'security', 'threat', 'view',
]);

/** Keys that name a model the project produces or exposes under another name, not one it uses. */
const NOT_USED_MODEL_KEYS = new Set(['hub_model_id', 'push_to_hub_model_id', 'served_model_name', 'output_model_name']);

/** Whether a configuration key (any case style) holds a model id, or a list of them (`models`, `fallback_models`). */
export function isModelKey(key: string): boolean {
  const snake = snakeKey(key);
  if (MODEL_KEYS.has(snake)) return true;
  if (NOT_USED_MODEL_KEYS.has(snake)) return false;
  return MODEL_SUFFIXES.some((s) => snake.endsWith(s)) && !unrelated(snake);
}

function unrelated(snake: string): boolean {
  return UNRELATED_PREFIXES.has(snake.split('_', 1)[0]);
}

/** Whether an environment variable holds a model id: `OPENAI_MODEL`, `LLM_MODEL`, `EMBED_MODEL_NAME`, `MODEL_ID`. */
export function isModelVariable(name: string): boolean {
  const upper = name.toUpperCase();
  const lower = upper.toLowerCase();
  if (!/^[A-Z_][A-Z0-9_]*$/.test(upper) || NOT_USED_MODEL_KEYS.has(lower) || unrelated(lower)) return false;
  return upper.endsWith('MODEL') || upper === 'MODEL_NAME' || upper === 'MODEL_ID' || upper.endsWith('_MODEL_NAME') || upper.endsWith('_MODEL_ID');
}

const FRAMEWORK_PREFIX = /^(next_public|nuxt_public|expo_public|react_app|vite|public)_/;

/** The provider a key's first word names: `OPENAI_MODEL` → openai, `ollama_embedding_model` → ollama. */
export function providerOfKey(key: string): string | undefined {
  const snake = snakeKey(key);
  // `name_or_path` is the transformers convention: a Hugging Face repo id (or a local folder).
  if (snake === 'name_or_path' || snake.endsWith('_name_or_path')) return 'huggingface';
  // Front-end build tools expose variables under a prefix: `NEXT_PUBLIC_OPENAI_MODEL`, `VITE_OLLAMA_MODEL`.
  const first = snake.replace(FRAMEWORK_PREFIX, '').split('_', 1)[0];
  return providerNamed(first);
}
