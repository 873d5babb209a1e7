import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ModelReference } from '../../detector';
import { detectorsFor } from '../registry';
import { pythonModelDetector } from './index';

interface Expected {
  readonly id: string;
  /** line, start character, end character (0-based) */
  readonly at: readonly [number, number, number];
  readonly via: string;
  readonly provider?: string;
  readonly clientPackage?: string;
  readonly selfHosted?: string;
}

const detect = (text: string) => pythonModelDetector.detect({ path: '/project/app.py', text });

/** Asserts the exact references, and that each range covers exactly the id in the text. */
function assertReferences(text: string, references: readonly ModelReference[], expected: readonly Expected[]): void {
  const lines = text.split('\n');
  for (const ref of references) {
    assert.equal(ref.range.start.line, ref.range.end.line, `${ref.id} spans one line`);
    assert.equal(lines[ref.range.start.line].slice(ref.range.start.character, ref.range.end.character), ref.id);
  }
  assert.deepEqual(
    references,
    expected.map(({ id, at: [line, start, end], via, provider, clientPackage, selfHosted }) => ({
      id,
      range: { start: { line, character: start }, end: { line, character: end } },
      via,
      ...(provider && { provider }),
      ...(clientPackage && { clientPackage }),
      ...(selfHosted && { selfHosted }),
    })),
  );
}

function assertFixture(name: string, expected: readonly Expected[]): void {
  const text = readFileSync(join(__dirname, 'fixtures', name), 'utf8');
  const result = pythonModelDetector.detect({ path: `/project/${name}`, text });
  assert.deepEqual(result.problems, []);
  assertReferences(text, result.references, expected);
}

/** The ids found in a snippet. */
const ids = (text: string) => detect(text).references.map((r) => r.id);
const only = (text: string) => {
  const { references } = detect(text);
  assert.equal(references.length, 1, JSON.stringify(references));
  return references[0];
};

