// The commands that fetch or serve a model: `ollama pull|run`, `vllm serve`, vLLM's OpenAI server module,
// `huggingface-cli download` / `hf download`, `text-generation-launcher --model-id`, `llama-server -hf|-m`,
// and the same servers' container images run with arguments.
import type { LineIndex } from '../../../text/lineIndex';
import type { ModelReference } from '../../detector';
import { isModelVariable, providerOfKey } from '../config/modelKeys';
import { referenceAt, type ReferenceOptions, type TextSpan } from '../config/reference';
import type { Word } from './shellWords';

/** Collects the models that commands name, one command at a time. */
export class CommandModels {
  readonly references: ModelReference[] = [];

  constructor(private readonly lines: LineIndex) {}

  /**
   * One simple command. `assignmentVia` words how `NAME=value` words are shown (`variable MODEL`,
   * `Dockerfile ENV MODEL`); `implied` are the words the command's arguments follow without writing them
   * (a Dockerfile's ENTRYPOINT, an image's server): they are read, never reported.
   */
  command(words: readonly Word[], assignmentVia: (name: string) => string, implied: readonly string[] = []): void {
    for (const word of words) if (word.assignment) this.variable(word.assignment.name, word.assignment.value, assignmentVia(word.assignment.name));
    const all = implied.length ? [...implied.map((value) => ({ value, start: -1, end: -1, exact: false })), ...words] : words;
    for (let i = 0; i < all.length; i++) if (this.tool(all, i)) return;
  }

  /** A variable set to a model: `MODEL=llama3.1`, `ENV OLLAMA_MODEL llama3.1`. */
  variable(name: string, value: TextSpan, via: string): void {
    if (isModelVariable(name)) this.emit(value, { via, provider: providerOfKey(name) });
  }

  /** Reports the model a span names (unless the span is implied, with no place in the file). */
  private emit(span: TextSpan | undefined, options: ReferenceOptions): boolean {
    const reference = span && span.start >= 0 ? referenceAt(span, this.lines, options) : undefined;
    if (reference) this.references.push(reference);
    return reference !== undefined;
  }

  /** Whether `words[i]` starts a command this detector knows (having reported its model, if any). */
  private tool(words: readonly Word[], i: number): boolean {
    const name = words[i].value.slice(words[i].value.lastIndexOf('/') + 1);
    const next = words[i + 1]?.value;
    if (name === 'ollama' && (next === 'pull' || next === 'run')) {
      this.emit(positional(words, i + 2, OLLAMA_VALUE_FLAGS), { via: `ollama ${next}`, provider: 'ollama' });
      return true;
    }
    if (name === 'vllm' && next === 'serve') return this.vllm(words, i + 2, 'vllm serve');
    if (words[i].value === '-m' && next?.startsWith('vllm.entrypoints.')) {
      this.emit(flagValue(words, i + 2, ['--model']), { via: `${next} --model`, provider: 'huggingface' });
      return true;
    }
    if ((name === 'huggingface-cli' || name === 'hf') && next === 'download') return this.download(words, i + 2, `${name} download`);
    if (name === 'text-generation-launcher') return this.tgi(words, i + 1, 'text-generation-launcher');
    if (name === 'llama-server' || name === 'llama-cli') return this.llamaCpp(words, i + 1, name);
    // Server images run with arguments: `docker run … vllm/vllm-openai --model …`.
    const image = words[i].value;
    if (!image.includes('/') && !image.includes(':')) return false;
    if (/(^|\/)vllm-openai(:|@|$)/.test(image)) return this.vllm(words, i + 1, 'vllm image');
    if (/(^|\/)text-generation-inference(:|@|$)/.test(image)) return this.tgi(words, i + 1, 'text-generation-inference image');
    if (/(^|\/)llama\.cpp:(server|full|light)/.test(image)) return this.llamaCpp(words, i + 1, 'llama.cpp image');
    return false;
  }

  /** `vllm serve <model>` or `--model <model>`. */
  private vllm(words: readonly Word[], from: number, via: string): boolean {
    const first = words[from];
    const model = first && !first.value.startsWith('-') ? first : flagValue(words, from, ['--model']);
    this.emit(model, { via, provider: 'huggingface' });
    return true;
  }

  private tgi(words: readonly Word[], from: number, via: string): boolean {
    this.emit(flagValue(words, from, ['--model-id']), { via: `${via} --model-id`, provider: 'huggingface' });
    return true;
  }

  /** `-hf <repo>[:quant]` downloads from Hugging Face; `-m <file.gguf>` loads a local file. */
  private llamaCpp(words: readonly Word[], from: number, via: string): boolean {
    if (!this.emit(flagValue(words, from, ['-hf', '-hfr', '--hf-repo']), { via: `${via} -hf`, provider: 'huggingface' })) {
      const file = flagValue(words, from, ['-m', '--model']);
      if (file && /\.gguf$/i.test(file.value)) this.emit(file, { via: `${via} -m` });
    }
    return true;
  }

  private download(words: readonly Word[], from: number, via: string): boolean {
    const repoType = flagValue(words, from, ['--repo-type'])?.value;
    if (repoType === undefined || repoType === 'model') this.emit(positional(words, from, HF_DOWNLOAD_VALUE_FLAGS), { via, provider: 'huggingface' });
    return true;
  }
}

const OLLAMA_VALUE_FLAGS = new Set(['--format', '--keepalive', '--think']);
const HF_DOWNLOAD_VALUE_FLAGS = new Set(['--repo-type', '--revision', '--include', '--exclude', '--cache-dir', '--local-dir', '--token', '--max-workers']);

/** The first argument from `from` that is not an option (nor an option's value). */
function positional(words: readonly Word[], from: number, valueFlags: ReadonlySet<string>): Word | undefined {
  for (let i = from; i < words.length; i++) {
    const value = words[i].value;
    if (!value.startsWith('-')) return words[i];
    if (valueFlags.has(value)) i++;
  }
  return undefined;
}

/** The value of the first of `names` from `from`: `--model x` or `--model=x`. */
function flagValue(words: readonly Word[], from: number, names: readonly string[]): TextSpan | undefined {
  for (let i = from; i < words.length; i++) {
    const word = words[i];
    if (names.includes(word.value)) return words[i + 1];
    const eq = word.value.indexOf('=');
    if (eq > 0 && word.exact && names.includes(word.value.slice(0, eq))) {
      return { value: word.value.slice(eq + 1), start: word.start + eq + 1, end: word.end, exact: true };
    }
  }
  return undefined;
}
