// The hover card of a finding, as Markdown: the verdict, the licence and its category, OSI approval,
// the evidence (which file said what) and links. Pure, so it is tested without VS Code.
import type { Evidence, Finding, ModelFinding, PackageFinding, Verdict } from '../core/types';
import { findingReason } from '../core/report/messages';
import { docsLink } from './links';

const BADGE: Record<Verdict, string> = {
  open: '$(pass) Open',
  restricted: '$(warning) Restricted',
  closed: '$(error) Closed',
  unknown: '$(question) Unknown',
};

const SOURCE_WORDS: Record<Evidence['source'], string> = {
  'manifest': 'manifest',
  'lockfile': 'lockfile',
  'package-metadata': 'package metadata',
  'license-file': 'licence file',
  'knowledge-base': 'Openness knowledge base',
  'model-card': 'model card',
  'model-file': 'model file',
  'online': 'online',
};

/** Escapes text for Markdown (names and details come from files the user does not control). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, '\\$&');
}

function code(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`';
}

function spdxLink(id: string): string | undefined {
  return /^LicenseRef-/.test(id) ? undefined : `https://spdx.org/licenses/${encodeURIComponent(id)}.html`;
}

function evidenceLines(evidence: readonly Evidence[]): string[] {
  if (!evidence.length) return ['_No evidence found on disk or in the knowledge base._'];
  return evidence.map((e) => {
    const where = e.file ? ` · ${code(e.file)}` : '';
    const what = e.detail ? ` — ${escapeMarkdown(e.detail)}` : '';
    return `- ${SOURCE_WORDS[e.source]}${where}${what}`;
  });
}

function packageCard(f: PackageFinding): string[] {
  const lines = [`**${escapeMarkdown(f.name)}**${f.version ? ' ' + escapeMarkdown(f.version) : ''} · ${f.ecosystem} · ${BADGE[f.verdict]}`, ''];
  lines.push(`> ${escapeMarkdown(findingReason(f))}`, '');
  if (f.license) {
    lines.push(`**Licence** ${code(f.license)}`, '');
    for (const l of f.assessment.licenses) {
      const link = spdxLink(l.id) ?? l.url;
      const name = link ? `[${escapeMarkdown(l.name)}](${link})` : escapeMarkdown(l.name);
      lines.push(`- ${name} — ${l.category.replace(/-/g, ' ')}, ${l.osiApproved ? 'OSI-approved' : 'not OSI-approved'}`);
    }
    lines.push('');
  }
  if (f.service) {
    const s = f.service;
    lines.push(
      s.selfHosted
        ? `**Service-bound SDK, used self-hosted** — made for the ${escapeMarkdown(s.service)}, but every call here goes to ${code(s.selfHosted)}.`
        : `**Service-bound** — this package exists to call the ${escapeMarkdown(s.service)}; walking away means replacing the service, not the code.`,
    );
    if (s.models.length) {
      lines.push('', 'Models called through it:');
      for (const m of s.models) {
        const server = m.selfHosted ? ` via self-hosted ${code(m.selfHosted)}` : '';
        lines.push(`- ${code(m.name)} (${m.verdict})${server} — ${code(`${m.file}:${m.line}`)}`);
      }
    }
    lines.push('');
  }
  lines.push(`**Evidence**${f.direct ? '' : ' (not declared by the project: reached through its dependencies)'}`, '', ...evidenceLines(f.evidence));
  return lines;
}

const DIMENSIONS = ['weights', 'code', 'data', 'license', 'documentation'] as const;

/** `Mistral Small 3 (mistralai/Mistral-Small-24B-Base-2501)` → the name, then the id to use. */
function alternativeLine(alternative: string): string {
  const withId = /^(.*) \(([^()\s]+\/[^()\s]+)\)$/.exec(alternative);
  return withId ? `- ${escapeMarkdown(withId[1])} — ${code(withId[2])}` : `- ${escapeMarkdown(alternative)}`;
}

/** A knowledge-base source as a link: a web page by its host, a data-set record by its data set. */
function sourceLink(source: string): string {
  const record = /^(mof|eosai):(.+?)(?:\.ya?ml)?$/.exec(source);
  if (record?.[1] === 'mof') return `[MOF record ${escapeMarkdown(record[2])}](https://github.com/lfai/model_openness_tool/tree/main/models)`;
  if (record?.[1] === 'eosai') return `[EOSAI index: ${escapeMarkdown(record[2])}](https://osai-index.eu)`;
  try {
    return `[${escapeMarkdown(new URL(source).hostname.replace(/^www\./, ''))}](${source})`;
  } catch {
    return escapeMarkdown(source);
  }
}

function modelCard(f: ModelFinding): string[] {
  const lines = [`**${escapeMarkdown(f.name)}** · AI model · ${BADGE[f.verdict]}`, ''];
  const m = f.model;
  if (m) lines.push(`${escapeMarkdown(m.name)} by ${escapeMarkdown(m.producer)} · ${escapeMarkdown(m.capability)}`, '');
  lines.push(`> ${escapeMarkdown(findingReason(f))}`, '');
  if (f.license) lines.push(`**Licence** ${code(f.license)}${spdxLink(f.license) ? ` · [text](${spdxLink(f.license)})` : ''}`, '');
  if (m) {
    const o = m.openness;
    lines.push('| Weights | Code | Data | Licence | Docs |', '|:-:|:-:|:-:|:-:|:-:|');
    lines.push(`| ${DIMENSIONS.map((d) => o[d]).join(' | ')} |`, '');
    const osaid = o.osaid === null ? 'not enough information' : o.osaid ? 'yes' : 'no';
    lines.push(`**Open Source AI Definition:** ${osaid} · **MOF class:** ${o.mofClass ?? 'none'}`, '');
    if (m.alternatives.length && (f.verdict === 'closed' || f.verdict === 'restricted')) {
      lines.push('**Open alternatives**', '', ...m.alternatives.slice(0, 4).map(alternativeLine), '');
    }
  }
  if (f.via) lines.push(`Found in ${code(f.via)}${f.selfHosted ? `, served by ${code(f.selfHosted)}` : ''}`, '');
  lines.push('**Evidence**', '', ...evidenceLines(f.evidence));
  if (m?.sources.length) lines.push('', `**Sources:** ${m.sources.map(sourceLink).join(' · ')}`);
  return lines;
}

export function hoverCard(f: Finding): string {
  const lines = f.kind === 'package' ? packageCard(f) : modelCard(f);
  lines.push('', `[What "${f.verdict}" means](${docsLink(f.verdict)})`);
  return lines.join('\n');
}
