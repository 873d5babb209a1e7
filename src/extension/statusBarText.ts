// The status bar's words, apart from VS Code so they are tested plainly.
import { openPercent, total, type Summary } from '../core/scan/summary';
import type { VerdictCounts } from '../core/types';

function problems(c: VerdictCounts): string {
  return [c.closed ? `${c.closed} closed` : '', c.restricted ? `${c.restricted} restricted` : ''].filter(Boolean).join(' · ');
}

/** `$(law) 94% open · 2 closed`, then models counted apart: `$(hubot) 3 models · 1 closed`. */
export function statusText(summary: Summary): string {
  const p = summary.packages;
  const parts = [`$(law) ${openPercent(p)}% open`];
  if (problems(p)) parts.push(problems(p));
  let text = parts.join(' · ');
  const m = summary.models;
  const models = total(m);
  if (models) text += `  $(hubot) ${models} model${models === 1 ? '' : 's'}${problems(m) ? ' · ' + problems(m) : ''}`;
  return text;
}

/** The tooltip's Markdown table. */
export function statusTooltip(summary: Summary): string {
  const row = (label: string, c: VerdictCounts) => `| ${label} | ${total(c)} | ${c.open} | ${c.restricted} | ${c.closed} | ${c.unknown} |`;
  return [
    '**Openness** — can you walk away from what this workspace depends on?',
    '',
    '| | Total | Open | Restricted | Closed | Unknown |',
    '|:--|--:|--:|--:|--:|--:|',
    row('Packages', summary.packages),
    row('AI models', summary.models),
    '',
    'Click to list every dependency and model, least open first.',
  ].join('\n');
}
