// Whatever a manifest declares as its licence → an SPDX expression in canonical form.
//
// Order of attempts for a string: npm's special forms (SEE LICENSE IN, UNLICENSED); a valid SPDX
// expression (deprecated ids upgraded); the declared-licence mappings (ORT's unambiguous ones plus
// curated additions) for the whole string; the same per operand after splitting on AND/OR/WITH and the
// slash form; spdx-correct as a last resort, guarded against its known wrong guesses; otherwise a
// stable `LicenseRef-<text>` that classifies as unknown. Nothing ambiguous ("BSD", "GPL") is guessed.
import spdxCorrect from 'spdx-correct';
import type { NormalizedLicense } from './types';
import { familySize, isKnownId, knownIdIgnoringCase } from './catalog';
import { combineExpressions, isLeaf, mapLeaves, parseExpression, serialize, type LicenseLeaf, type LicenseNode } from './expression';
import mappings from './data/mappings.json';
import { memoize } from './memo';

interface MappingData {
  readonly declared: Readonly<Record<string, string>>;
  readonly deprecated: Readonly<Record<string, string>>;
  readonly exceptions: readonly string[];
}

export const UNLICENSED = 'LicenseRef-UNLICENSED';
/** Proprietary terms that name no licence: an all-rights-reserved notice, a "Proprietary" classifier. */
export const PROPRIETARY = 'LicenseRef-Proprietary';
const SEE_LICENSE_IN = /^see licen[cs]e in\s+(.+)$/i;
const NPM_UNLICENSED = /^unlicensed$/i;
/** Python trove classifiers name a licence after this prefix ("License :: OSI Approved :: MIT License"). */
const TROVE_PREFIX = /^license\s*::\s*(?:osi approved\s*::\s*)?/i;
/** Longer strings are licence texts or prose, not names: they are not mapped or corrected. */
const MAX_NAME_LENGTH = 120;
const MAX_REF_LENGTH = 64;

/** A declared value too long for a name, or on several lines: a licence text to identify, not a name. */
export function looksLikeLicenseText(declared: string): boolean {
  const text = declared.trim();
  return text.length > MAX_NAME_LENGTH || text.includes('\n');
}

interface Lookups {
  readonly declared: ReadonlyMap<string, string>;
  readonly exceptions: ReadonlyMap<string, string>;
}

let lookups: Lookups | undefined;

