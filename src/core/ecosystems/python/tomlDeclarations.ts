// Collects the dependencies a TOML file declares, with the exact place of each name, and the problems
// met on the way. Shared by pyproject.toml, Pipfile and the TOML lockfiles.
import type { DeclaredDependency, ParsedManifest, ParseProblem } from '../ecosystem';
import type { DependencyScope, SourceRange } from '../../types';
import { LineIndex } from '../../text/lineIndex';
import { isTrue, keySpan, parseToml, spanRange, stringAt, stringSpan, type Span, type TomlEntry, type TomlString, type TomlTable, type TomlValue } from '../../text/toml';
import { readLineRequirement } from './requirementLine';

export class TomlDeclarations {
  readonly root: TomlTable;
  private readonly lines: LineIndex;
  private readonly dependencies: DeclaredDependency[] = [];
  private readonly problems: ParseProblem[] = [];

  constructor(text: string) {
    const document = parseToml(text);
    this.lines = new LineIndex(text);
    this.root = document.root;
    for (const p of document.problems) this.problem(p, p.message);
  }

  problem(span: Span, message: string): void {
    this.problems.push({ range: spanRange(this.lines, span), message });
  }

  /** A problem when `value` is not of the kind expected; true when it is. */
  expect<K extends TomlValue['kind']>(value: TomlValue, kind: K, what: string): value is Extract<TomlValue, { kind: K }> {
    if (value.kind === kind) return true;
    this.problem(value, `Expected ${what}`);
    return false;
  }

  /**
   * A PEP 508 requirement string (`"requests[socks]>=2.31; python_version >= '3.9'"`); PDM's
   * `"-e git+https://…#egg=name"` too. Local paths are the project's own code and are skipped.
   */
  addRequirementString(value: TomlValue, scope: DependencyScope): void {
    if (!this.expect(value, 'string', 'a requirement string such as "requests>=2.31"')) return;
    const editable = /^\s*(?:-e|--editable)\s+/.exec(value.value);
    const skip = editable ? editable[0].length : 0;
    const requirement = readLineRequirement(value.value.slice(skip));
    if (requirement.kind === 'local') return;
    if (requirement.kind === 'error') {
      this.problem(stringSpan(value, skip + requirement.start, skip + requirement.end), requirement.message);
      return;
    }
    this.add({
      name: requirement.name,
      spec: requirement.spec,
      range: this.stringRange(value, skip + requirement.nameStart, skip + requirement.nameEnd),
      scope,
      direct: true,
    });
  }

  /** Each string of an array of requirement strings. */
  addRequirementArray(value: TomlValue, scope: DependencyScope): void {
    if (!this.expect(value, 'array', 'an array of requirement strings')) return;
    for (const item of value.items) this.addRequirementString(item, scope);
  }

  /**
   * A `name = spec` table entry as Poetry and Pipfile write them: `requests = "^2.31"`,
   * `django = { version = ">=4", extras = ["bcrypt"] }`, `lib = { git = "https://…" }`,
   * `mine = { path = "../mine", develop = true }` (local: skipped).
   */
  addNamedEntry(entry: TomlEntry, scope: DependencyScope): void {
    const { value } = entry;
    const alternatives = value.kind === 'array' ? value.items : [value];
    const specs: string[] = [];
    let optional = false;
    for (const item of alternatives) {
      if (item.kind === 'string') specs.push(item.value);
      else if (item.kind === 'table') {
        if (item.entries.has('path')) return;
        const spec = stringAt(item, 'version') ?? stringAt(item, 'git') ?? stringAt(item, 'url') ?? stringAt(item, 'file');
        if (spec) specs.push(spec.value);
        optional ||= isTrue(item, 'optional');
      } else {
        this.problem(item, `Expected a version string or a table for "${entry.key}"`);
        return;
      }
    }
    this.add({
      name: entry.key,
      spec: specs.length ? specs.join(' || ') : null,
      range: spanRange(this.lines, keySpan(entry)),
      scope: optional ? 'optional' : scope,
      direct: true,
    });
  }

  /** The range of characters `start`..`end` of a string's value (by default all of it). */
  stringRange(node: TomlString, start?: number, end?: number): SourceRange {
    return spanRange(this.lines, stringSpan(node, start, end));
  }

  add(dependency: DeclaredDependency): void {
    this.dependencies.push(dependency);
  }

  /** Dependencies in the order the file writes them (tables are visited by kind, not by place). */
  result(): ParsedManifest {
    const byPlace = (a: SourceRange, b: SourceRange) => a.start.line - b.start.line || a.start.character - b.start.character;
    return { dependencies: [...this.dependencies].sort((a, b) => byPlace(a.range, b.range)), problems: this.problems };
  }
}
