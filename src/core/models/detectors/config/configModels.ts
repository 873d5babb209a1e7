// The rules that find models in a configuration tree, whatever its syntax was.
import type { LineIndex } from '../../../text/lineIndex';
import type { ModelReference } from '../../detector';
import { selfHostedUrl } from '../../endpoints';
import { entryValue, type ConfigNode, type MapNode } from './configTree';
import { isModelKey, isModelVariable, providerOfKey, snakeKey } from './modelKeys';
import { splitPromptfooProvider } from './promptfooProviders';
import { referenceAt, type ReferenceOptions, type TextSpan } from './reference';

export interface ConfigRules {
  /** A promptfoo config: `providers` and `provider` hold `provider:model` ids. */
  readonly promptfoo: boolean;
}

/** Keys whose value is a set of environment variables (docker-compose `environment`, Kubernetes `env`). */
const ENVIRONMENT_KEYS = new Set(['environment', 'env']);

/** Keys pointing a client at a server, read to tell a self-hosted one. */
const SERVER_KEYS = new Set(['api_base', 'base_url', 'api_url']);

export function findConfigModels(root: ConfigNode, lines: LineIndex, rules: ConfigRules): ModelReference[] {
  const out: ModelReference[] = [];
  const emit = (span: TextSpan, options: ReferenceOptions) => {
    const reference = referenceAt(span, lines, options);
    if (reference) out.push(reference);
  };
  const variable = (span: TextSpan, name: string) => emit(span, { via: `environment ${name}`, provider: providerOfKey(name) });

  const environment = (node: ConfigNode) => {
    if (node.kind === 'map') {
      for (const { key, value } of node.entries) if (value.kind === 'string' && isModelVariable(key)) variable(value, key);
    } else if (node.kind === 'list') {
      for (const item of node.items) {
        if (item.kind === 'string' && item.exact) {
          // `- OLLAMA_MODEL=llama3.1` (compose list form)
          const eq = item.value.indexOf('=');
          const name = item.value.slice(0, eq);
          if (eq > 0 && isModelVariable(name)) variable({ ...item, value: item.value.slice(eq + 1), start: item.start + eq + 1 }, name);
        } else if (item.kind === 'map') {
          // `- name: MODEL_ID` / `value: meta-llama/…` (Kubernetes form)
          const name = entryValue(item, 'name');
          const value = entryValue(item, 'value');
          if (name?.kind === 'string' && value?.kind === 'string' && isModelVariable(name.value)) variable(value, name.value);
        }
      }
    }
  };

  const promptfooProviders = (node: ConfigNode) => {
    for (const item of node.kind === 'list' ? node.items : [node]) {
      const id = item.kind === 'map' ? entryValue(item, 'id') : item;
      // Only `provider:model` ids name a model (not `file://…`, `exec:…`, `python:…`).
      const prefixed = id?.kind === 'string' && id.exact ? splitPromptfooProvider(id.value) : undefined;
      if (id?.kind === 'string' && prefixed) {
        emit({ ...id, value: prefixed.id, start: id.start + prefixed.offset }, { via: 'promptfoo provider', provider: prefixed.provider });
      }
    }
  };

  const map = (node: MapNode) => {
    // In a LiteLLM `model_list` entry `model_name` is the alias clients ask for; `litellm_params.model` is the model.
    const aliasOnly = entryValue(node, 'litellm_params') !== undefined;
    let selfHosted: string | undefined;
    for (const { key, value } of node.entries) {
      if (value.kind === 'string' && SERVER_KEYS.has(snakeKey(key))) selfHosted ??= selfHostedUrl(value.value);
    }
    for (const { key, value } of node.entries) {
      const snake = snakeKey(key);
      if (ENVIRONMENT_KEYS.has(snake)) {
        environment(value);
        continue;
      }
      if (rules.promptfoo && (snake === 'providers' || snake === 'provider')) promptfooProviders(value);
      else if (isModelKey(key) && !(aliasOnly && snake === 'model_name')) {
        const options = { via: `config key ${key}`, provider: providerOfKey(key), selfHosted };
        for (const item of value.kind === 'list' ? value.items : [value]) if (item.kind === 'string') emit(item, options);
        // `embedding_model: { name: BAAI/bge-small-en-v1.5, … }`
        if (value.kind === 'map') {
          for (const field of ['name', 'id']) {
            const named = entryValue(value, field);
            if (named?.kind === 'string') emit(named, { ...options, via: `config key ${key}.${field}` });
          }
        }
      }
      walk(value);
    }
  };

  const walk = (node: ConfigNode) => {
    if (node.kind === 'map') map(node);
    else if (node.kind === 'list') for (const item of node.items) walk(item);
  };

  walk(root);
  return out;
}
