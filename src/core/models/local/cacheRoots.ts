// Where model tools keep downloaded models, found the way the tools themselves find them.
import { joinPath } from '../../fs/paths';

type Environment = Readonly<Record<string, string | undefined>>;

/** An absolute folder from a variable (`~/` expanded), or undefined when unset or relative. */
function folder(value: string | undefined, home: string | undefined): string | undefined {
  const expanded = value?.startsWith('~/') && home ? joinPath(home, value.slice(2)) : value;
  return expanded?.startsWith('/') ? expanded.replace(/\/+$/, '') || '/' : undefined;
}

/** huggingface_hub's cache: `HF_HUB_CACHE`, `HUGGINGFACE_HUB_CACHE`, else `$HF_HOME/hub` (`$XDG_CACHE_HOME/huggingface` or `~/.cache/huggingface`). */
export function huggingFaceHubCache(env: Environment, home: string | undefined): string | undefined {
  const explicit = folder(env.HF_HUB_CACHE, home) ?? folder(env.HUGGINGFACE_HUB_CACHE, home);
  if (explicit) return explicit;
  const cacheHome = folder(env.XDG_CACHE_HOME, home) ?? (home && joinPath(home, '.cache'));
  const hfHome = folder(env.HF_HOME, home) ?? (cacheHome && joinPath(cacheHome, 'huggingface'));
  return hfHome && joinPath(hfHome, 'hub');
}

/** Ollama's model store: `OLLAMA_MODELS`, else `~/.ollama/models`. */
export function ollamaModelStore(env: Environment, home: string | undefined): string | undefined {
  return folder(env.OLLAMA_MODELS, home) ?? (home && joinPath(home, '.ollama', 'models'));
}

/** The folders local model evidence is read from, for the host to add to the file system's scope. */
export function modelCacheRoots(env: Environment, home: string | undefined): string[] {
  return [huggingFaceHubCache(env, home), ollamaModelStore(env, home)].filter((root): root is string => root !== undefined);
}
