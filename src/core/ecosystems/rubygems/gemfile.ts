// Gemfile (and gems.rb): the gems a Ruby project declares, read from tokens, never run. Groups (as
// blocks or options) give the scope; `path`/`git` sources say where a gem comes from.
import { LineIndex } from '../../text/lineIndex';
import type { DependencyScope } from '../../types';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';
import { callArguments, literalStrings, statements, tokenizeRuby, type Token } from './ruby';

/** What a block says about the gems inside it: their groups and where they come from. */
interface Frame {
  /** The token that opened the block (for an unclosed block's problem). */
  readonly opener: Token | undefined;
  readonly groups: readonly string[];
  /** `path:<dir>` or `git:<url>` for gems of a `path '…' do` or `git '…' do` block. */
  readonly source: string | undefined;
}

/** Bundler's groups for gems only used while developing; any other group may be deployed. */
const DEV_GROUPS = new Set(['development', 'dev', 'test']);
const GIT_OPTIONS = ['git', 'github', 'gist', 'bitbucket'];

function scopeOfGroups(groups: readonly string[]): DependencyScope {
  if (!groups.length || !groups.every((g) => DEV_GROUPS.has(g))) return 'runtime';
  return groups.every((g) => g === 'test') ? 'test' : 'dev';
}

/** Symbols and strings in an option's value: `:test`, `[:development, :test]`, `'test'`. */
function names(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => t.kind === 'symbol' || (t.kind === 'string' && !t.dynamic)).map((t) => t.value);
}

/** A call's options (`group: :test`, `:git => '…'`) and its positional arguments. */
function splitOptions(args: readonly Token[][]): { positional: Token[][]; options: Map<string, Token[]> } {
  const positional: Token[][] = [];
  const options = new Map<string, Token[]>();
  for (const arg of args) {
    const [first, second] = arg;
    if (first?.kind === 'label') options.set(first.value, arg.slice(1));
    else if ((first?.kind === 'symbol' || first?.kind === 'string') && second?.kind === 'operator' && second.value === '=>') options.set(first.value, arg.slice(2));
    else positional.push(arg);
  }
  return { positional, options };
}

/** The frame a block opened by `call args do` makes inside `outer`. */
function frameFor(call: string | undefined, args: readonly Token[][], outer: Frame, opener: Token): Frame {
  const { positional } = splitOptions(args);
  if (call === 'group') return { opener, groups: [...outer.groups, ...positional.flatMap(names)], source: outer.source };
  const source = literalStrings(positional[0] ?? [])[0]?.value;
  if (source && call === 'path') return { opener, groups: outer.groups, source: `path:${source}` };
  if (source && GIT_OPTIONS.includes(call ?? '')) return { opener, groups: outer.groups, source: `git:${source}` };
  return { ...outer, opener };
}

export function parseGemfile(file: SourceFile): ParsedManifest {
  const lines = new LineIndex(file.text);
  const { tokens, problem } = tokenizeRuby(file.text);
  const problems: ParseProblem[] = problem ? [{ range: lines.range(problem.offset, 1), message: problem.message }] : [];
  const dependencies: DeclaredDependency[] = [];
  const seen = new Set<string>();
  const top: Frame = { opener: undefined, groups: [], source: undefined };
  const stack: Frame[] = [];

  for (const statement of statements(tokens)) {
    if (statement.kind === 'end') {
      if (!stack.pop()) problems.push({ range: lines.range(statement.token.offset, statement.token.length), message: '`end` without a block to close' });
      continue;
    }
    const head = statement.tokens[0]!;
    const call = head.kind === 'identifier' ? head.value : undefined;
    if (call !== 'gem' && !statement.opensBlock) continue;
    const args = callArguments(statement.tokens.slice(1));
    const frame = stack[stack.length - 1] ?? top;
    if (call === 'gem') {
      const dependency = gemOf(args, frame, lines);
      if (dependency && !seen.has(dependency.name)) {
        seen.add(dependency.name);
        dependencies.push(dependency);
      }
    }
    if (statement.opensBlock) stack.push(frameFor(call, args, frame, head));
  }
  for (const { opener } of stack) {
    problems.push({ range: lines.range(opener!.offset, opener!.length), message: `This \`${opener!.value}\` block has no matching \`end\`` });
  }
  return { dependencies, problems };
}

function gemOf(args: readonly Token[][], frame: Frame, lines: LineIndex): DeclaredDependency | undefined {
  const { positional, options } = splitOptions(args);
  // A computed name (`gem name`) is not knowable without running the Gemfile.
  const name = positional[0]?.length === 1 ? literalStrings(positional[0])[0] : undefined;
  if (!name) return undefined;
  const requirements = positional.slice(1).flatMap((arg) => literalStrings(arg).map((w) => w.value));
  let groups = frame.groups;
  let locator = frame.source;
  if (options.size) {
    groups = [...groups, ...names(options.get('group') ?? []), ...names(options.get('groups') ?? [])];
    const path = literalStrings(options.get('path') ?? [])[0]?.value;
    const git = GIT_OPTIONS.map((o) => literalStrings(options.get(o) ?? [])[0]?.value).find((v) => v !== undefined);
    if (path !== undefined) locator = `path:${path}`;
    else if (git !== undefined) locator = `git:${git}`;
  }
  return {
    name: name.value,
    spec: requirements.length ? requirements.join(', ') : null,
    range: lines.range(name.offset, name.length),
    scope: scopeOfGroups(groups),
    direct: true,
    ...(locator ? { locator } : {}),
  };
}
