// Source files: ordinary TypeScript, JavaScript and Python, and files that use AI models in the forms
// the model detectors read (see src/core/models/detectors/*/fixtures), plus notebooks and the other
// files a monorepo holds (docs, styles, workflows, assets).
import { NOUNS, TECH_WORDS, VERBS, camel, identifier, pascal, snake } from './words.mjs';

const HF_MODELS = [
  'meta-llama/Llama-3.1-8B', 'meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.2-3B-Instruct', 'mistralai/Mistral-7B-Instruct-v0.3',
  'Qwen/Qwen2.5-7B-Instruct', 'google/gemma-2-9b-it', 'microsoft/Phi-3-mini-4k-instruct', 'BAAI/bge-small-en-v1.5',
  'sentence-transformers/all-MiniLM-L6-v2', 'bert-base-uncased', 'distilbert-base-uncased', 'openai/whisper-large-v3',
  'stabilityai/stable-diffusion-xl-base-1.0', 'tiiuae/falcon-7b', 'EleutherAI/gpt-neox-20b', 'allenai/OLMo-7B',
  'bigscience/bloom-560m', 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'HuggingFaceH4/zephyr-7b-beta', 'intfloat/e5-large-v2',
  'facebook/bart-large-cnn', 'google/flan-t5-base', 'acme/support-classifier-v3',
];
const OPENAI_MODELS = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-3.5-turbo', 'o3-mini'];
const OPENAI_EMBEDDINGS = ['text-embedding-3-small', 'text-embedding-3-large', 'text-embedding-ada-002'];
const ANTHROPIC_MODELS = ['claude-3-5-sonnet-20240620', 'claude-3-5-haiku-latest', 'claude-3-opus-20240229', 'claude-sonnet-4-20250514'];
const GEMINI_MODELS = ['gemini-1.5-pro', 'gemini-1.5-flash', 'gemini-2.0-flash', 'gemini-2.5-flash'];
const OLLAMA_MODELS = ['llama3.1:8b', 'llama3.2', 'qwen2.5:7b', 'mistral', 'phi3:mini', 'gemma2:9b'];
const ST_MODELS = ['all-MiniLM-L6-v2', 'all-mpnet-base-v2', 'BAAI/bge-base-en-v1.5', 'intfloat/multilingual-e5-small'];
const XENOVA_MODELS = ['Xenova/all-MiniLM-L6-v2', 'Xenova/distilbert-base-uncased-finetuned-sst-2-english', 'Xenova/bert-base-uncased'];

