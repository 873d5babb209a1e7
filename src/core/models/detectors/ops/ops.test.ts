import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { brief, detectorHarness, rangeOf } from '../../../../../test/support/detection';
import { LineIndex } from '../../../text/lineIndex';
import { opsModelDetector } from '.';
import { shellCommands } from './shellWords';

const { detect, detectFixture } = detectorHarness(opsModelDetector, join(__dirname, 'fixtures'));

test('accepts Modelfiles, Dockerfiles, Containerfiles, shell scripts and Makefiles', () => {
  for (const path of ['/p/Modelfile', '/p/ollama/assistant.modelfile', '/p/Modelfile.coder', '/p/Dockerfile', '/p/docker/Dockerfile.gpu', '/p/api.Dockerfile', '/p/Containerfile', '/p/scripts/serve.sh', '/p/run.bash', '/p/Makefile', '/p/build/models.mk']) {
    assert.ok(opsModelDetector.accepts(path), path);
  }
  for (const path of ['/p/docker-compose.yml', '/p/dockerfile.md', '/p/Dockerfile.dockerignore', '/p/serve.py', '/p/Makefile.am.txt', '/p/shell.ts']) {
    assert.ok(!opsModelDetector.accepts(path), path);
  }
});

test('Dockerfile: ENV, ARG, RUN chains with continuations and comments, heredocs, CMD exec form', () => {
  const { text, references, problems } = detectFixture('Dockerfile');
  assert.deepEqual(problems, []);
  assert.deepEqual(brief(references), [
    ['llama3.1:8b', 'ollama', 'Dockerfile ENV OLLAMA_MODEL'],
    ['nomic-embed-text', null, 'Dockerfile ARG EMBED_MODEL'],
    ['llama3.1', 'ollama', 'ollama pull'],
    ['qwen2.5:7b', 'ollama', 'ollama pull'],
    ['BAAI/bge-small-en-v1.5', 'huggingface', 'huggingface-cli download'],
    ['meta-llama/Llama-3.2-1B-Instruct', null, 'Dockerfile ENV MODEL_ID'],
    ['meta-llama/Llama-3.1-8B-Instruct', 'huggingface', 'vllm serve'],
  ]);
  assert.deepEqual(references[0].range, { start: { line: 2, character: 17 }, end: { line: 2, character: 28 } });
  assert.deepEqual(references[2].range, { start: { line: 7, character: 16 }, end: { line: 7, character: 24 } });
  // Inside the quotes of "qwen2.5:7b" and of the exec form's JSON string.
  assert.deepEqual(references[3].range, rangeOf(text, 'qwen2.5:7b'));
  assert.deepEqual(references[4].range, rangeOf(text, 'BAAI/bge-small-en-v1.5'));
  assert.deepEqual(references[6].range, { start: { line: 21, character: 21 }, end: { line: 21, character: 53 } });
});

test('Dockerfile: CMD arguments follow the base image server or the ENTRYPOINT', () => {
  const text = [
    'FROM vllm/vllm-openai:v0.6.3',
    'CMD ["--model", "mistralai/Mistral-7B-Instruct-v0.3", "--port", "8000"]',
    '',
    'FROM ghcr.io/huggingface/text-generation-inference:2.4.0',
    'CMD ["--model-id", "HuggingFaceH4/zephyr-7b-beta"]',
    '',
    'FROM python:3.12-slim',
    'ENTRYPOINT ["ollama", "run"]',
    'CMD ["phi3:mini"]',
    '',
    'FROM python:3.12-slim',
    'CMD ["--model", "not-read-without-a-server"]',
    '',
  ].join('\n');
  const { references } = detect('/p/Dockerfile', text);
  assert.deepEqual(brief(references), [
    ['mistralai/Mistral-7B-Instruct-v0.3', 'huggingface', 'vllm image'],
    ['HuggingFaceH4/zephyr-7b-beta', 'huggingface', 'text-generation-inference image --model-id'],
    ['phi3:mini', 'ollama', 'ollama run'],
  ]);
  assert.deepEqual(references[0].range, rangeOf(text, 'mistralai/Mistral-7B-Instruct-v0.3'));
  assert.deepEqual(references[2].range, { start: { line: 8, character: 6 }, end: { line: 8, character: 15 } });
});

test('Dockerfile: a broken exec form is read as a shell command, as Docker does', () => {
  const text = 'FROM ollama/ollama\nRUN ["ollama", "pull", llama3.2]\nRUN ollama pull "unterminated\n';
  const { references, problems } = detect('/p/Containerfile', text);
  assert.deepEqual(references, []);
  assert.deepEqual(problems, [{ range: { start: { line: 2, character: 16 }, end: { line: 2, character: 17 } }, message: 'Unterminated double quote' }]);
});

test('shell script: assignments, defaults, continuations, comments, flags with = and images run with arguments', () => {
  const { text, references, problems } = detectFixture('serve.sh');
  assert.deepEqual(problems, []);
  assert.deepEqual(brief(references), [
    ['Qwen/Qwen2.5-7B-Instruct', null, 'variable MODEL'],
    ['BAAI/bge-m3', null, 'variable EMBEDDING_MODEL'],
    ['microsoft/Phi-3-mini-4k-instruct', 'huggingface', 'vllm.entrypoints.openai.api_server --model'],
    ['bigscience/bloom-560m', 'huggingface', 'text-generation-launcher --model-id'],
    ['ggml-org/gemma-3-1b-it-GGUF:Q4_K_M', 'huggingface', 'llama-server -hf'],
    ['./models/tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf', 'gguf', 'llama-server -m'],
    ['phi3:mini', 'ollama', 'ollama run'],
    ['HuggingFaceH4/zephyr-7b-beta', 'huggingface', 'text-generation-inference image --model-id'],
  ]);
  // `MODEL="${MODEL:-Qwen/…}"`: the default, inside the quotes.
  assert.deepEqual(references[0].range, { start: { line: 4, character: 16 }, end: { line: 4, character: 40 } });
  // `--model=microsoft/…`: after the equals sign, on the continued line.
  assert.deepEqual(references[2].range, { start: { line: 13, character: 10 }, end: { line: 13, character: 42 } });
  assert.deepEqual(references[5].range, rangeOf(text, './models/tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf'));
  assert.deepEqual(references[7].range, rangeOf(text, 'HuggingFaceH4/zephyr-7b-beta'));
});

