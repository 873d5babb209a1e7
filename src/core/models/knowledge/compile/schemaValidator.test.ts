import assert from 'node:assert/strict';
import { test } from 'node:test';
import schema from '../data/schema.json';
import { SchemaValidator, type JsonSchema } from './schemaValidator';

const validator = new SchemaValidator(schema as JsonSchema);

const entry = {
  id: 'acme-chat',
  name: 'Acme Chat',
  producer: 'Acme',
  capability: 'chat',
  license: 'Apache-2.0',
  weights: 'open',
  match: { huggingface: ['acme/chat-{7b,13b}'] },
  sources: ['https://huggingface.co/acme/chat-7b'],
};

const messages = (value: unknown, definition = 'modelsFile') =>
  validator.validate(value, definition).map((v) => `${v.path.join('.')}: ${v.message}`);

test('a well-formed models file has no violations', () => {
  assert.deepEqual(messages({ models: [entry] }), []);
});

test('reports wrong enum values, types and patterns with their path', () => {
  const bad = { ...entry, weights: 'downloadable', capability: 7, id: 'Acme Chat', sources: ['http://insecure.example'] };
  assert.deepEqual(messages({ models: [bad] }), [
    'models.0.id: "Acme Chat" does not match ^[a-z0-9][a-z0-9.+-]*$',
    'models.0.capability: must be one of "chat", "code", "embeddings", "speech", "image", "vision", "classification", "multimodal", "other", not integer',
    'models.0.weights: must be one of "open", "gated", "none", not "downloadable"',
    'models.0.sources.0: "http://insecure.example" does not match ^https://[^\\s]+$',
  ]);
});

test('reports missing required and unknown properties', () => {
  const { sources: _sources, ...withoutSources } = entry;
  assert.deepEqual(messages({ models: [{ ...withoutSources, weigths: 'open' }] }), [
    'models.0: missing required property "sources"',
    'models.0.weigths: unknown property "weigths"',
  ]);
});

test('licence ids must be SPDX-shaped or LicenseRef- without "+"', () => {
  assert.deepEqual(messages({ models: [{ ...entry, license: 'LicenseRef-openrail++' }] }),
    ['models.0.license: "LicenseRef-openrail++" does not match ^(LicenseRef-[A-Za-z0-9.-]+|(?!LicenseRef-)[A-Za-z0-9][A-Za-z0-9.+-]*)$']);
  assert.deepEqual(messages({ models: [{ ...entry, license: null, weights: 'none' }] }), []);
});

test('empty pattern lists, duplicate items and empty source lists are rejected', () => {
  assert.deepEqual(messages({ models: [{ ...entry, match: { ids: [] }, sources: [] }] }), [
    'models.0.match.ids: must have at least 1 item',
    'models.0.sources: must have at least 1 item',
  ]);
  assert.deepEqual(messages({ models: [{ ...entry, links: ['https://a.example', 'https://a.example'] }] }),
    ['models.0.links.1: duplicates an earlier item ("https://a.example")']);
});

test('validates map-shaped files through propertyNames and additionalProperties', () => {
  assert.deepEqual(messages({ alternatives: { chat: ['olmo'], poetry: ['x'] } }, 'alternativesFile'), [
    'alternatives.poetry: must be one of "chat", "code", "embeddings", "speech", "image", "vision", "classification", "multimodal", "other", not "poetry"',
  ]);
  assert.deepEqual(messages({ licenses: { 'LicenseRef-x': { name: 'X' } } }, 'licensesFile'),
    ['licenses.LicenseRef-x: missing required property "restricts"']);
});

test('a schema using a keyword the validator does not implement is refused', () => {
  assert.throws(() => new SchemaValidator({ $defs: { a: { type: 'string', format: 'uri' } } }), /keyword "format" at #\/\$defs\/a/);
});

test('an unresolvable reference is refused when used', () => {
  const v = new SchemaValidator({ $defs: { a: { $ref: '#/$defs/missing' } } });
  assert.throws(() => v.validate('x', 'a'), /#\/\$defs\/missing does not resolve/);
});