function lineCount(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function sentence(random, words = random.int(6, 16)) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(random.pick(random.chance(0.5) ? NOUNS : random.chance(0.5) ? VERBS : TECH_WORDS));
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

// ---------------------------------------------------------------------------------------------
// Ordinary TypeScript / JavaScript

function tsInterface(random) {
  const name = pascal([random.pick(NOUNS), random.pick(['Record', 'Options', 'State', 'Entry', 'Payload', 'Config'])]);
  const fields = random.sample(NOUNS, random.int(3, 8)).map((f) => `  ${f}${random.chance(0.3) ? '?' : ''}: ${random.pick(['string', 'number', 'boolean', 'string[]', 'Date', 'Record<string, number>'])};`);
  return `export interface ${name} {\n  id: string;\n${fields.join('\n')}\n}\n`;
}

function tsFunction(random) {
  const name = identifier(random, random.int(2, 3));
  const item = random.pick(NOUNS);
  const field = random.pick(NOUNS);
  return `/** ${sentence(random)} */
export function ${name}(${item}s: readonly { id: string; ${field}: number }[], limit = ${random.int(5, 500)}): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const ${item} of ${item}s) {
    if (out.length >= limit) break;
    if (${item}.${field} ${random.pick(['>', '<', '>=', '!=='])} ${random.int(0, 100)} && !seen.has(${item}.id)) {
      seen.add(${item}.id);
      out.push(\`\${${item}.id}:\${${item}.${field}.toFixed(${random.int(0, 3)})}\`);
    }
  }
  return out.sort((a, b) => a.localeCompare(b));
}
`;
}

function tsClass(random) {
  const noun = random.pick(NOUNS);
  const name = pascal([noun, random.pick(['Store', 'Service', 'Registry', 'Cache', 'Queue', 'Tracker'])]);
  const methods = Array.from({ length: random.int(2, 5) }, () => {
    const verb = random.pick(VERBS);
    return `  ${verb}${pascal([noun])}(key: string, value?: number): number | undefined {
    const current = this.items.get(key);
    if (value === undefined) return current;
    const next = (current ?? 0) ${random.pick(['+', '-', '*'])} value;
    this.items.set(key, next);
    this.emit('${verb}', key);
    return next;
  }`;
  });
  return `export class ${name} {
  private readonly items = new Map<string, number>();
  private readonly listeners: ((event: string, key: string) => void)[] = [];

  constructor(private readonly name = '${snake([noun, random.pick(TECH_WORDS)])}') {}

  on(listener: (event: string, key: string) => void): () => void {
    this.listeners.push(listener);
    return () => this.listeners.splice(this.listeners.indexOf(listener), 1);
  }

  private emit(event: string, key: string): void {
    for (const listener of this.listeners) listener(event, \`\${this.name}/\${key}\`);
  }

${methods.join('\n\n')}
}
`;
}

function tsAsync(random) {
  const name = identifier(random, 2);
  return `export async function ${name}(url: string, retries = ${random.int(1, 5)}): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(\`\${response.status} \${response.statusText}\`);
      return await response.json();
    } catch (error) {
      if (attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, ${random.int(50, 500)} * 2 ** attempt));
    }
  }
}
`;
}

function tsConstants(random) {
  const name = snake([random.pick(NOUNS), random.pick(['limits', 'defaults', 'labels', 'routes'])]).toUpperCase();
  const entries = random.sample(NOUNS, random.int(3, 9)).map((k) => `  ${k}: ${random.chance(0.5) ? random.int(1, 9999) : `'${random.pick(TECH_WORDS)}-${random.pick(NOUNS)}'`},`);
  return `export const ${name} = {\n${entries.join('\n')}\n} as const;\n`;
}

const TS_CHUNKS = [tsInterface, tsFunction, tsFunction, tsClass, tsAsync, tsConstants];

function tsImports(random) {
  const lines = [];
  for (let i = random.int(0, 4); i > 0; i--) {
    const from = random.chance(0.6) ? `./${random.pick(NOUNS)}${random.chance(0.5) ? pascal([random.pick(TECH_WORDS)]) : ''}` : random.pick(TECH_WORDS);
    lines.push(`import { ${identifier(random, 2)} } from '${from}';`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Ordinary TypeScript of about `lines` lines. */
export function ordinaryTypeScript(random, lines) {
  let text = `// ${sentence(random)}\n${tsImports(random)}\n`;
  while (lineCount(text) < lines) text += '\n' + random.pick(TS_CHUNKS)(random);
  return text;
}

/** A React component (TSX). */
export function ordinaryTsx(random) {
  const name = pascal([random.pick(NOUNS), random.pick(['List', 'Card', 'Panel', 'Form', 'Badge', 'Table', 'Dialog'])]);
  const prop = random.pick(NOUNS);
  return `import { useMemo, useState } from 'react';
import styles from './${name}.module.css';

interface ${name}Props {
  ${prop}s: { id: string; label: string; count: number }[];
  onSelect?: (id: string) => void;
}

/** ${sentence(random)} */
export function ${name}({ ${prop}s, onSelect }: ${name}Props) {
  const [query, setQuery] = useState('');
  const visible = useMemo(() => ${prop}s.filter((item) => item.label.toLowerCase().includes(query.toLowerCase())), [${prop}s, query]);
  return (
    <section className={styles.root}>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Filter ${prop}s" />
      <ul>
        {visible.map((item) => (
          <li key={item.id} onClick={() => onSelect?.(item.id)}>
            {item.label} <span className={styles.count}>{item.count}</span>
          </li>
        ))}
      </ul>
      {visible.length === 0 && <p className={styles.empty}>No ${prop}s match “{query}”.</p>}
    </section>
  );
}
`;
}

export function ordinaryTest(random) {
  const subject = identifier(random, 2);
  const cases = Array.from({ length: random.int(2, 6) }, () => `  it('${random.pick(VERBS)}s ${random.pick(NOUNS)}s ${random.pick(['in order', 'once', 'without duplicates', 'lazily', 'on error'])}', () => {
    const input = [${Array.from({ length: random.int(1, 5) }, () => `{ id: '${random.hex(6)}', ${random.pick(NOUNS)}: ${random.int(0, 100)} }`).join(', ')}];
    expect(${subject}(input as never)).toMatchSnapshot();
  });`);
  return `import { describe, expect, it } from 'vitest';
import { ${subject} } from './${random.pick(NOUNS)}';

describe('${subject}', () => {
${cases.join('\n\n')}
});
`;
}

export function declarationFile(random) {
  return `// Type declarations generated by tsc.\n${tsInterface(random).replace('export interface', 'export declare interface')}export declare function ${identifier(random, 2)}(input: string): Promise<void>;\n`;
}

/** CommonJS as installed packages ship it. */
export function ordinaryJavaScript(random, lines) {
  const name = identifier(random, 2);
  let text = `'use strict';\n\n`;
  while (lineCount(text) < lines - 3) {
    const fn = identifier(random, 2);
    text += `function ${fn}(input, options) {
  options = options || {};
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string, got ' + typeof input);
  }
  var result = input.${random.pick(['trim()', 'toLowerCase()', 'split(",").join(" ")', 'replace(/\\s+/g, " ")'])};
  if (options.${random.pick(NOUNS)}) {
    result = result.slice(0, ${random.int(8, 200)});
  }
  return result;
}

`;
  }
  return `${text}module.exports = function ${name}(input, options) {\n  return ${name}Impl(input, options);\n};\nfunction ${name}Impl(input, options) { return input && options ? String(input) : ''; }\n`;
}

// ---------------------------------------------------------------------------------------------
// Ordinary Python

function pyFunction(random) {
  const name = snake([random.pick(VERBS), random.pick(NOUNS)]);
  const arg = random.pick(NOUNS);
  return `def ${name}(${arg}s: list[dict], limit: int = ${random.int(5, 500)}) -> list[str]:
    """${sentence(random)}"""
    seen: set[str] = set()
    out: list[str] = []
    for ${arg} in ${arg}s:
        if len(out) >= limit:
            break
        key = str(${arg}.get("id", ""))
        if key and key not in seen and ${arg}.get("${random.pick(NOUNS)}", 0) ${random.pick(['>', '<', '>='])} ${random.int(0, 100)}:
            seen.add(key)
            out.append(f"{key}:{${arg}.get('${random.pick(NOUNS)}')}")
    return sorted(out)
`;
}

function pyClass(random) {
  const noun = random.pick(NOUNS);
  const name = pascal([noun, random.pick(['Repository', 'Service', 'Cache', 'Queue', 'Tracker'])]);
  const methods = Array.from({ length: random.int(2, 4) }, () => {
    const verb = random.pick(VERBS);
    return `    def ${verb}_${noun}(self, key: str, value: float | None = None) -> float | None:
        current = self._items.get(key)
        if value is None:
            return current
        self._items[key] = (current or 0) ${random.pick(['+', '-', '*'])} value
        logger.debug("${verb} %s -> %s", key, self._items[key])
        return self._items[key]`;
  });
  return `class ${name}:
    """${sentence(random)}"""

    def __init__(self, name: str = "${snake([noun, random.pick(TECH_WORDS)])}") -> None:
        self.name = name
        self._items: dict[str, float] = {}

${methods.join('\n\n')}
`;
}

function pyDataclass(random) {
  const name = pascal([random.pick(NOUNS), random.pick(['Record', 'Settings', 'Event', 'Row'])]);
  // Fields with defaults come last, as dataclasses require.
  const fields = random
    .sample(NOUNS, random.int(3, 7))
    .map((f) => `    ${f}: ${random.pick(['str', 'int', 'float', 'bool', 'list[str]', 'dict[str, int]'])}${random.chance(0.3) ? ' | None = None' : ''}`)
    .sort((a, b) => Number(a.endsWith('= None')) - Number(b.endsWith('= None')));
  return `@dataclass
class ${name}:
    id: str
${fields.join('\n')}
`;
}

const PY_CHUNKS = [pyFunction, pyFunction, pyClass, pyDataclass];

export function ordinaryPython(random, lines) {
  let text = `"""${sentence(random)}"""\nfrom __future__ import annotations\n\nimport logging\nfrom dataclasses import dataclass\n\nlogger = logging.getLogger(__name__)\n`;
  while (lineCount(text) < lines) text += '\n\n' + random.pick(PY_CHUNKS)(random);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Model references

/** Python snippets: the imports they need and the code. */
const PY_MODEL_SNIPPETS = [
  (r) => {
    const id = r.pick(HF_MODELS);
    return { imports: ['from transformers import AutoModelForCausalLM, AutoTokenizer'], code: `def load_${snake([r.pick(NOUNS)])}_model():\n    tokenizer = AutoTokenizer.from_pretrained("${id}")\n    model = AutoModelForCausalLM.from_pretrained("${id}", torch_dtype="auto", device_map="auto")\n    return tokenizer, model\n` };
  },
  (r) => ({ imports: ['from transformers import pipeline'], code: `${snake([r.pick(NOUNS), 'pipe'])} = pipeline("${r.pick(['text-generation', 'summarization', 'text-classification'])}", model="${r.pick(HF_MODELS)}")\n` }),
  (r) => ({
    imports: ['from openai import OpenAI'],
    code: `def ${snake([r.pick(VERBS), r.pick(NOUNS)])}(prompt: str) -> str:\n    client = OpenAI()\n    response = client.chat.completions.create(\n        model="${r.pick(OPENAI_MODELS)}",\n        messages=[{"role": "user", "content": prompt}],\n        temperature=${r.int(0, 10) / 10},\n    )\n    return response.choices[0].message.content or ""\n`,
  }),
  (r) => ({
    imports: ['import anthropic'],
    code: `def ${snake([r.pick(VERBS), r.pick(NOUNS)])}(question: str) -> str:\n    client = anthropic.Anthropic()\n    message = client.messages.create(\n        model="${r.pick(ANTHROPIC_MODELS)}",\n        max_tokens=1024,\n        messages=[{"role": "user", "content": question}],\n    )\n    return message.content[0].text\n`,
  }),
  (r) => ({ imports: ['from sentence_transformers import SentenceTransformer'], code: `encoder = SentenceTransformer("${r.pick(ST_MODELS)}")\n` }),
  (r) => ({ imports: ['from langchain_openai import ChatOpenAI'], code: `llm = ChatOpenAI(model="${r.pick(OPENAI_MODELS)}", temperature=0)\n` }),
  (r) => ({
    imports: ['from google import genai'],
    code: `def ${snake([r.pick(VERBS), r.pick(NOUNS)])}(contents: str) -> str:\n    client = genai.Client()\n    response = client.models.generate_content(model="${r.pick(GEMINI_MODELS)}", contents=contents)\n    return response.text\n`,
  }),
  (r) => ({ imports: ['import ollama'], code: `def ask_local(prompt: str) -> str:\n    reply = ollama.chat(model="${r.pick(OLLAMA_MODELS)}", messages=[{"role": "user", "content": prompt}])\n    return reply["message"]["content"]\n` }),
  (r) => ({ imports: ['import litellm'], code: `def route(prompt: str):\n    return litellm.completion(model="${r.pick(OPENAI_MODELS)}", messages=[{"role": "user", "content": prompt}])\n` }),
  (r) => ({ imports: ['from vllm import LLM, SamplingParams'], code: `def offline_batch(prompts: list[str]):\n    llm = LLM(model="${r.pick(HF_MODELS.slice(0, 8))}", tensor_parallel_size=${r.int(1, 4)})\n    return llm.generate(prompts, SamplingParams(temperature=0.7, max_tokens=256))\n` }),
  (r) => ({ imports: ['from openai import OpenAI'], code: `def embed_texts(texts: list[str]) -> list[list[float]]:\n    client = OpenAI()\n    result = client.embeddings.create(model="${r.pick(OPENAI_EMBEDDINGS)}", input=texts)\n    return [item.embedding for item in result.data]\n` }),
  (r) => {
    const constant = snake([r.pick(NOUNS), 'model', 'id']).toUpperCase();
    return { imports: ['from transformers import AutoModel'], code: `${constant} = "${r.pick(HF_MODELS)}"\n\n\ndef load_encoder():\n    return AutoModel.from_pretrained(${constant})\n` };
  },
];

const TS_MODEL_SNIPPETS = [
  (r) => ({ imports: ["import { openai } from '@ai-sdk/openai';", "import { generateText } from 'ai';"], code: `export async function ${identifier(r, 2)}(prompt: string) {\n  const { text } = await generateText({ model: openai('${r.pick(OPENAI_MODELS)}'), prompt });\n  return text;\n}\n` }),
  (r) => ({ imports: ["import { anthropic } from '@ai-sdk/anthropic';", "import { streamText } from 'ai';"], code: `export function ${identifier(r, 2)}(prompt: string) {\n  return streamText({ model: anthropic('${r.pick(ANTHROPIC_MODELS)}'), prompt });\n}\n` }),
  (r) => ({
    imports: ["import OpenAI from 'openai';"],
    code: `const client = new OpenAI();\n\nexport async function ${identifier(r, 2)}(question: string): Promise<string> {\n  const completion = await client.chat.completions.create({\n    model: '${r.pick(OPENAI_MODELS)}',\n    messages: [{ role: 'user', content: question }],\n  });\n  return completion.choices[0]?.message.content ?? '';\n}\n`,
  }),
  (r) => ({
    imports: ["import Anthropic from '@anthropic-ai/sdk';"],
    code: `const anthropicClient = new Anthropic();\n\nexport async function ${identifier(r, 2)}(question: string) {\n  const message = await anthropicClient.messages.create({\n    model: '${r.pick(ANTHROPIC_MODELS)}',\n    max_tokens: 1024,\n    messages: [{ role: 'user', content: question }],\n  });\n  return message.content;\n}\n`,
  }),
  (r) => ({ imports: ["import { GoogleGenAI } from '@google/genai';"], code: `const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });\n\nexport async function ${identifier(r, 2)}(contents: string) {\n  const response = await ai.models.generateContent({ model: '${r.pick(GEMINI_MODELS)}', contents });\n  return response.text;\n}\n` }),
  (r) => ({ imports: ["import { pipeline } from '@huggingface/transformers';"], code: `export const extractor = await pipeline('feature-extraction', '${r.pick(XENOVA_MODELS)}');\n` }),
  (r) => ({ imports: ["import ollama from 'ollama';"], code: `export async function askLocal(prompt: string) {\n  const reply = await ollama.chat({ model: '${r.pick(OLLAMA_MODELS)}', messages: [{ role: 'user', content: prompt }] });\n  return reply.message.content;\n}\n` }),
  (r) => ({ imports: ["import { InferenceClient } from '@huggingface/inference';"], code: `const hf = new InferenceClient(process.env.HF_TOKEN);\n\nexport async function ${identifier(r, 2)}(content: string) {\n  return hf.chatCompletion({ model: '${r.pick(HF_MODELS.slice(0, 8))}', messages: [{ role: 'user', content }] });\n}\n` }),
  (r) => ({ imports: ["import OpenAI from 'openai';"], code: `const embeddings = new OpenAI();\n\nexport async function embed(input: string[]) {\n  const result = await embeddings.embeddings.create({ model: '${r.pick(OPENAI_EMBEDDINGS)}', input });\n  return result.data.map((d) => d.embedding);\n}\n` }),
  (r) => ({ imports: ["import { ChatOpenAI } from '@langchain/openai';"], code: `export const chatModel = new ChatOpenAI({ model: '${r.pick(OPENAI_MODELS)}', temperature: 0 });\n` }),
];

function uniqueBy(items) {
  return [...new Set(items)];
}

/** A Python module that uses one to four models among ordinary code, about `lines` long. */
export function pythonWithModels(random, lines) {
  const snippets = Array.from({ length: random.weighted([[40, 1], [35, 2], [15, 3], [10, 4]]) }, () => random.pick(PY_MODEL_SNIPPETS)(random));
  const imports = uniqueBy(['import logging', 'import os', 'from dataclasses import dataclass', ...snippets.flatMap((s) => s.imports)]);
  let text = `"""${sentence(random)}"""\nfrom __future__ import annotations\n\n${imports.join('\n')}\n\nlogger = logging.getLogger(__name__)\n`;
  const budget = Math.max(0, lines - lineCount(text) - snippets.reduce((n, s) => n + lineCount(s.code) + 2, 0));
  const chunks = [];
  for (let written = 0; written < budget; ) {
    const chunk = random.pick(PY_CHUNKS)(random);
    chunks.push(chunk);
    written += lineCount(chunk) + 2;
  }
  for (const s of snippets) chunks.splice(random.int(0, chunks.length), 0, s.code);
  return text + chunks.map((c) => '\n\n' + c).join('');
}

/** A TypeScript module that calls one to three models among ordinary code. */
export function typescriptWithModels(random, lines) {
  const snippets = Array.from({ length: random.weighted([[55, 1], [35, 2], [10, 3]]) }, () => random.pick(TS_MODEL_SNIPPETS)(random));
  // Two snippets of the same SDK would declare the same client twice; keep the first of each.
  const seen = new Set();
  const kept = snippets.filter((s) => !seen.has(s.imports[0]) && seen.add(s.imports[0]));
  const imports = uniqueBy(kept.flatMap((s) => s.imports));
  let text = `// ${sentence(random)}\n${imports.join('\n')}\n${tsImports(random)}\n`;
  const chunks = [];
  for (let written = lineCount(text); written < lines; ) {
    const chunk = random.pick(TS_CHUNKS)(random);
    chunks.push(chunk);
    written += lineCount(chunk) + 1;
  }
  for (const s of kept) chunks.splice(random.int(0, chunks.length), 0, s.code);
  return text + chunks.map((c) => '\n' + c).join('');
}

/** Exactly `lines` lines of Python with a model reference every fifty lines or so. */
export function largePythonWithModels(random, lines) {
  const imports = uniqueBy(['import logging', 'from dataclasses import dataclass', ...PY_MODEL_SNIPPETS.flatMap((make) => make(random).imports)]);
  let text = `"""The evaluation pipeline: every model we compare, with the glue around them."""\nfrom __future__ import annotations\n\n${imports.join('\n')}\n\nlogger = logging.getLogger(__name__)\n`;
  let sinceModel = 0;
  while (lineCount(text) < lines - 30) {
    const chunk = sinceModel > 40 ? random.pick(PY_MODEL_SNIPPETS)(random).code : random.pick(PY_CHUNKS)(random);
    sinceModel = sinceModel > 40 ? 0 : sinceModel + lineCount(chunk);
    text += '\n\n' + chunk;
  }
  let n = lineCount(text);
  while (n < lines) {
    text += `# ${sentence(random)}\n`;
    n++;
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Notebooks

function cell(type, source, outputs) {
  const lines = source.split('\n').map((l, i, all) => (i < all.length - 1 ? l + '\n' : l));
  return type === 'markdown'
    ? { cell_type: 'markdown', metadata: {}, source: lines }
    : { cell_type: 'code', execution_count: outputs ? 1 : null, metadata: {}, outputs: outputs ?? [], source: lines };
}

export function notebook(random) {
  const cells = [cell('markdown', `# ${pascal([random.pick(NOUNS), random.pick(NOUNS)])} experiments\n\n${sentence(random)} ${sentence(random)}`)];
  for (let i = random.int(4, 14); i > 0; i--) {
    if (random.chance(0.3)) {
      cells.push(cell('markdown', `## ${sentence(random, 4)}\n\n${sentence(random)}`));
      continue;
    }
    const snippet = random.chance(0.45) ? random.pick(PY_MODEL_SNIPPETS)(random) : { imports: ['import pandas as pd'], code: pyFunction(random) };
    const outputs = random.chance(0.5)
      ? [random.chance(0.2)
          ? { output_type: 'display_data', data: { 'image/png': random.bytes(random.int(3000, 20000)).toString('base64'), 'text/plain': ['<Figure size 640x480 with 1 Axes>'] }, metadata: {} }
          : { output_type: 'stream', name: 'stdout', text: Array.from({ length: random.int(1, 12) }, () => sentence(random) + '\n') }]
      : undefined;
    cells.push(cell('code', `${snippet.imports.join('\n')}\n\n${snippet.code.trimEnd()}`, outputs));
  }
  return JSON.stringify({
    cells,
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python', version: '3.12.3' } },
    nbformat: 4,
    nbformat_minor: 5,
  }, null, 1) + '\n';
}

// ---------------------------------------------------------------------------------------------
// Everything else

export function markdown(random) {
  const sections = Array.from({ length: random.int(2, 7) }, () => {
    const body = Array.from({ length: random.int(1, 4) }, () => Array.from({ length: random.int(2, 6) }, () => sentence(random)).join(' '));
    if (random.chance(0.4)) body.push('```ts\n' + tsFunction(random).trimEnd() + '\n```');
    if (random.chance(0.4)) body.push(random.sample(NOUNS, random.int(2, 6)).map((n) => `- ${n}: ${sentence(random, 6)}`).join('\n'));
    return `## ${sentence(random, 3).slice(0, -1)}\n\n${body.join('\n\n')}`;
  });
  return `# ${pascal([random.pick(NOUNS)])} ${random.pick(['guide', 'notes', 'design', 'runbook', 'FAQ'])}\n\n${sections.join('\n\n')}\n`;
}

export function css(random) {
  return Array.from({ length: random.int(3, 12) }, () => `.${camel([random.pick(NOUNS), random.pick(['root', 'item', 'title', 'count', 'empty'])])} {\n  display: ${random.pick(['flex', 'grid', 'block', 'inline-flex'])};\n  gap: ${random.int(0, 24)}px;\n  color: #${random.hex(6)};\n  padding: ${random.int(0, 16)}px ${random.int(0, 24)}px;\n}\n`).join('\n');
}

export function html(random) {
  return `<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>${pascal([random.pick(NOUNS)])}</title>\n</head>\n<body>\n  <main id="root">\n${Array.from({ length: random.int(2, 10) }, () => `    <p>${sentence(random)}</p>`).join('\n')}\n  </main>\n  <script type="module" src="/src/main.tsx"></script>\n</body>\n</html>\n`;
}

export function svg(random) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">\n${Array.from({ length: random.int(1, 6) }, () => `  <path d="M${random.int(0, 24)} ${random.int(0, 24)}L${random.int(0, 24)} ${random.int(0, 24)}Z" fill="#${random.hex(6)}"/>`).join('\n')}\n</svg>\n`;
}

/** A small PNG-looking binary (signature + random bytes): the scan must not read it as text. */
export function png(random) {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random.bytes(random.int(200, 6000))]);
}

export function i18nJson(random) {
  return JSON.stringify(Object.fromEntries(random.sample(NOUNS, random.int(5, 30)).map((k) => [`${k}.${random.pick(VERBS)}`, sentence(random, random.int(2, 8))])), null, 2) + '\n';
}

export function workflowYaml(random) {
  return `name: ${pascal([random.pick(VERBS)])}\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  ${random.pick(VERBS)}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: ${random.pick([18, 20, 22])}\n      - run: npm ci\n      - run: npm run ${random.pick(['build', 'test', 'lint', 'typecheck'])}\n`;
}

