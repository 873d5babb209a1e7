// go.mod, read with the grammar of golang.org/x/mod/modfile: lines of tokens, `verb ( … )` blocks,
// `//` comments (a trailing `// indirect` marks a requirement the module does not import itself).
import { LineIndex } from '../../text/lineIndex';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Token {
  /** The token's value (a quoted string unquoted). */
  readonly text: string;
  /** Where the value is written (quotes excluded). */
  readonly span: Span;
}

interface Line {
  readonly tokens: readonly Token[];
  /** The text of a trailing `//` comment, trimmed. */
  readonly comment: string | null;
}

interface Problem {
  readonly span: Span;
  readonly message: string;
}

export interface GoRequirement {
  readonly path: string;
  readonly version: string;
  readonly indirect: boolean;
  readonly span: Span;
}

/** Where a `replace` directive sends a module: a folder on disk, or another module version. */
export type GoReplacementTarget =
  | { readonly kind: 'directory'; readonly path: string }
  | { readonly kind: 'module'; readonly path: string; readonly version: string };

export interface GoReplace {
  readonly path: string;
  /** Null when the directive replaces every version. */
  readonly version: string | null;
  readonly target: GoReplacementTarget;
}

export interface GoModFile {
  readonly module: string | null;
  readonly requires: readonly GoRequirement[];
  readonly replaces: readonly GoReplace[];
  readonly problems: readonly Problem[];
}

/** Verbs a go.mod may use (Go 1.24), and whether they take a `( … )` block. */
const VERBS: ReadonlyMap<string, boolean> = new Map([
  ['module', false],
  ['go', false],
  ['toolchain', false],
  ['godebug', true],
  ['require', true],
  ['exclude', true],
  ['replace', true],
  ['retract', true],
  ['tool', true],
  ['ignore', true],
]);

const MAX_PROBLEMS = 20;
const SEMVER = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** A word: anything up to white space, punctuation or a quote (sticky: read in one step). */
const IDENT = /[^\s()[\]{},"`]+/y;
const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',']);
/** Replacement targets that are folders: relative (`./`, `../`) or absolute, POSIX or Windows. */
const DIRECTORY = /^(?:\.\.?(?:[/\\]|$)|\/|[A-Za-z]:[/\\])/;