describe('python model detector: realistic programs', () => {
  it('a LangChain RAG app: constants, getenv defaults, init_chat_model, a local Ollama; not comments, docstrings, dead code or log text', () => {
    assertFixture('rag_langchain.py', [
      { id: 'gpt-4o-mini', at: [17, 42, 53], via: 'langchain-openai ChatOpenAI', provider: 'openai', clientPackage: 'langchain-openai' },
      { id: 'text-embedding-3-small', at: [18, 52, 74], via: 'langchain-openai OpenAIEmbeddings', provider: 'openai', clientPackage: 'langchain-openai' },
      { id: 'sentence-transformers/all-MiniLM-L6-v2', at: [19, 20, 58], via: 'langchain-huggingface HuggingFaceEmbeddings', provider: 'huggingface', clientPackage: 'langchain-huggingface' },
      { id: 'llama3.1:8b', at: [38, 33, 44], via: 'langchain-ollama ChatOllama', provider: 'ollama', clientPackage: 'langchain-ollama', selfHosted: 'http://localhost:11434' },
      { id: 'anthropic:claude-3-5-haiku-latest', at: [40, 32, 65], via: 'langchain init_chat_model', provider: 'anthropic', clientPackage: 'langchain' },
      { id: 'mistral-large-latest', at: [42, 32, 52], via: 'langchain init_chat_model', provider: 'mistral', clientPackage: 'langchain' },
    ]);
  });

  it('an OpenAI/Anthropic chat app: clients, self.attributes, dataclass settings, parameter defaults, Azure and a vLLM server', () => {
    assertFixture('chat_app.py', [
      { id: 'gpt-4.1', at: [11, 17, 24], via: 'openai chat.completions.create', provider: 'openai', clientPackage: 'openai' },
      { id: 'gpt-4o-mini', at: [12, 52, 63], via: 'openai responses.create', provider: 'openai', clientPackage: 'openai' },
      { id: 'claude-sonnet-4-20250514', at: [19, 25, 49], via: 'anthropic messages.create', provider: 'anthropic', clientPackage: 'anthropic' },
      { id: 'claude-3-5-haiku-20241022', at: [47, 48, 73], via: 'anthropic messages.stream', provider: 'anthropic', clientPackage: 'anthropic' },
      { id: 'text-embedding-3-large', at: [58, 43, 65], via: 'openai embeddings.create', provider: 'openai', clientPackage: 'openai' },
      { id: 'whisper-1', at: [63, 57, 66], via: 'openai audio.transcriptions.create', provider: 'openai', clientPackage: 'openai' },
      { id: 'dall-e-3', at: [67, 41, 49], via: 'openai images.generate', provider: 'openai', clientPackage: 'openai' },
      { id: 'gpt-4o-deployment', at: [71, 48, 65], via: 'openai chat.completions.create', provider: 'azure', clientPackage: 'openai' },
      { id: 'meta-llama/Llama-3.1-8B-Instruct', at: [75, 48, 80], via: 'openai chat.completions.create', provider: 'vllm', clientPackage: 'openai', selfHosted: 'http://10.0.0.12:8000/v1' },
      { id: 'gpt-4o', at: [80, 15, 21], via: 'openai chat.completions.create', provider: 'openai', clientPackage: 'openai' },
    ]);
  });

  it('a transformers training script: argparse and dataclass defaults, one reference per string, PEFT adapters, pipelines; not local paths', () => {
    assertFixture('train_classifier.py', [
      { id: 'microsoft/deberta-v3-base', at: [19, 8, 33], via: 'transformers from_pretrained', provider: 'huggingface', clientPackage: 'transformers' },
      { id: 'roberta-base', at: [24, 45, 57], via: 'transformers from_pretrained', provider: 'huggingface', clientPackage: 'transformers' },
      { id: 'bert-base-uncased', at: [30, 49, 66], via: 'transformers from_pretrained', provider: 'huggingface', clientPackage: 'transformers' },
      { id: 'meta-llama/Llama-3.1-8B', at: [59, 9, 32], via: 'transformers from_pretrained', provider: 'huggingface', clientPackage: 'transformers' },
      { id: 'my-org/llama-3.1-8b-support-lora', at: [62, 44, 76], via: 'peft PeftModel.from_pretrained', provider: 'huggingface', clientPackage: 'peft' },
      { id: 'distilbert/distilbert-base-uncased-finetuned-sst-2-english', at: [70, 59, 117], via: 'transformers pipeline', provider: 'huggingface', clientPackage: 'transformers' },
    ]);
  });

  it('a diffusers script: pipelines, a VAE, LoRA weights and Hub downloads; not datasets', () => {
    assertFixture('generate_images.py', [
      { id: 'stabilityai/stable-diffusion-xl-base-1.0', at: [6, 8, 48], via: 'diffusers from_pretrained', provider: 'huggingface', clientPackage: 'diffusers' },
      { id: 'stabilityai/stable-diffusion-xl-refiner-1.0', at: [7, 11, 54], via: 'diffusers from_pretrained', provider: 'huggingface', clientPackage: 'diffusers' },
      { id: 'madebyollama/sdxl-vae-fp16-fix', at: [9, 37, 67], via: 'diffusers from_pretrained', provider: 'huggingface', clientPackage: 'diffusers' },
      { id: 'nerijs/pixel-art-xl', at: [16, 24, 43], via: 'diffusers load_lora_weights', provider: 'huggingface', clientPackage: 'diffusers' },
      { id: 'ai-forever/Real-ESRGAN', at: [20, 44, 66], via: 'huggingface-hub hf_hub_download', provider: 'huggingface', clientPackage: 'huggingface-hub' },
      { id: 'diffusers/controlnet-canny-sdxl-1.0', at: [22, 44, 79], via: 'huggingface-hub snapshot_download', provider: 'huggingface', clientPackage: 'huggingface-hub' },
    ]);
  });

  it('local inference: vLLM, llama-cpp (file and Hub), Ollama module and client, sentence-transformers, TGI and click options', () => {
    assertFixture('local_inference.py', [
      { id: './models/mistral-7b-instruct-v0.2.Q4_K_M.gguf', at: [9, 13, 58], via: 'llama-cpp-python Llama', provider: 'llama-cpp', clientPackage: 'llama-cpp-python' },
      { id: 'all-MiniLM-L6-v2', at: [11, 31, 47], via: 'sentence-transformers SentenceTransformer', provider: 'huggingface', clientPackage: 'sentence-transformers' },
      { id: 'cross-encoder/ms-marco-MiniLM-L-6-v2', at: [12, 25, 61], via: 'sentence-transformers CrossEncoder', provider: 'huggingface', clientPackage: 'sentence-transformers' },
      { id: 'HuggingFaceH4/zephyr-7b-beta', at: [14, 32, 60], via: 'huggingface-hub InferenceClient', provider: 'huggingface', clientPackage: 'huggingface-hub' },
      { id: 'Qwen/Qwen2.5-7B-Instruct', at: [18, 21, 45], via: 'vllm LLM', provider: 'vllm', clientPackage: 'vllm' },
      { id: 'bartowski/Llama-3.2-3B-Instruct-GGUF', at: [25, 41, 77], via: 'llama-cpp-python Llama.from_pretrained', provider: 'llama-cpp', clientPackage: 'llama-cpp-python' },
      { id: 'llama3.2', at: [30, 17, 25], via: 'ollama pull', provider: 'ollama', clientPackage: 'ollama' },
      { id: 'llama3.2', at: [31, 31, 39], via: 'ollama chat', provider: 'ollama', clientPackage: 'ollama' },
      { id: 'phi3:mini', at: [33, 31, 40], via: 'ollama generate', provider: 'ollama', clientPackage: 'ollama', selfHosted: 'http://192.168.1.20:11434' },
      { id: 'meta-llama/Meta-Llama-3-8B-Instruct', at: [39, 63, 98], via: 'huggingface-hub chat_completion', provider: 'huggingface', clientPackage: 'huggingface-hub' },
      { id: 'BAAI/bge-base-en-v1.5', at: [43, 37, 58], via: 'sentence-transformers SentenceTransformer', provider: 'huggingface', clientPackage: 'sentence-transformers' },
    ]);
  });

  it('hosted providers: Google (both SDKs), Cohere, Mistral, LiteLLM prefixes, Bedrock, LlamaIndex, **params', () => {
    assertFixture('multi_provider.py', [
      { id: 'gpt-4o-2024-08-06', at: [16, 20, 37], via: 'chat.completions.create' },
      { id: 'gemini-2.5-flash', at: [22, 15, 31], via: 'google-genai models.generate_content', provider: 'google', clientPackage: 'google-genai' },
      { id: 'gemini-1.5-pro', at: [26, 43, 57], via: 'google-generativeai GenerativeModel', provider: 'google', clientPackage: 'google-generativeai' },
      { id: 'gemini-1.5-flash-8b', at: [27, 53, 72], via: 'google-generativeai GenerativeModel', provider: 'google', clientPackage: 'google-generativeai' },
      { id: 'command-r-plus-08-2024', at: [33, 26, 48], via: 'cohere chat', provider: 'cohere', clientPackage: 'cohere' },
      { id: 'embed-english-v3.0', at: [34, 46, 64], via: 'cohere embed', provider: 'cohere', clientPackage: 'cohere' },
      { id: 'mistral-large-latest', at: [40, 43, 63], via: 'mistralai chat.complete', provider: 'mistral', clientPackage: 'mistralai' },
      { id: 'gpt-4o', at: [45, 26, 32], via: 'litellm completion', provider: 'litellm', clientPackage: 'litellm' },
      { id: 'claude-3-5-sonnet-20240620', at: [45, 36, 62], via: 'litellm completion', provider: 'litellm', clientPackage: 'litellm' },
      { id: 'groq/llama-3.1-70b-versatile', at: [46, 19, 47], via: 'litellm completion', provider: 'groq', clientPackage: 'litellm', selfHosted: 'http://localhost:11434' },
      { id: 'ollama/qwen2.5:7b', at: [46, 51, 68], via: 'litellm completion', provider: 'ollama', clientPackage: 'litellm', selfHosted: 'http://localhost:11434' },
      { id: 'cohere/embed-english-v3.0', at: [48, 39, 64], via: 'litellm embedding', provider: 'cohere', clientPackage: 'litellm' },
      { id: 'anthropic.claude-3-5-sonnet-20240620-v1:0', at: [55, 17, 58], via: 'boto3 converse', provider: 'bedrock', clientPackage: 'boto3' },
      { id: 'meta.llama3-70b-instruct-v1:0', at: [59, 40, 69], via: 'boto3 invoke_model', provider: 'bedrock', clientPackage: 'boto3' },
      { id: 'gpt-4o-mini', at: [64, 24, 35], via: 'llama-index-llms-openai OpenAI', provider: 'openai', clientPackage: 'llama-index-llms-openai' },
      { id: 'BAAI/bge-small-en-v1.5', at: [65, 51, 73], via: 'llama-index-embeddings-huggingface HuggingFaceEmbedding', provider: 'huggingface', clientPackage: 'llama-index-embeddings-huggingface' },
    ]);
  });
});

