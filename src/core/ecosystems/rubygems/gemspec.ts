// *.gemspec: a gem's own dependencies (`add_dependency` and friends) and its declared licences
// (`s.licenses = [...]`), read from tokens, never run. Installed specifications RubyGems writes are
// gemspecs too (`s.add_runtime_dependency(%q<rack>.freeze, [">= 2"])`, `s.licenses = ["MIT".freeze]`).
import { LineIndex } from '../../text/lineIndex';
import type { DependencyScope } from '../../types';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';
import { callArguments, literalStrings, statements, tokenizeRuby, type Token } from './ruby';

const DEPENDENCY_METHODS: Readonly<Record<string, DependencyScope>> = {
  add_dependency: 'runtime',
  add_runtime_dependency: 'runtime',
  add_development_dependency: 'dev',
};

/** `receiver.method` or a bare `method` at `index`. */
function isCallAt(tokens: readonly Token[], index: number): boolean {
  return index === 0 || tokens[index - 1]!.value === '.' || tokens[index - 1]!.value === '&.';
}

export function parseGemspec(file: SourceFile): ParsedManifest {
  const lines = new LineIndex(file.text);
  const { tokens, problem } = tokenizeRuby(file.text);
  const problems: ParseProblem[] = problem ? [{ range: lines.range(problem.offset, 1), message: problem.message }] : [];
  const dependencies: DeclaredDependency[] = [];
  const seen = new Set<string>();
  for (const statement of statements(tokens)) {
    if (statement.kind !== 'code') continue;
    const list = statement.tokens;
    const at = list.findIndex((t, i) => t.kind === 'identifier' && t.value in DEPENDENCY_METHODS && isCallAt(list, i));
    if (at === -1) continue;
    const [first, ...rest] = callArguments(list.slice(at + 1));
    const name = literalStrings(first ?? [])[0];
    if (!name || seen.has(name.value)) continue;
    seen.add(name.value);
    const requirements = rest.flatMap((arg) => literalStrings(arg).map((w) => w.value));
    dependencies.push({
      name: name.value,
      spec: requirements.length ? requirements.join(', ') : null,
      range: lines.range(name.offset, name.length),
      scope: DEPENDENCY_METHODS[list[at]!.value]!,
      direct: true,
    });
  }
  return { dependencies, problems };
}

/** The licences a gemspec assigns (`s.license = "MIT"`, `s.licenses = ["MIT".freeze]`), or undefined when it assigns none. */
export function gemspecLicenses(text: string): string[] | undefined {
  for (const statement of statements(tokenizeRuby(text).tokens)) {
    if (statement.kind !== 'code') continue;
    const list = statement.tokens;
    const at = list.findIndex(
      (t, i) => t.kind === 'identifier' && (t.value === 'license' || t.value === 'licenses') && i > 0 && list[i - 1]!.value === '.' && list[i + 1]?.value === '=',
    );
    const licenses = at === -1 ? [] : literalStrings(list.slice(at + 2)).map((w) => w.value);
    if (licenses.length) return licenses;
  }
  return undefined;
}
