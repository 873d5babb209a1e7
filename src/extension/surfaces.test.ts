// The surfaces' words, tested without VS Code (the modules they come from do not import it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assessLicense } from '../core/licenses';
import { summarize } from '../core/scan/summary';
import type { ModelFinding, PackageFinding } from '../core/types';
import { escapeMarkdown, hoverCard } from './hoverCard';
import { settingDefaults } from './settingsModel';
import { statusText, statusTooltip } from './statusBarText';

const range = { start: { line: 4, character: 5 }, end: { line: 4, character: 19 } };

function pkg(name: string, license: string | null, extra: Partial<PackageFinding> = {}): PackageFinding {
  const assessment = assessLicense(license);
  return {
    kind: 'package', ecosystem: 'npm', name, version: '2.3.0', file: 'package.json', range, scope: 'runtime', direct: true,
    license: assessment.expression, verdict: assessment.verdict, assessment,
    evidence: [{ source: 'package-metadata', file: `node_modules/${name}/package.json`, detail: `license: "${license}"` }],
    ...extra,
  };
}

function model(name: string, verdict: ModelFinding['verdict']): ModelFinding {
  return { kind: 'model', ecosystem: 'openai', name, version: null, file: 'src/chat.ts', range, license: null, verdict, evidence: [], reason: 'no downloadable weights' };
}

describe('hover card', () => {
  it('shows the verdict, licence, category, OSI approval, evidence and a link to the licence', () => {
    const card = hoverCard(pkg('acme-telemetry', 'BUSL-1.1'));
    assert.match(card, /\*\*acme\\-telemetry\*\* 2\\\.3\\\.0 · npm · \$\(warning\) Restricted/);
    assert.match(card, /source\\-available \\\(BUSL\\-1\\\.1\\\)/);
    assert.match(card, /\*\*Licence\*\* `BUSL-1\.1`/);
    assert.match(card, /\(https:\/\/spdx\.org\/licenses\/BUSL-1\.1\.html\) — source available, not OSI-approved/);
    assert.match(card, /- package metadata · `node_modules\/acme-telemetry\/package\.json` — license: "BUSL\\-1\\\.1"/);
    assert.match(card, /\[What "restricted" means\]\(https:\/\/.*docs\/verdicts\.md#restricted\)/);
  });

  it('names the service of a service-bound SDK and the models called through it', () => {
    const card = hoverCard(pkg('openai', 'Apache-2.0', { service: { service: 'OpenAI API', provider: 'openai', models: [{ name: 'gpt-4o', file: 'src/chat.ts', line: 12, verdict: 'closed' }] } }));
    assert.match(card, /Service-bound\*\* — this package exists to call the OpenAI API/);
    assert.match(card, /- `gpt-4o` \(closed\) — `src\/chat\.ts:12`/);
  });

  it('escapes Markdown in names that come from files', () => {
    assert.equal(escapeMarkdown('[x](javascript:alert)'), '\\[x\\]\\(javascript:alert\\)');
    // Outside code spans the brackets are escaped, so no link is made.
    const card = hoverCard(pkg('[evil](http://x)', 'MIT'));
    assert.ok(card.startsWith('**\\[evil\\]\\(http://x\\)**'), card.slice(0, 40));
  });
});

describe('status bar', () => {
  it('summarises packages, then models apart', () => {
    const findings = [pkg('a', 'MIT'), pkg('b', 'MIT'), pkg('c', 'MIT'), pkg('d', 'LicenseRef-UNLICENSED'), model('gpt-4o', 'closed'), model('gpt2', 'open')];
    const summary = summarize(findings);
    assert.equal(statusText(summary), '$(law) 75% open · 1 closed  $(hubot) 2 models · 1 closed');
    assert.match(statusTooltip(summary), /\| Packages \| 4 \| 3 \| 0 \| 1 \| 0 \|/);
    assert.match(statusTooltip(summary), /\| AI models \| 2 \| 1 \| 0 \| 1 \| 0 \|/);
  });

  it('says 100% open for an empty workspace and leaves models out when there are none', () => {
    assert.equal(statusText(summarize([])), '$(law) 100% open');
  });
});

describe('package.json contributes', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: unknown; description?: string; markdownDescription?: string }> }; commands: { command: string }[] };
    activationEvents: string[];
  };

  it('declares exactly the settings the code reads, with the same defaults and a description each', () => {
    const declared = manifest.contributes.configuration.properties;
    const expected = Object.fromEntries(Object.entries(settingDefaults()).map(([key, value]) => [`openness.${key}`, value]));
    assert.deepEqual(Object.keys(declared).sort(), Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      assert.deepEqual(declared[key].default, value, `${key} default`);
      assert.ok(declared[key].description ?? declared[key].markdownDescription, `${key} has no description`);
    }
  });

  it('declares the commands the extension registers', () => {
    const source = readFileSync(join(__dirname, 'commands.ts'), 'utf8');
    const registered = [...source.matchAll(/'(openness\.\w+)': \(\)/g)].map((m) => m[1]).sort();
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), registered);
  });
});

describe('model hover card', () => {
  it('shows the openness table, OSAID, MOF class and open alternatives of a closed model', () => {
    const card = hoverCard({
      ...model('gpt-4o', 'closed'),
      model: {
        id: 'openai-gpt-4o', name: 'OpenAI GPT-4o', producer: 'OpenAI', capability: 'multimodal',
        openness: { weights: 'none', code: 'closed', data: 'closed', license: 'closed', documentation: 'partial', osaid: false, mofClass: null },
        reason: 'no downloadable weights',
        alternatives: ['AI2 OLMo 2 (allenai/OLMo-2-1124-7B)', 'Qwen 2.5'], sources: [],
      },
    });
    assert.match(card, /\*\*gpt\\-4o\*\* · AI model · \$\(error\) Closed/);
    assert.match(card, /\| Weights \| Code \| Data \| Licence \| Docs \|\n\|:-:\|:-:\|:-:\|:-:\|:-:\|\n\| none \| closed \| closed \| closed \| partial \|/);
    assert.match(card, /\*\*Open Source AI Definition:\*\* no · \*\*MOF class:\*\* none/);
    assert.match(card, /\*\*Open alternatives\*\*\n\n- AI2 OLMo 2 — `allenai\/OLMo-2-1124-7B`\n- Qwen 2\\\.5/);
  });
});

describe('model sources', () => {
  it('links each knowledge-base source: web pages by host, data-set records by data set', () => {
    const card = hoverCard({
      ...model('gpt-4o', 'closed'),
      model: {
        id: 'openai-gpt-4o', name: 'OpenAI GPT-4o', producer: 'OpenAI', capability: 'multimodal',
        openness: { weights: 'none', code: 'closed', data: 'closed', license: 'closed', documentation: 'partial', osaid: false, mofClass: null },
        reason: 'no downloadable weights', alternatives: [],
        sources: ['https://platform.openai.com/docs/models/gpt-4o', 'mof:GPT-4o.yml', 'eosai:OLMo.yaml'],
      },
    });
    assert.match(card, /\*\*Sources:\*\* \[platform\\\.openai\\\.com\]\(https:\/\/platform\.openai\.com\/docs\/models\/gpt-4o\) · \[MOF record GPT\\-4o\]\(https:\/\/github\.com\/lfai\/model_openness_tool\/tree\/main\/models\) · \[EOSAI index: OLMo\]\(https:\/\/osai-index\.eu\)/);
  });
});