describe('python model detector: what is not a reference', () => {
  const client = 'from openai import OpenAI\nclient = OpenAI()\n';

  it('ignores ids in comments, docstrings and bare string statements', () => {
    assert.deepEqual(ids(`"""Module doc: client.chat.completions.create(model="gpt-4")"""
${client}
class Bot:
    """client.chat.completions.create(model="gpt-4-turbo")"""

    def run(self):
        '''client.chat.completions.create(model="o1")'''
        "client.chat.completions.create(model='o3')"
        # client.chat.completions.create(model="gpt-3.5-turbo")
        return client.chat.completions.create(model="gpt-4o")  # model="gpt-4o-mini"
`), ['gpt-4o']);
  });

  it('ignores code under if False: / if 0: / elif False: but not their else branch', () => {
    assert.deepEqual(ids(`${client}
if False:
    client.chat.completions.create(model="dead-1")
    DEAD = "dead-2"
elif 0:
    client.chat.completions.create(model="dead-3")
else:
    client.chat.completions.create(model="live-1")
if 0: client.chat.completions.create(model="dead-4")
while False:
    client.chat.completions.create(model="dead-5")
def f():
    if False:
        return client.chat.completions.create(model="dead-6")
    return client.chat.completions.create(model="live-2")
`), ['live-1', 'live-2']);
  });

  it('ignores strings outside model positions', () => {
    assert.deepEqual(ids(`import logging
${client}
open("model.txt")
logging.info("using gpt-4o")
print("gpt-4o-mini")
client.chat.completions.create(messages=[{"role": "user", "content": "gpt-4o"}], user="gpt-4.1")
config = {"model": "not-used-here"}
`), []);
  });

  it('skips f-strings with fields, implicit concatenation, bytes, empty strings and None; keeps an f-string without fields', () => {
    assert.deepEqual(ids(`${client}
version = "4o"
client.chat.completions.create(model=f"gpt-{version}")
client.chat.completions.create(model=f"{version}")
client.chat.completions.create(model="gpt-" "4o")
client.chat.completions.create(model=b"gpt-4o")
client.chat.completions.create(model="")
client.chat.completions.create(model=None)
client.chat.completions.create(model=f"gpt-4o-mini")
`), ['gpt-4o-mini']);
  });

  it('skips local paths and URLs where a Hub id is expected', () => {
    assert.deepEqual(ids(`from transformers import AutoModel
AutoModel.from_pretrained("./outputs/checkpoint-500")
AutoModel.from_pretrained("/mnt/models/llama")
AutoModel.from_pretrained("~/models/bert")
AutoModel.from_pretrained("C:\\\\models\\\\bert")
AutoModel.from_pretrained("https://example.com/model")
AutoModel.from_pretrained("weights.safetensors")
AutoModel.from_pretrained("bert-base-cased")
`), ['bert-base-cased']);
  });

  it('does not let a parameter without default borrow a module constant of the same name', () => {
    assert.deepEqual(ids(`${client}
model = "module-level"
def ask(model):
    return client.chat.completions.create(model=model)
`), []);
  });

  it('ignores calls of the same name from unrelated libraries', () => {
    assert.deepEqual(ids(`from mylib import pipeline, LLM
pipeline("text-generation", model="gpt2")
LLM(model="not-vllm")
`), []);
    assert.deepEqual(ids(`import cohere
import ollama
from langchain_openai import ChatOpenAI
class Store:
    def chat(self, model=None): ...
Store().chat(model="own-class")
llm = ChatOpenAI()
llm.generate(["a prompt"], model="langchain-object")
def ask(co):
    return co.chat(model="command-r")  # a parameter may well be a Cohere client
`), ['command-r']);
  });
});

