import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FILE_START } from '../../../text/lineIndex';
import { ggufModelDetector } from '.';
import { ggufBytes, llamaFineTuneHeader, str, u32 } from './fixtures/ggufBytes';
import { readGgufHeader } from './ggufHeader';

const PATH = '/project/models/Llama-3.2-1B-Instruct-Q4_K_M.gguf';
const detect = (bytes: Uint8Array, path = PATH) => ggufModelDetector.detect(path, bytes.subarray(0, ggufModelDetector.headerBytes));

test('accepts .gguf files only, and reads at most a prefix', () => {
  assert.ok(ggufModelDetector.accepts('/p/models/tinyllama.Q4_K_M.gguf'));
  assert.ok(ggufModelDetector.accepts('/p/models/PHI-3.GGUF'));
  assert.ok(!ggufModelDetector.accepts('/p/models/model.safetensors'));
  assert.ok(!ggufModelDetector.accepts('/p/models/gguf'));
  assert.equal(ggufModelDetector.headerBytes, 1024 * 1024);
});

test('a v3 header: name, licence and base model; tokenizer arrays skipped', () => {
  const { references, problems } = detect(llamaFineTuneHeader());
  assert.deepEqual(problems, []);
  assert.deepEqual(references, [
    {
      id: 'Llama 3.2 1B Instruct',
      range: FILE_START,
      provider: 'gguf',
      via: 'GGUF header',
      localEvidence: {
        license: 'llama3.2',
        name: 'Llama 3.2 1B Instruct',
        baseModel: 'https://huggingface.co/meta-llama/Llama-3.2-1B',
        detail: 'GGUF v3 header: name "Llama 3.2 1B Instruct", license "llama3.2", base model https://huggingface.co/meta-llama/Llama-3.2-1B',
      },
    },
  ]);
});

test('the metadata after the general keys is read with every value type', () => {
  const read = readGgufHeader(llamaFineTuneHeader(10));
  assert.ok(read.ok);
  assert.equal(read.version, 3);
  assert.equal(read.declared, 22);
  assert.equal(read.pairs, 22);
  assert.equal(read.metadata.get('llama.context_length'), 131072);
  assert.equal(read.metadata.get('llama.rope.freq_base'), 500000);
  assert.equal(read.metadata.get('tokenizer.ggml.add_bos_token'), true);
  assert.equal(read.metadata.get('general.quantization_version'), 2);
  assert.equal(read.metadata.has('tokenizer.ggml.tokens'), false);
});

test('a header larger than the prefix: the general keys are read, the cut is no problem', () => {
  const bytes = llamaFineTuneHeader(150_000);
  assert.ok(bytes.length > ggufModelDetector.headerBytes);
  const { references, problems } = detect(bytes);
  assert.deepEqual(problems, []);
  assert.equal(references[0].localEvidence?.license, 'llama3.2');
  const read = readGgufHeader(bytes.subarray(0, ggufModelDetector.headerBytes));
  assert.ok(read.ok && read.pairs === 18 && read.declared === 22);
});

test('a truncated file (shorter than the prefix) is reported, with what it did say', () => {
  const whole = llamaFineTuneHeader(2000);
  const cut = whole.subarray(0, Math.floor(whole.length * 0.7)); // inside the tokens array
  const { references, problems } = detect(cut);
  assert.equal(references.length, 1);
  assert.equal(references[0].id, 'Llama 3.2 1B Instruct');
  assert.deepEqual(problems, [{ range: FILE_START, message: 'The GGUF header is truncated: the file ends after 18 of 22 metadata entries' }]);
});

test('without general.name: general.basename, else the file name', () => {
  const basename = detect(ggufBytes([['general.architecture', str('qwen2')], ['general.basename', str('Qwen2.5-Coder')]]));
  assert.equal(basename.references[0].id, 'Qwen2.5-Coder');
  assert.deepEqual(basename.references[0].localEvidence, { detail: 'GGUF v3 header names no model or licence' });
  const nothing = detect(ggufBytes([['general.architecture', str('llama')], ['general.name', str('   ')]]), '/p/models/mystery-7b.Q5_K_S.gguf');
  assert.equal(nothing.references[0].id, 'mystery-7b.Q5_K_S.gguf');
});

