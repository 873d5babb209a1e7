import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectImports, packageOf } from './imports';
import { Syntax } from './syntax';
import { tokenize } from './tokenizer';

const importsOf = (text: string) => {
  const { names, packages } = collectImports(new Syntax(tokenize(text, { jsx: false })));
  return { names: Object.fromEntries(names), packages };
};

describe('packageOf', () => {
  it('names the package of bare, scoped, versioned and CDN specifiers', () => {
    assert.equal(packageOf('openai'), 'openai');
    assert.equal(packageOf('ollama/browser'), 'ollama');
    assert.equal(packageOf('@langchain/community/chat_models/ollama'), '@langchain/community');
    assert.equal(packageOf('npm:openai@4.52.0'), 'openai');
    assert.equal(packageOf('https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.0.2'), '@huggingface/transformers');
    assert.equal(packageOf('https://esm.sh/@anthropic-ai/sdk'), '@anthropic-ai/sdk');
  });

  it('ignores relative, aliased, built-in and URL specifiers', () => {
    for (const specifier of ['./client', '../lib/ai', '/abs/x', '@/lib/openai', '~/models', '#internal', 'node:fs', 'https://example.com/x.js']) {
      assert.equal(packageOf(specifier), undefined, specifier);
    }
  });
});

describe('collectImports', () => {
  it('reads every ES import form', () => {
    const { names, packages } = importsOf(`
      import OpenAI from 'openai';
      import ollama, { Ollama as Client } from 'ollama/browser';
      import * as ai from 'ai';
      import type { ChatOpenAI } from '@langchain/openai';
      import { type UIMessage, streamText } from 'ai';
      import 'dotenv/config';
      import { helper } from './helper';
      export * from '@ai-sdk/openai';
    `);
    assert.deepEqual(names, {
      OpenAI: { pkg: 'openai', name: 'default' },
      ollama: { pkg: 'ollama', name: 'default' },
      Client: { pkg: 'ollama', name: 'Ollama' },
      ai: { pkg: 'ai', name: '*' },
      ChatOpenAI: { pkg: '@langchain/openai', name: 'ChatOpenAI' },
      UIMessage: { pkg: 'ai', name: 'UIMessage' },
      streamText: { pkg: 'ai', name: 'streamText' },
    });
    assert.deepEqual(packages, ['openai', 'ollama', 'ai', '@langchain/openai', 'dotenv', '@ai-sdk/openai']);
  });

  it('reads CommonJS requires, dynamic imports and TypeScript import-equals', () => {
    const { names } = importsOf(`
      const OpenAI = require('openai');
      const { Anthropic, default: Fallback } = require("@anthropic-ai/sdk");
      const Groq = require('groq-sdk').Groq;
      const { pipeline, env: transformersEnv } = await import('@xenova/transformers');
      import Replicate = require('replicate');
      const path = require(dynamicName);
    `);
    assert.deepEqual(names, {
      OpenAI: { pkg: 'openai', name: '*' },
      Anthropic: { pkg: '@anthropic-ai/sdk', name: 'Anthropic' },
      Fallback: { pkg: '@anthropic-ai/sdk', name: 'default' },
      Groq: { pkg: 'groq-sdk', name: 'Groq' },
      pipeline: { pkg: '@xenova/transformers', name: 'pipeline' },
      transformersEnv: { pkg: '@xenova/transformers', name: 'env' },
      Replicate: { pkg: 'replicate', name: '*' },
    });
  });
});