describe('python model detector: where ids come from', () => {
  const client = 'import os\nfrom openai import OpenAI\nclient = OpenAI()\n';

  it('reports a constant at its literal, once, however often it is used', () => {
    const text = `${client}MODEL = "gpt-4.1"\nclient.chat.completions.create(model=MODEL)\nclient.responses.create(model=MODEL)\n`;
    const ref = only(text);
    assert.equal(ref.id, 'gpt-4.1');
    assert.deepEqual(ref.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 16 } });
  });

  it('reports getenv / environ.get / config defaults at the literal, not the variable name', () => {
    assert.deepEqual(ids(`${client}
A = os.getenv("LLM", "gpt-4.1")
B = os.environ.get("EMBEDDINGS", "text-embedding-3-small")
C = os.getenv("SMALL", default="gpt-4o-mini")
D = os.environ.get("NO_DEFAULT")
client.chat.completions.create(model=A)
client.embeddings.create(model=B)
client.chat.completions.create(model=C)
client.chat.completions.create(model=D)
client.chat.completions.create(model=os.getenv("INLINE_MODEL", "o3-mini"))
`), ['gpt-4.1', 'text-embedding-3-small', 'gpt-4o-mini', 'o3-mini']);
  });

  it('follows settings.MODEL to a module-level constant or class attribute of the file', () => {
    assert.deepEqual(ids(`${client}
import settings
MODEL = "gpt-4o"
class Config:
    EMBEDDING_MODEL: str = "text-embedding-3-large"
client.chat.completions.create(model=settings.MODEL)
client.embeddings.create(model=Config.EMBEDDING_MODEL)
`), ['gpt-4o', 'text-embedding-3-large']);
  });

  it('follows function defaults, `or` fallbacks, conditionals and loops over literal lists', () => {
    assert.deepEqual(ids(`${client}
CANDIDATES = ["gpt-4o", "gpt-4o-mini"]
def ask(q, model="o1-mini", fallback=None):
    chosen = fallback or "o3-mini"
    client.chat.completions.create(model=model)
    client.chat.completions.create(model=chosen)
    client.chat.completions.create(model="big" if len(q) > 100 else "small")
for name in CANDIDATES:
    client.chat.completions.create(model=name)
`), ['gpt-4o', 'gpt-4o-mini', 'o1-mini', 'o3-mini', 'big', 'small']);
  });

  it('follows dict entries, **params and argparse choices', () => {
    assert.deepEqual(ids(`${client}
import argparse
PARAMS = {"model": "gpt-4o", "temperature": 0}
CONFIG = dict(model="gpt-4.1-nano")
client.chat.completions.create(**PARAMS, messages=[])
client.chat.completions.create(model=CONFIG["model"])
parser = argparse.ArgumentParser()
parser.add_argument("--judge-model", choices=["o3", "o4-mini"])
args = parser.parse_args()
client.chat.completions.create(model=args.judge_model)
`), ['gpt-4o', 'gpt-4.1-nano', 'o3', 'o4-mini']);
  });
});

