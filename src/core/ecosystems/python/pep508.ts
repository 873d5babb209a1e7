// PEP 508 requirement strings: `name[extra1,extra2] (>=1.0,<2) ; python_version < "3.11"` and
// `name[extra] @ https://host/pkg.whl ; marker`. Offsets are into the string given, so callers can map
// the name back to its place in the file.

export interface Requirement {
  readonly name: string;
  /** Offsets of the name in the parsed string (end exclusive). */
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly extras: readonly string[];
  /** The version specifier as written, without parentheses (`>=1.0,<2`), or null. */
  readonly specifier: string | null;
  /** The URL of a `name @ url` requirement, or null. */
  readonly url: string | null;
  readonly marker: string | null;
}

export type RequirementParse =
  | { readonly ok: true; readonly requirement: Requirement }
  | { readonly ok: false; readonly message: string; readonly start: number; readonly end: number };

const NAME = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
const EXTRA = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const CLAUSE = /^\s*(?:~=|===|==|!=|<=|>=|<|>)\s*[A-Za-z0-9_.*+!-]+\s*$/;
const URL_END = /\s|$/g;

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function fail(message: string, start: number, end: number): RequirementParse {
  return { ok: false, message, start, end: Math.max(end, start) };
}

export function parseRequirement(text: string): RequirementParse {
  let i = skipSpaces(text, 0);
  NAME.lastIndex = i;
  const nameMatch = NAME.exec(text);
  if (!nameMatch) return fail('Expected a package name', i, text.trimEnd().length);
  const nameStart = i;
  const nameEnd = i + nameMatch[0].length;
  i = skipSpaces(text, nameEnd);

  const extras: string[] = [];
  if (text[i] === '[') {
    const close = text.indexOf(']', i);
    if (close === -1) return fail('Unclosed `[` of extras', i, text.length);
    for (const extra of text.slice(i + 1, close).split(',')) {
      const trimmed = extra.trim();
      if (!trimmed) continue;
      if (!EXTRA.test(trimmed)) return fail(`Invalid extra name "${trimmed}"`, i, close + 1);
      extras.push(trimmed);
    }
    i = skipSpaces(text, close + 1);
  }

  const name = nameMatch[0];
  // Objects are built whole: spreading a partial one is many times slower, and this runs per line.
  if (text[i] === '@') {
    const urlStart = skipSpaces(text, i + 1);
    URL_END.lastIndex = urlStart;
    const urlEnd = URL_END.exec(text)!.index;
    if (urlEnd === urlStart) return fail('Expected a URL after `@`', i, i + 1);
    const rest = parseMarker(text, skipSpaces(text, urlEnd));
    if (!rest.ok) return rest;
    return { ok: true, requirement: { name, nameStart, nameEnd, extras, specifier: null, url: text.slice(urlStart, urlEnd), marker: rest.marker } };
  }

  const semicolon = text.indexOf(';', i);
  const specEnd = semicolon === -1 ? text.length : semicolon;
  let spec = text.slice(i, specEnd).trim();
  if (spec.startsWith('(')) {
    if (!spec.endsWith(')')) return fail('Unclosed `(` of the version specifier', i, specEnd);
    spec = spec.slice(1, -1).trim();
  }
  if (spec && !spec.split(',').every((clause) => CLAUSE.test(clause))) {
    return fail(`Invalid version specifier "${spec}" (expected e.g. >=1.0,<2)`, i, i + text.slice(i, specEnd).trimEnd().length);
  }
  const rest = parseMarker(text, specEnd);
  if (!rest.ok) return rest;
  return { ok: true, requirement: { name, nameStart, nameEnd, extras, specifier: spec || null, url: null, marker: rest.marker } };
}

/** What may follow the name and version or URL: nothing, or `; marker`. */
function parseMarker(
  text: string,
  i: number,
): { readonly ok: true; readonly marker: string | null } | Extract<RequirementParse, { ok: false }> {
  if (i >= text.length || !text.slice(i).trim()) return { ok: true, marker: null };
  if (text[i] !== ';') return { ok: false, message: `Unexpected "${text.slice(i).trim()}"`, start: i, end: text.trimEnd().length };
  const marker = text.slice(i + 1).trim();
  if (!marker) return { ok: false, message: 'Expected an environment marker after `;`', start: i, end: i + 1 };
  return { ok: true, marker };
}