export function parseGoMod(text: string): GoModFile {
  const problems: Problem[] = [];
  const requires: GoRequirement[] = [];
  const replaces: GoReplace[] = [];
  let module: string | null = null;

  const directive = (verb: string, args: readonly Token[], line: Line, at: Span): void => {
    const usage = (form: string): void => void problems.push({ span: at, message: `usage: ${verb} ${form}` });
    const checkVersion = (token: Token) => {
      if (!SEMVER.test(token.text)) problems.push({ span: token.span, message: `invalid version '${token.text}': should be like v1.2.3` });
    };
    switch (verb) {
      case 'module':
        if (args.length !== 1) return usage('module/path');
        module = args[0].text;
        return;
      case 'go':
      case 'toolchain':
        return args.length === 1 ? undefined : usage(verb === 'go' ? '1.23' : 'go1.23.4');
      case 'require':
        if (args.length !== 2) return usage('module/path v1.2.3');
        checkVersion(args[1]);
        requires.push({ path: args[0].text, version: args[1].text, indirect: isIndirect(line.comment), span: args[0].span });
        return;
      case 'exclude':
        if (args.length !== 2) return usage('module/path v1.2.3');
        return checkVersion(args[1]);
      case 'replace': {
        const arrow = args.findIndex((t) => t.text === '=>');
        if (arrow !== 1 && arrow !== 2) return usage('module/path [v1.2.3] => other/module v1.4.5 or => ../local/directory');
        if (arrow === 2) checkVersion(args[1]);
        const right = args.slice(arrow + 1);
        let target: GoReplacementTarget;
        if (right.length === 1 && DIRECTORY.test(right[0].text)) target = { kind: 'directory', path: right[0].text };
        else if (right.length === 2 && !DIRECTORY.test(right[0].text)) {
          checkVersion(right[1]);
          target = { kind: 'module', path: right[0].text, version: right[1].text };
        } else return usage('module/path [v1.2.3] => other/module v1.4.5 or => ../local/directory');
        replaces.push({ path: args[0].text, version: arrow === 2 ? args[1].text : null, target });
        return;
      }
      case 'retract':
        // `retract v1.0.1` or `retract [v1.0.2, v1.0.4]`.
        if (args.length === 1 || (args.length === 5 && args[0].text === '[' && args[2].text === ',' && args[4].text === ']')) return;
        return usage('v1.2.3 or [v1.2.3, v1.3.0]');
      case 'godebug':
        return args.length === 1 && args[0].text.includes('=') ? undefined : usage('key=value');
      case 'tool':
      case 'ignore':
        return args.length === 1 ? undefined : usage('path');
    }
  };

  const lines = lex(text, problems);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const [verbToken, ...rest] = line.tokens;
    if (!verbToken) continue;
    const verb = verbToken.text;
    const block = VERBS.get(verb);
    if (block === undefined) {
      problems.push({ span: verbToken.span, message: `unknown directive: ${verb}` });
      continue;
    }
    if (rest[0]?.text !== '(') {
      directive(verb, rest, line, spanOf(line.tokens));
      continue;
    }
    if (!block || rest.length > 1) {
      problems.push({ span: rest[0].span, message: block ? "unexpected tokens after '('" : `${verb} does not take a block` });
    }
    // The block's lines, up to the `)` that closes it.
    let closed = false;
    for (i++; i < lines.length; i++) {
      const inner = lines[i];
      if (inner.tokens[0]?.text === ')') {
        if (inner.tokens.length > 1) problems.push({ span: spanOf(inner.tokens.slice(1)), message: "unexpected tokens after ')'" });
        closed = true;
        break;
      }
      if (inner.tokens.length) directive(verb, inner.tokens, inner, spanOf(inner.tokens));
    }
    if (!closed) problems.push({ span: rest[0].span, message: `the ${verb} block is never closed with ')'` });
  }
  // In the order of the text; past a few, problems say little more than "this is not a go.mod".
  problems.sort((a, b) => a.span.start - b.span.start);
  return { module, requires, replaces, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** As modfile decides it: the comment says `indirect`, alone or before a `;`. */
function isIndirect(comment: string | null): boolean {
  return comment !== null && (comment === 'indirect' || comment.startsWith('indirect;'));
}

function spanOf(tokens: readonly Token[]): Span {
  return { start: tokens[0].span.start, end: tokens[tokens.length - 1].span.end };
}

/** Splits the text into lines of tokens, as modfile's lexer does. */
function lex(text: string, problems: Problem[]): Line[] {
  const lines: Line[] = [];
  let tokens: Token[] = [];
  let comment: string | null = null;
  let pos = 0;
  const endLine = () => {
    lines.push({ tokens, comment });
    tokens = [];
    comment = null;
  };
  while (pos < text.length) {
    const c = text[pos];
    if (c === '\n') {
      endLine();
      pos++;
    } else if (c === ' ' || c === '\t' || /\s/.test(c)) {
      pos++;
    } else if (text.startsWith('//', pos)) {
      const end = lineEnd(text, pos);
      comment = text.slice(pos + 2, end).trim();
      pos = end;
    } else if (PUNCTUATION.has(c)) {
      tokens.push({ text: c, span: { start: pos, end: pos + 1 } });
      pos++;
    } else if (c === '"' || c === '`') {
      const close = text.indexOf(c, pos + 1);
      const end = lineEnd(text, pos);
      if (close === -1 || close > end) {
        problems.push({ span: { start: pos, end }, message: 'unterminated string' });
        pos = end;
        continue;
      }
      const raw = text.slice(pos + 1, close);
      tokens.push({ text: c === '"' ? unquote(raw) : raw, span: { start: pos + 1, end: close } });
      pos = close + 1;
    } else {
      IDENT.lastIndex = pos;
      const word = IDENT.exec(text)![0];
      // A `//` inside a word starts a comment, as in modfile's lexer.
      const comment = word.indexOf('//');
      const length = comment === -1 ? word.length : comment;
      tokens.push({ text: word.slice(0, length), span: { start: pos, end: pos + length } });
      pos += length;
    }
  }
  endLine();
  return lines;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** Go's interpreted string; module paths hardly ever hold escapes, so JSON's subset is enough. */
function unquote(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The replacement that applies to `path@version`: one for that version wins over one for all versions. */
export function replacementFor(replaces: readonly GoReplace[], path: string, version: string): GoReplacementTarget | undefined {
  return (replaces.find((r) => r.path === path && r.version === version) ?? replaces.find((r) => r.path === path && r.version === null))?.target;
}

/** A replacement as a dependency's locator (`dir:../fork`, `mod:example.com/fork@v1.2.0`), and back. */
export function replacementLocator(target: GoReplacementTarget): string {
  return target.kind === 'directory' ? `dir:${target.path}` : `mod:${target.path}@${target.version}`;
}

export function replacementFromLocator(locator: string | undefined): GoReplacementTarget | undefined {
  if (locator?.startsWith('dir:')) return { kind: 'directory', path: locator.slice(4) };
  const at = locator?.startsWith('mod:') ? locator.lastIndexOf('@') : -1;
  return locator && at > 4 ? { kind: 'module', path: locator.slice(4, at), version: locator.slice(at + 1) } : undefined;
}

export function parseGoModFile(file: SourceFile): ParsedManifest {
  const parsed = parseGoMod(file.text);
  const lines = new LineIndex(file.text);
  const range = (span: Span) => lines.range(span.start, span.end - span.start);
  const dependencies: DeclaredDependency[] = parsed.requires.map((requirement) => {
    const target = replacementFor(parsed.replaces, requirement.path, requirement.version);
    return {
      name: requirement.path,
      spec: requirement.version,
      range: range(requirement.span),
      scope: 'runtime',
      direct: !requirement.indirect,
      ...(target ? { locator: replacementLocator(target) } : {}),
    };
  });
  const problems: ParseProblem[] = parsed.problems.map((p) => ({ range: range(p.span), message: p.message }));
  return { dependencies, problems };
}