describe('python model detector: APIs', () => {
  it('transformers: from_pretrained positional and keyword, pipeline second positional, tokenizers once per string', () => {
    const text = `from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline
NAME = "Qwen/Qwen2.5-0.5B"
tok = AutoTokenizer.from_pretrained(NAME)
model = AutoModelForCausalLM.from_pretrained(NAME)
other = AutoModelForCausalLM.from_pretrained(pretrained_model_name_or_path="gpt2", trust_remote_code=True)
gen = pipeline("text-generation", "distilgpt2")
`;
    assertReferences(text, detect(text).references, [
      { id: 'Qwen/Qwen2.5-0.5B', at: [1, 8, 25], via: 'transformers from_pretrained', provider: 'huggingface', clientPackage: 'transformers' },
      { id: 'gpt2', at: [4, 76, 80], via: 'transformers from_pretrained', provider: 'huggingface', clientPackage: 'transformers' },
      { id: 'distilgpt2', at: [5, 35, 45], via: 'transformers pipeline', provider: 'huggingface', clientPackage: 'transformers' },
    ]);
  });

  it('from_pretrained on a receiver the file does not import still names a Hub model', () => {
    const ref = only(`import transformers\ndef load(cls):\n    return cls.from_pretrained("google/flan-t5-base")\n`);
    assert.equal(ref.via, 'transformers from_pretrained');
    assert.equal(ref.provider, 'huggingface');
  });

  it('Vertex AI from_pretrained is Google, not the Hub', () => {
    const ref = only(`from vertexai.language_models import TextEmbeddingModel\nTextEmbeddingModel.from_pretrained("text-embedding-004")\n`);
    assert.deepEqual([ref.provider, ref.via, ref.clientPackage], ['google', 'google-cloud-aiplatform TextEmbeddingModel.from_pretrained', 'google-cloud-aiplatform']);
  });

  it('OpenAI-compatible clients: the server URL decides the provider or marks it self-hosted', () => {
    const refs = detect(`from openai import OpenAI
groq = OpenAI(base_url="https://api.groq.com/openai/v1")
lan = OpenAI(base_url="http://127.0.0.1:1234/v1")
docker = OpenAI(base_url="http://vllm:8000/v1")
proxy = OpenAI(base_url="https://llm-gateway.example.com/v1")
groq.chat.completions.create(model="llama-3.3-70b-versatile")
lan.chat.completions.create(model="qwen2.5-7b-instruct")
docker.chat.completions.create(model="mistralai/Mistral-7B-Instruct-v0.3")
proxy.chat.completions.create(model="gpt-4o")
OpenAI(base_url="http://0.0.0.0:11434/v1").chat.completions.create(model="llama3")
`).references;
    assert.deepEqual(refs.map((r) => [r.id, r.provider, r.selfHosted]), [
      ['llama-3.3-70b-versatile', 'groq', undefined],
      ['qwen2.5-7b-instruct', 'lmstudio', 'http://127.0.0.1:1234/v1'], // LM Studio's default port
      ['mistralai/Mistral-7B-Instruct-v0.3', 'vllm', 'http://vllm:8000/v1'],
      ['gpt-4o', 'openai', undefined],
      ['llama3', 'ollama', 'http://0.0.0.0:11434/v1'],
    ]);
  });

  it('Anthropic clients pointed at a local server are self-hosted; Bedrock and Vertex variants name their server', () => {
    const refs = detect(`import anthropic
from anthropic import AnthropicBedrock, AsyncAnthropicVertex
local = anthropic.Anthropic(base_url="http://localhost:4000")
local.messages.create(model="claude-3-5-sonnet-latest", max_tokens=10, messages=[])
AnthropicBedrock().messages.create(model="anthropic.claude-3-haiku-20240307-v1:0", max_tokens=10, messages=[])
async def go():
    await AsyncAnthropicVertex(region="us-east5").messages.create(model="claude-3-5-sonnet-v2@20241022", max_tokens=1, messages=[])
`).references;
    assert.deepEqual(refs.map((r) => [r.id, r.provider, r.via, r.selfHosted]), [
      ['claude-3-5-sonnet-latest', 'anthropic', 'anthropic messages.create', 'http://localhost:4000'],
      ['anthropic.claude-3-haiku-20240307-v1:0', 'bedrock', 'anthropic messages.create', undefined],
      ['claude-3-5-sonnet-v2@20241022', 'google', 'anthropic messages.create', undefined],
    ]);
  });

  it('a client passed in as a parameter is recognised from the method path and the file imports', () => {
    const refs = detect(`import anthropic
def ask(client: anthropic.Anthropic):
    return client.messages.create(model="claude-opus-4-1", max_tokens=100, messages=[])
def ask_any(client):
    return client.chat.completions.create(model="gpt-4o")
`).references;
    assert.deepEqual(refs.map((r) => [r.id, r.provider, r.via, r.clientPackage]), [
      ['claude-opus-4-1', 'anthropic', 'anthropic messages.create', 'anthropic'],
      ['gpt-4o', undefined, 'chat.completions.create', undefined],
    ]);
  });

  it('Google: GenerativeModel with model_name=, the genai client and its async variant', () => {
    const refs = detect(`import google.generativeai as genai
from google import genai as new_genai
model = genai.GenerativeModel(model_name="gemini-1.5-flash")
client = new_genai.Client(vertexai=True, project="p", location="us-central1")
client.models.embed_content(model="text-embedding-005", contents=["x"])
async def go():
    return await client.aio.models.generate_content(model="gemini-2.0-flash", contents="hi")
`).references;
    assert.deepEqual(refs.map((r) => [r.id, r.via]), [
      ['gemini-1.5-flash', 'google-generativeai GenerativeModel'],
      ['text-embedding-005', 'google-genai models.embed_content'],
      ['gemini-2.0-flash', 'google-genai aio.models.generate_content'],
    ]);
  });

  it('LangChain: model_name=, model_provider=, guessed providers, HuggingFaceEndpoint repo_id and base_url', () => {
    const refs = detect(`from langchain.chat_models import init_chat_model
from langchain_anthropic import ChatAnthropic
from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_huggingface import HuggingFaceEndpoint
from langchain_mistralai import ChatMistralAI
from langchain_openai import ChatOpenAI
ChatOpenAI(model_name="gpt-3.5-turbo-0125")
ChatOpenAI(model="local-model", base_url="http://localhost:8080/v1")
ChatAnthropic(model="claude-3-7-sonnet-latest")
ChatGoogleGenerativeAI(model="gemini-1.5-pro")
ChatMistralAI(model="open-mixtral-8x22b")
init_chat_model("gpt-4o", model_provider="openai")
init_chat_model("claude-3-opus-20240229")
init_chat_model(model="llama3.1", model_provider="ollama")
HuggingFaceEndpoint(repo_id="HuggingFaceH4/zephyr-7b-beta", max_new_tokens=512)
`).references;
    assert.deepEqual(refs.map((r) => [r.id, r.provider, r.clientPackage, r.selfHosted]), [
      ['gpt-3.5-turbo-0125', 'openai', 'langchain-openai', undefined],
      ['local-model', undefined, 'langchain-openai', 'http://localhost:8080/v1'],
      ['claude-3-7-sonnet-latest', 'anthropic', 'langchain-anthropic', undefined],
      ['gemini-1.5-pro', 'google', 'langchain-google-genai', undefined],
      ['open-mixtral-8x22b', 'mistral', 'langchain-mistralai', undefined],
      ['gpt-4o', 'openai', 'langchain', undefined],
      ['claude-3-opus-20240229', 'anthropic', 'langchain', undefined],
      ['llama3.1', 'ollama', 'langchain', undefined],
      ['HuggingFaceH4/zephyr-7b-beta', 'huggingface', 'langchain-huggingface', undefined],
    ]);
  });

  it('LiteLLM: keyword and positional models, async and embedding calls, prefixes naming the provider', () => {
    const refs = detect(`from litellm import acompletion, completion, embedding
completion("vertex_ai/gemini-1.5-pro", messages=[])
async def go():
    await acompletion(model="together_ai/meta-llama/Llama-3-70b-chat-hf", messages=[])
embedding(model="text-embedding-ada-002", input=["x"])
completion(model="hosted_vllm/facebook/opt-125m", api_base="http://gpu-1.internal:8000/v1", messages=[])
`).references;
    assert.deepEqual(refs.map((r) => [r.id, r.provider, r.via, r.selfHosted]), [
      ['vertex_ai/gemini-1.5-pro', 'google', 'litellm completion', undefined],
      ['together_ai/meta-llama/Llama-3-70b-chat-hf', 'together', 'litellm acompletion', undefined],
      ['text-embedding-ada-002', 'litellm', 'litellm embedding', undefined],
      ['hosted_vllm/facebook/opt-125m', 'vllm', 'litellm completion', 'http://gpu-1.internal:8000/v1'],
    ]);
  });

  it('Ollama: module functions imported by name and a client with positional models', () => {
    const refs = detect(`from ollama import AsyncClient, chat, embed
chat("gemma2:2b", messages=[])
embed(model="nomic-embed-text", input="x")
async def go():
    await AsyncClient().chat("qwen2.5-coder:7b", messages=[])
`).references;
    assert.deepEqual(refs.map((r) => [r.id, r.via]), [
      ['gemma2:2b', 'ollama chat'],
      ['nomic-embed-text', 'ollama embed'],
      ['qwen2.5-coder:7b', 'ollama chat'],
    ]);
  });

  it('LlamaIndex and agent frameworks', () => {
    const refs = detect(`from llama_index.core import Settings
from llama_index.llms.ollama import Ollama
from llama_index.embeddings.openai import OpenAIEmbedding
from pydantic_ai import Agent
from agents import Agent as OpenAIAgent
from smolagents import InferenceClientModel
Settings.llm = Ollama(model="llama3.2:3b", request_timeout=60.0)
Settings.embed_model = OpenAIEmbedding(model="text-embedding-3-small")
Agent("anthropic:claude-3-5-sonnet-latest", system_prompt="Be brief")
OpenAIAgent(name="triage", model="gpt-4.1-mini")
InferenceClientModel(model_id="Qwen/Qwen2.5-Coder-32B-Instruct")
`).references;
    assert.deepEqual(refs.map((r) => [r.id, r.provider, r.clientPackage]), [
      ['llama3.2:3b', 'ollama', 'llama-index-llms-ollama'],
      ['text-embedding-3-small', 'openai', 'llama-index-embeddings-openai'],
      ['anthropic:claude-3-5-sonnet-latest', 'anthropic', 'pydantic-ai'],
      ['gpt-4.1-mini', 'openai', 'openai-agents'],
      ['Qwen/Qwen2.5-Coder-32B-Instruct', 'huggingface', 'smolagents'],
    ]);
  });

  it('Hugging Face Hub clients and local engines, positional forms included', () => {
    const refs = detect(`from huggingface_hub import InferenceClient, snapshot_download
from vllm import LLM
snapshot_download("mistralai/Mistral-7B-v0.1", local_dir="weights")
hub = InferenceClient(token="hf_xxx")
hub.text_generation("def fib(n):", model="bigcode/starcoder2-15b")
tgi = InferenceClient(base_url="http://localhost:8080")
tgi.chat_completion(messages=[], model="tgi")
engine = LLM("facebook/opt-125m", tokenizer="hf-internal-testing/llama-tokenizer")
`).references;
    assert.deepEqual(refs.map((r) => [r.id, r.via, r.selfHosted]), [
      ['mistralai/Mistral-7B-v0.1', 'huggingface-hub snapshot_download', undefined],
      ['bigcode/starcoder2-15b', 'huggingface-hub text_generation', undefined],
      ['tgi', 'huggingface-hub chat_completion', 'http://localhost:8080'],
      ['facebook/opt-125m', 'vllm LLM', undefined],
      ['hf-internal-testing/llama-tokenizer', 'vllm LLM', undefined],
    ]);
  });

  it('names used without a visible import are matched only when the file imports the package (star imports)', () => {
    assert.deepEqual(ids(`from langchain_openai import *\nChatOpenAI(model="gpt-4o")\n`), ['gpt-4o']);
    assert.deepEqual(ids(`ChatOpenAI(model="gpt-4o")\n`), []);
  });
});