/** Mapping keys compare ignoring case, surrounding quotes, and white space, '-' and '_' runs. */
export function mappingKey(text: string): string {
  return text.replace(/[\s_-]+/g, ' ').trim().replace(/^["']|["']$/g, '').toLowerCase();
}

function getLookups(): Lookups {
  if (!lookups) {
    const data = mappings as MappingData;
    lookups = {
      declared: new Map(Object.entries(data.declared).map(([name, expression]) => [mappingKey(name), expression])),
      exceptions: new Map(data.exceptions.map((id) => [id.toLowerCase(), id])),
    };
  }
  return lookups;
}

function lookupDeclared(text: string): string | undefined {
  return getLookups().declared.get(mappingKey(text));
}

function deprecatedReplacement(id: string): string | undefined {
  return (mappings as MappingData).deprecated[id];
}

/** `LicenseRef-<text>` with only SPDX idstring characters (letters, digits, '.', '-'). */
export function licenseRefFor(text: string): string {
  const id = text
    .replace(/\+/g, '-plus')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_REF_LENGTH)
    .replace(/[-.]+$/, '');
  return `LicenseRef-${id || 'unknown'}`;
}

/** Upgrades deprecated ids in a parsed expression: `GPL-2.0+` → `GPL-2.0-or-later`, `GPL-2.0-with-classpath-exception` → … WITH …. */
function upgradeLeaf(leaf: LicenseLeaf): LicenseNode {
  const withPlus = leaf.plus ? deprecatedReplacement(leaf.license + '+') : undefined;
  if (withPlus) return withException(parseExpression(withPlus)!, leaf.exception);
  let license = leaf.license;
  let plus = leaf.plus;
  const replacement = deprecatedReplacement(license);
  if (replacement) {
    const node = parseExpression(replacement)!;
    if (!isLeaf(node) || !plus) return withException(node, leaf.exception);
    license = node.license;
  }
  if (plus && license.endsWith('-only')) {
    license = license.replace(/-only$/, '-or-later');
    plus = undefined;
  } else if (plus && license.endsWith('-or-later')) {
    plus = undefined;
  }
  return { license, ...(plus ? { plus } : {}), ...(leaf.exception ? { exception: leaf.exception } : {}) };
}

function withException(node: LicenseNode, exception: string | undefined): LicenseNode {
  if (!exception) return node;
  return isLeaf(node) && !node.exception ? { ...node, exception } : { conjunction: 'and', left: node, right: { license: licenseRefFor(exception) } };
}

function canonical(text: string): string | undefined {
  const node = parseExpression(text);
  return node && serialize(mapLeaves(node, upgradeLeaf));
}

/**
 * spdx-correct, kept from its known wrong guesses: it turns UNLICENSED into the Unlicense, picks a
 * version or variant for unversioned names ("BSD" → BSD-2-Clause, "GPL" → GPL-3.0-or-later), adds
 * "or later" nobody declared ("GPLv3"), and keeps one licence of several ("MIT/Apache-2.0").
 */
function guardedCorrect(text: string): string | undefined {
  if (text.length > MAX_NAME_LENGTH) return undefined;
  const laterDeclared = /\+|or[ -]later|or[ -]newer|any later/i.test(text);
  if (/\/|&|,|\b(and|or)\b/i.test(text) && !laterDeclared) return undefined;
  const corrected = spdxCorrect(text, { upgrade: true });
  if (!corrected || !isKnownId(corrected)) return undefined;
  if (corrected === 'Unlicense' && /unlicensed/i.test(text)) return undefined;
  if (/\d/.test(corrected) && !/\d/.test(text) && familySize(corrected) > 1) return undefined;
  return !laterDeclared && corrected.endsWith('-or-later') ? corrected.replace(/-or-later$/, '-only') : corrected;
}

/** One operand of a loose expression: a known id in any case, a mapped name, or a guarded correction. */
function normalizeOperand(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (NPM_UNLICENSED.test(trimmed)) return UNLICENSED;
  const plus = trimmed.endsWith('+') ? '+' : '';
  const id = knownIdIgnoringCase(plus ? trimmed.slice(0, -1) : trimmed);
  if (id && !id.startsWith('LicenseRef-')) return canonical(id + plus);
  return lookupDeclared(trimmed) ?? guardedCorrect(trimmed);
}

type Token = { readonly kind: 'operator'; readonly text: 'AND' | 'OR' | 'WITH' } | { readonly kind: 'paren'; readonly text: '(' | ')' } | { readonly kind: 'words'; readonly text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let words: string[] = [];
  const flush = (): void => {
    if (words.length) tokens.push({ kind: 'words', text: words.join(' ') });
    words = [];
  };
  for (const part of text.split(/(\(|\)|\/|&|\s+)/)) {
    if (!part || /^\s+$/.test(part)) continue;
    const upper = part.toUpperCase();
    if (part === '(' || part === ')') {
      flush();
      tokens.push({ kind: 'paren', text: part });
    } else if (upper === 'AND' || upper === 'OR' || upper === 'WITH' || part === '/' || part === '&') {
      flush();
      tokens.push({ kind: 'operator', text: part === '/' ? 'OR' : part === '&' ? 'AND' : (upper as 'AND' | 'OR' | 'WITH') });
    } else {
      words.push(part);
    }
  }
  flush();
  return tokens;
}

/**
 * Splits on operators (any case), parentheses and the slash form, normalises every operand and
 * re-parses. Undefined unless every operand is recognised.
 */
function normalizeLoose(text: string): string | undefined {
  const tokens = tokenize(text);
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'operator' && token.text === 'WITH') {
      const next = tokens[++i];
      const base = parts.pop();
      if (next?.kind !== 'words' || !base || base === ')' || base === '(') return undefined;
      const exception = getLookups().exceptions.get(next.text.toLowerCase());
      // An addition SPDX does not list (Commons Clause …) may take rights away: keep it as its own licence.
      parts.push(exception ? `${base} WITH ${exception}` : `(${base} AND ${normalizeOperand(next.text) ?? licenseRefFor(next.text)})`);
    } else if (token.kind !== 'words') {
      parts.push(token.text);
    } else {
      const operand = normalizeOperand(token.text);
      if (!operand) return undefined;
      parts.push(/\s(AND|OR)\s/.test(operand) ? `(${operand})` : operand);
    }
  }
  return canonical(parts.join(' '));
}

const normalizeString = memoize((declared: string): NormalizedLicense => {
  const text = declared.trim().replace(TROVE_PREFIX, '');
  if (!text || /^(NONE|NOASSERTION)$/i.test(text)) return { kind: 'none' };
  const file = SEE_LICENSE_IN.exec(text)?.[1];
  if (file) return { kind: 'file-reference', file: file.trim(), declared };
  const expression = NPM_UNLICENSED.test(text)
    ? UNLICENSED
    : canonical(text) ?? (text.length <= MAX_NAME_LENGTH ? lookupDeclared(text) ?? normalizeLoose(text) ?? guardedCorrect(text) : undefined);
  const result = expression ?? licenseRefFor(firstLine(text));
  return { kind: 'expression', expression: result, declared, corrected: result !== declared.trim() };
});

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0]!;
}

/** The licence name of a legacy `{ type, url }` object (`name` is a common misspelling). */
function legacyName(value: object): unknown {
  const record = value as Record<string, unknown>;
  return record['type'] ?? record['name'] ?? record['license'];
}

/**
 * A manifest's licence declaration → SPDX expression. Accepts a string, a legacy `{ type, url }`
 * object, or an array of either (alternatives, joined with OR).
 */
export function normalizeDeclared(raw: unknown): NormalizedLicense {
  if (typeof raw === 'string') return normalizeString(raw);
  if (Array.isArray(raw)) return normalizeList(raw);
  if (raw !== null && typeof raw === 'object') {
    const name = legacyName(raw);
    return typeof name === 'string' ? normalizeString(name) : { kind: 'none' };
  }
  return { kind: 'none' };
}

function normalizeList(items: readonly unknown[]): NormalizedLicense {
  const results = items.map(normalizeDeclared);
  const expressions = results.filter((r): r is Extract<NormalizedLicense, { kind: 'expression' }> => r.kind === 'expression');
  if (!expressions.length) return results.find((r) => r.kind === 'file-reference') ?? { kind: 'none' };
  const declared = expressions.map((r) => r.declared.trim()).join(', ');
  const expression = combineExpressions(expressions.map((r) => r.expression), 'OR')!;
  return { kind: 'expression', expression, declared, corrected: expression !== declared };
}