test('version 2 and big-endian files are read; version 1 is not', () => {
  const v2 = detect(ggufBytes([['general.name', str('Mistral 7B v0.1')], ['general.license', str('apache-2.0')]], { version: 2 }));
  assert.equal(v2.references[0].localEvidence?.detail, 'GGUF v2 header: name "Mistral 7B v0.1", license "apache-2.0"');
  const bigEndian = detect(ggufBytes([['general.name', str('Granite 3.0 2B')], ['general.license', str('apache-2.0')]], { bigEndian: true }));
  assert.equal(bigEndian.references[0].id, 'Granite 3.0 2B');
  assert.equal(bigEndian.references[0].localEvidence?.license, 'apache-2.0');
  const v1 = detect(ggufBytes([['general.name', str('old')]], { version: 1 }));
  assert.deepEqual(v1, { references: [], problems: [{ range: FILE_START, message: 'Not read as a model: unsupported GGUF version 1' }] });
});

test('a licence named by general.license.name appears in the detail; base model by name when no URL', () => {
  const { references } = detect(ggufBytes([
    ['general.name', str('Qwen2.5 3B Instruct')],
    ['general.license', str('other')],
    ['general.license.name', str('qwen-research')],
    ['general.base_model.count', u32(1)],
    ['general.base_model.0.name', str('Qwen2.5 3B')],
  ]));
  assert.deepEqual(references[0].localEvidence, {
    license: 'other',
    name: 'Qwen2.5 3B Instruct',
    baseModel: 'Qwen2.5 3B',
    detail: 'GGUF v3 header: name "Qwen2.5 3B Instruct", license "other", license name "qwen-research", base model Qwen2.5 3B',
  });
});

test('not GGUF: wrong magic, a Git LFS pointer, an empty file: one problem each, no reference', () => {
  const problem = (bytes: Uint8Array) => {
    const { references, problems } = detect(bytes);
    assert.deepEqual(references, []);
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0].range, FILE_START);
    return problems[0].message;
  };
  assert.equal(problem(new TextEncoder().encode('PK\u0003\u0004 a zip file')), 'Not read as a model: not a GGUF file (it does not start with "GGUF")');
  assert.equal(
    problem(new TextEncoder().encode('version https://git-lfs.github.com/spec/v1\noid sha256:4d2f…\nsize 807694464\n')),
    'Not read as a model: a Git LFS pointer, not the model file itself (the model was not fetched)',
  );
  assert.equal(problem(new Uint8Array()), 'Not read as a model: the file is empty');
  assert.equal(problem(new TextEncoder().encode('GGUF\u0003\u0000')), 'Not read as a model: the GGUF header is cut short before its metadata');
});

test('corrupt headers give one problem and never throw', () => {
  const cases: [Uint8Array, RegExp][] = [
    [ggufBytes([['general.name', { type: 'raw', typeId: 42, bytes: [1, 2, 3, 4] }]]), /unknown value type 42 for "general.name"/],
    [ggufBytes([], { declared: 50_000_000n }), /50000000 metadata entries/],
    [ggufBytes([], { declared: 0xffffffffffffffffn }), /impossible length/],
    // Arrays nested deeper than any writer makes them, crafted to exhaust the stack.
    [ggufBytes([['x', { type: 'raw', typeId: 9, bytes: Array.from({ length: 20_000 }, () => [9, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]).flat() }]]), /arrays nested 9 deep/],
  ];
  for (const [bytes, message] of cases) {
    const { references, problems } = detect(bytes);
    assert.deepEqual(references, []);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, message);
  }
});

test('random bytes after the magic never throw', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const valid = llamaFineTuneHeader(20);
  for (let round = 0; round < 300; round++) {
    const bytes = valid.slice();
    for (let i = 0; i < 6; i++) bytes[4 + Math.floor(random() * (bytes.length - 4))] = Math.floor(random() * 256);
    assert.doesNotThrow(() => detect(bytes));
  }
});