describe('python model detector: robustness and speed', () => {
  it('gives best-effort results on broken code and never throws', () => {
    const text = `from openai import OpenAI
client = OpenAI(
client.chat.completions.create(model="after-unclosed-call"

def later():
    return client.chat.completions.create(model="in-a-later-function")
s = "unterminated
client.responses.create(model="after-unterminated-string")
`;
    // The unclosed call swallows the next line (as Python would), its call is still read; `def` ends the damage.
    assert.deepEqual(ids(text), ['after-unclosed-call', 'in-a-later-function', 'after-unterminated-string']);
    for (const garbage of ['', '\0\x01\x02binary\xff', ')))]]]', '((((((((', '"""', 'def', 'import', 'from . import', 'x = = =', '@', '\\']) {
      assert.deepEqual(detect(garbage), { references: [], problems: [] });
    }
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const words = ['client', '.', 'chat', 'completions', 'create', '(', ')', 'model', '=', '"m"', ',', '\n', '    ', 'def f', ':', 'if False', 'import openai', 'X', 'for', 'in', '[', ']', '{', '}', '**', 'or', 'else', 'lambda'];
    for (let n = 0; n < 300; n++) {
      const snippet = Array.from({ length: 60 }, () => words[Math.floor(random() * words.length)]).join(' ');
      assert.doesNotThrow(() => detect(snippet));
    }
  });

  it('survives deep nesting and long chains', () => {
    const deep = `from openai import OpenAI\nx = ${'('.repeat(5000)}1${')'.repeat(5000)}\nOpenAI().chat.completions.create(model="ok")\n`;
    assert.deepEqual(ids(deep), ['ok']);
    const aliases = (n: number) => `import openai\nA0 = "m0"\n${Array.from({ length: n }, (_, i) => `A${i + 1} = A${i}`).join('\n')}\nopenai.chat.completions.create(model=A${n})\n`;
    assert.deepEqual(ids(aliases(3)), ['m0']);
    assert.deepEqual(ids(aliases(200)), [], 'long alias chains are cut off rather than followed forever');
    const cycle = `import openai\na = b or "x"\nb = a or "y"\nopenai.chat.completions.create(model=a)\n`;
    assert.deepEqual(ids(cycle), ['x', 'y']);
  });

  it('reads a 5,000-line file in milliseconds', () => {
    const fixtures = ['rag_langchain.py', 'chat_app.py', 'train_classifier.py', 'generate_images.py'].map((f) => readFileSync(join(__dirname, 'fixtures', f), 'utf8'));
    const filler = Array.from({ length: 40 }, (_, i) => `def handler_${i}(request, db):\n    rows = db.query(Item).filter(Item.owner == request.user).limit(50).all()\n    return [{"id": r.id, "name": r.name} for r in rows]\n`).join('\n');
    let text = '';
    while (text.split('\n').length < 5000) text += `${fixtures.join('\n')}\n${filler}\n`;
    text = text.split('\n').slice(0, 5000).join('\n');
    detect(text);
    // Each run under another path: the detector keeps a file's tokens only for that file, so every run reads the whole text.
    const times = Array.from({ length: 5 }, (_, run) => {
      const start = performance.now();
      pythonModelDetector.detect({ path: `/project/app${run}.py`, text });
      return performance.now() - start;
    }).sort((a, b) => a - b);
    // Measured around 3-5 ms bundled; this bound catches accidental quadratic work, not noise on a busy machine.
    assert.ok(times[2] < 250, `median ${times[2].toFixed(1)} ms`);
  });

  it('is registered for .py files', () => {
    assert.ok(detectorsFor('/p/app.py').includes(pythonModelDetector));
    assert.ok(detectorsFor('/p/tool.PYW').includes(pythonModelDetector));
    assert.ok(!detectorsFor('/p/app.pyc').includes(pythonModelDetector));
    assert.ok(!detectorsFor('/p/types.pyi').includes(pythonModelDetector));
  });
});
