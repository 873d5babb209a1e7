import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EcosystemId, Finding, ModelFinding, PackageFinding } from '../types';
import { bindServices } from './serviceBound';

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 6 } });

function pkg(ecosystem: EcosystemId, name: string): PackageFinding {
  return {
    kind: 'package', ecosystem, name, version: '1.0.0', file: 'package.json', range: at(3), scope: 'runtime', direct: true,
    license: 'Apache-2.0', verdict: 'open', assessment: { expression: 'Apache-2.0', verdict: 'open', licenses: [], reason: 'Apache-2.0' }, evidence: [],
  };
}

function model(name: string, file: string, line: number, clientPackage: string, selfHosted?: string): ModelFinding {
  return {
    kind: 'model', ecosystem: 'openai', name, version: null, file, range: at(line), license: null, verdict: 'closed', evidence: [],
    reason: 'no downloadable weights', clientPackage, ...(selfHosted && { selfHosted }),
  };
}

const serviceOf = (findings: readonly Finding[], ecosystem: string, name: string) =>
  findings.find((f): f is PackageFinding => f.kind === 'package' && f.ecosystem === ecosystem && f.name === name)?.service;

test('a service-bound SDK lists the models called through it, matched by ecosystem from the calling file', () => {
  const findings = bindServices([
    pkg('npm', 'openai'),
    pkg('pypi', 'openai'),
    pkg('npm', 'left-pad'),
    model('gpt-4o', 'src/chat.ts', 11, 'openai'),
    model('gpt-4o-mini', 'src/summary.mts', 4, 'openai'),
    model('o3', 'tools/eval.pyw', 7, 'openai'),
    model('gpt-4.1', 'notebooks/Try.IPYNB', 2, 'openai'),
  ]);
  assert.deepEqual(serviceOf(findings, 'npm', 'openai'), {
    service: 'OpenAI API',
    provider: 'openai',
    models: [
      { name: 'gpt-4o', file: 'src/chat.ts', line: 12, verdict: 'closed' },
      { name: 'gpt-4o-mini', file: 'src/summary.mts', line: 5, verdict: 'closed' },
    ],
  });
  assert.deepEqual(serviceOf(findings, 'pypi', 'openai')?.models.map((m) => m.name), ['o3', 'gpt-4.1']);
  assert.equal(serviceOf(findings, 'npm', 'left-pad'), undefined);
  // Models and other packages pass through unchanged.
  assert.equal(findings.length, 7);
  assert.equal(findings.filter((f) => f.kind === 'model').length, 4);
});

test('an SDK whose every call goes to a self-hosted server says so; one hosted call keeps it bound', () => {
  const local = 'http://localhost:11434/v1';
  const allLocal = bindServices([pkg('npm', 'openai'), model('llama3.1', 'a.ts', 0, 'openai', local), model('qwen2.5', 'b.ts', 0, 'openai', local)]);
  assert.equal(serviceOf(allLocal, 'npm', 'openai')?.selfHosted, local);
  assert.equal(serviceOf(allLocal, 'npm', 'openai')?.models[0].selfHosted, local);
  const mixed = bindServices([pkg('npm', 'openai'), model('llama3.1', 'a.ts', 0, 'openai', local), model('gpt-4o', 'b.ts', 0, 'openai')]);
  assert.equal(serviceOf(mixed, 'npm', 'openai')?.selfHosted, undefined);
  // An SDK the project never calls is still bound, with no models.
  assert.deepEqual(serviceOf(bindServices([pkg('pypi', 'anthropic')]), 'pypi', 'anthropic'), { service: 'Anthropic API', provider: 'anthropic', models: [] });
});
