// Whether a string written where a model is expected actually names one: not a path to a local folder,
// a URL, a template, a placeholder or a number.

/** A model named by a value: `text` starts `offset` characters into the value. */
export interface ModelValue {
  /** `id`: a model id or tag; `gguf-file`: a local `.gguf` file, which names its model by itself. */
  readonly kind: 'id' | 'gguf-file';
  readonly text: string;
  readonly offset: number;
}

const PLACEHOLDERS = new Set([
  'auto', 'changeme', 'custom', 'default', 'false', 'nil', 'no', 'none', 'null', 'off', 'on', 'string', 'tbd', 'todo',
  'true', 'undefined', 'unknown', 'yes',
]);

/** Files that hold something other than a model's identity (configs, checkpoints, scripts). */
const FILE_EXTENSION = /\.(bin|ckpt|csv|gz|h5|json|js|md|onnx|pkl|pt|pth|py|safetensors|tar|toml|ts|txt|ya?ml|zip)$/i;

/** `${MODEL:-llama3.1}` and `${MODEL-llama3.1}`: a shell or compose default. */
const DEFAULTED_VARIABLE = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?[-=]([^{}$]*)\}$/;

/**
 * The model a configuration value or command argument names: the value itself, or the default of a
 * `${VAR:-default}` template. Undefined for anything else templated.
 */
export function modelValue(value: string): ModelValue | undefined {
  const defaulted = DEFAULTED_VARIABLE.exec(value);
  const text = defaulted ? defaulted[1] : value;
  const offset = defaulted ? value.length - 1 - text.length : 0;
  if (/\.gguf$/i.test(text) && /^[^\s$"'`{}]+$/.test(text) && !text.includes('://')) return { kind: 'gguf-file', text, offset };
  return looksLikeModelId(text) ? { kind: 'id', text, offset } : undefined;
}

/** `gpt-4o`, `meta-llama/Llama-3.1-8B`, `llama3.1:8b`, `bedrock/anthropic.claude-3-haiku-20240307-v1:0`. */
function looksLikeModelId(text: string): boolean {
  if (text.length > 200 || !/^[A-Za-z0-9][\w.:/@+-]*$/.test(text) || !/[A-Za-z]/.test(text)) return false;
  if (text.includes('//') || text.endsWith('/') || FILE_EXTENSION.test(text)) return false;
  const segments = text.split('/');
  // Deeper paths are folders (`outputs/run1/checkpoint-500`); ids have an owner and a name, behind at most a provider.
  if (segments.length > 3 || segments.some((s) => s === '.' || s === '..')) return false;
  return !PLACEHOLDERS.has(text.toLowerCase());
}