test('shell: commented-out commands, strings, templates and dataset downloads name no model', () => {
  const text = [
    '# ollama pull llama3',
    'echo "vllm serve meta-llama/Llama-3.1-8B"',
    'ollama pull "$MODEL"',
    'ollama run ${1}',
    'vllm serve /models/local-checkpoint',
    'huggingface-cli download --repo-type=dataset HuggingFaceFW/fineweb',
    'hf download --repo-type space gradio/hello_world',
    'llama-server -m ./weights/ggml-model-f16.bin',
    'ollama list',
    '',
  ].join('\n');
  assert.deepEqual(detect('/p/run.sh', text).references, []);
});

test('shell: ollama options before the model, hf download options, python3 module path, pipes', () => {
  const text = 'ollama run --verbose --keepalive 10m llama3.2:1b < prompt.txt | tee out.log\nhf download Qwen/Qwen2.5-0.5B --include "*.json" --local-dir ./qwen\n';
  const { references } = detect('/p/run.sh', text);
  assert.deepEqual(brief(references), [
    ['llama3.2:1b', 'ollama', 'ollama run'],
    ['Qwen/Qwen2.5-0.5B', 'huggingface', 'hf download'],
  ]);
  assert.deepEqual(references[0].range, { start: { line: 0, character: 37 }, end: { line: 0, character: 48 } });
  assert.deepEqual(references[1].range, { start: { line: 1, character: 12 }, end: { line: 1, character: 29 } });
});

test('Modelfile: a local GGUF file; text blocks whose lines start with "from" are not instructions', () => {
  const { text, references } = detectFixture('Modelfile');
  assert.deepEqual(brief(references), [['./models/llama-3.2-1b-instruct.Q4_K_M.gguf', 'gguf', 'Modelfile FROM']]);
  assert.deepEqual(references[0].range, rangeOf(text, './models/llama-3.2-1b-instruct.Q4_K_M.gguf'));
});

test('Modelfile: model tags, Hugging Face repos through Ollama, quoted values, lower-case instructions', () => {
  for (const [line, id, character] of [
    ['FROM llama3.2:3b', 'llama3.2:3b', 5],
    ['from   qwen2.5-coder:7b-instruct-q4_K_M', 'qwen2.5-coder:7b-instruct-q4_K_M', 7],
    ['FROM hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M', 'hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M', 5],
    ['FROM "mistral:7b"', 'mistral:7b', 6],
  ] as const) {
    const { references } = detect('/p/Modelfile', `# base\n${line}\nPARAMETER temperature 0.1\n`);
    assert.deepEqual(brief(references), [[id, 'ollama', 'Modelfile FROM']], line);
    assert.deepEqual(references[0].range, { start: { line: 1, character }, end: { line: 1, character: character + id.length } }, line);
  }
  assert.deepEqual(detect('/p/Modelfile', 'FROM ./my-finetune/\nFROM /opt/models/checkpoint\n').references, []);
});

test('Makefile: make variables and recipe lines with prefixes and continuations', () => {
  const { text, references, problems } = detectFixture('Makefile');
  assert.deepEqual(problems, []);
  assert.deepEqual(brief(references), [
    ['llama3.1:8b', null, 'make variable MODEL'],
    ['nomic-embed-text', null, 'make variable EMBED_MODEL'],
    ['mistral', 'ollama', 'ollama pull'],
    ['gemma2:2b', 'ollama', 'ollama run'],
    ['Qwen/Qwen2.5-0.5B-Instruct', 'huggingface', 'vllm serve'],
  ]);
  assert.deepEqual(references[2].range, { start: { line: 7, character: 14 }, end: { line: 7, character: 21 } });
  assert.deepEqual(references[3].range, rangeOf(text, 'gemma2:2b'));
});

test('shell words: quotes, escapes, continuations, $(…) and ${…} stay in their word', () => {
  const text = 'A="x y" b\\ c \'d\'e $(echo "a b") ${X:-a b} && f # g\\\nh';
  const { commands } = shellCommands(text, new LineIndex(text));
  assert.deepEqual(commands.map((words) => words.map((w) => w.value)), [['A=x y', 'b c', 'de', '$(echo "a b")', '${X:-a b}'], ['f'], ['h']]);
  const [assignment, escaped] = commands[0];
  assert.equal(assignment.assignment?.name, 'A');
  assert.deepEqual([assignment.assignment?.value.start, assignment.assignment?.value.end, assignment.assignment?.value.exact], [3, 6, true]);
  assert.equal(escaped.exact, false);
});

test('binary-looking and empty inputs never throw', () => {
  for (const path of ['/p/Dockerfile', '/p/Modelfile', '/p/a.sh', '/p/Makefile']) {
    assert.doesNotThrow(() => opsModelDetector.detect({ path, text: '\u0000RUN "\u0001 \\' }));
    assert.deepEqual(opsModelDetector.detect({ path, text: '' }), { references: [], problems: [] });
  }
});
