// The statement structure of a tokenized Python file: which statements are live code, which scope each
// belongs to, the names they bind (assignments, parameters, loop and `with` targets) and the imports.
// One pass over the logical lines, with a stack of the blocks that matter: functions and classes
// (scopes) and `if False:` bodies (dead code).
import { findSibling, nextSibling, split, type Span } from './spans';
import { T, type Tokens } from './tokenizer';

export type Binding =
  /** `name = value`, a parameter default, a class attribute, an option default: the value's tokens. */
  | { readonly kind: 'value'; readonly span: Span; readonly scope: Scope }
  /** `for name in values:`: one of the values' elements. */
  | { readonly kind: 'element'; readonly span: Span; readonly scope: Scope }
  /** A parameter without a default: its value comes from the caller. */
  | { readonly kind: 'parameter' }
  /** A `def` or `class` statement. */
  | { readonly kind: 'definition'; readonly isClass: boolean };

/** Binds the name token `name` to `binding`. */
type Bind = (name: number, binding: Binding) => void;

/**
 * A module, class or function body and the names bound in it. Only the few names calls need are ever
 * looked up, so the table by name is made on first lookup (a function's parameters read only then).
 */
export class Scope {
  private table: Map<string, Binding[]> | undefined;
  /** The bindings in order, and the token naming each. */
  private readonly names: number[] = [];
  private readonly values: Binding[] = [];

  constructor(
    readonly kind: 'module' | 'class' | 'function',
    readonly parent: Scope | null,
    private readonly tokens: Tokens,
    /** Binds a function's parameters (before anything its body binds). */
    private readonly parameters?: (bind: Bind) => void,
  ) {}

  bind(name: number, binding: Binding): void {
    this.names.push(name);
    this.values.push(binding);
  }

  /** The bindings of `name` in this scope, in order. */
  bindings(name: string): readonly Binding[] | undefined {
    return (this.table ??= this.tabulate()).get(name);
  }

  private tabulate(): Map<string, Binding[]> {
    const table = new Map<string, Binding[]>();
    const bind: Bind = (name, binding) => addBinding(table, this.tokens.value(name), binding);
    this.parameters?.(bind);
    this.names.forEach((name, i) => bind(name, this.values[i]));
    return table;
  }
}

/** A live statement (or compound-statement header) to search for calls. */
export interface Statement extends Span {
  readonly scope: Scope;
}

/** The tokens and what they say. */
export interface PythonStructure {
  readonly tokens: Tokens;
  readonly statements: readonly Statement[];
  readonly module: Scope;
  /** Attribute assignments anywhere (`self.client = …`, class attributes), by attribute name. */
  readonly attributes: Map<string, Binding[]>;
  /** Local name → dotted path it was imported as: `genai` → `google.genai`. */
  readonly imports: Map<string, string>;
  /** Every module path an import statement names (`from a.b import c`: `a.b` and `a.b.c`). */
  readonly importedModules: ReadonlySet<string>;
}

const HEADER_KEYWORDS = new Set(['if', 'elif', 'else', 'for', 'while', 'with', 'def', 'class', 'try', 'except', 'finally']);
/** Their first letters: most lines start with another name, which is then not sliced to be looked up. */
const HEADER_INITIALS = new Set([...HEADER_KEYWORDS].map((keyword) => keyword.charCodeAt(0)));

/** The compound-statement keyword token `k` is, or ''. */
function headerKeyword(t: Tokens, k: number): string {
  const length = t.end[k] - t.start[k];
  if (t.kind[k] !== T.Name || length < 2 || length > 7 || !HEADER_INITIALS.has(t.text.charCodeAt(t.start[k]))) return '';
  const word = t.value(k);
  return HEADER_KEYWORDS.has(word) ? word : '';
}

export function readStructure(tokens: Tokens): PythonStructure {
  const reader = new StructureReader(tokens);
  const blocks: { indent: number; scope: Scope; dead: boolean }[] = [];
  const { kind, count } = tokens;
  let lineStart = 0;
  for (let i = 0; i < count; i++) {
    if (kind[i] !== T.Newline) continue;
    if (i > lineStart) {
      const indent = tokens.indent[lineStart];
      while (blocks.length && blocks[blocks.length - 1].indent >= indent) blocks.pop();
      const block = blocks[blocks.length - 1];
      const body = reader.line(lineStart, i, block?.scope ?? reader.module, block?.dead ?? false);
      if (body) blocks.push({ indent, scope: body.scope, dead: body.dead });
    }
    lineStart = i + 1;
  }
  return reader;
}

class StructureReader implements PythonStructure {
  readonly statements: Statement[] = [];
  readonly module: Scope;
  readonly attributes = new Map<string, Binding[]>();
  readonly imports = new Map<string, string>();
  readonly importedModules = new Set<string>();

  private readonly partner: Int32Array;

  constructor(readonly tokens: Tokens) {
    this.partner = tokens.partner;
    this.module = new Scope('module', null, tokens);
  }

  /** Reads one logical line; returns the block it opens, when its body is on the following lines. */
  line(start: number, end: number, scope: Scope, dead: boolean): { scope: Scope; dead: boolean } | undefined {
    const t = this.tokens;
    let k = start;
    if (t.isName(k, 'async') && k + 1 < end) k++;
    const keyword = headerKeyword(t, k);
    if (!keyword) {
      this.simpleStatements(start, end, scope, dead);
      return undefined;
    }
    const colon = this.headerColon(k, end);
    if (colon < 0) {
      this.simpleStatements(start, end, scope, dead);
      return undefined;
    }
    let bodyScope = scope;
    let bodyDead = dead;
    if (!dead && colon > k + 1) {
      this.statements.push({ start: k + 1, end: colon, scope });
      this.comprehensionTargets(k + 1, colon, scope);
    }
    if (keyword === 'def' || keyword === 'class') {
      bodyScope = keyword === 'def' ? this.functionScope(k, colon, scope) : new Scope('class', scope, t);
      if (!dead && t.kind[k + 1] === T.Name) scope.bind(k + 1, { kind: 'definition', isClass: keyword === 'class' });
    } else if (keyword === 'if' || keyword === 'elif' || keyword === 'while') {
      bodyDead ||= colon === k + 2 && isConstantFalse(t, k + 1);
    } else if (!dead && keyword === 'for') {
      this.loopTarget(k, colon, scope);
    } else if (!dead && keyword === 'with') {
      this.withTargets(k, colon, scope);
    }
    if (colon + 1 < end) {
      this.simpleStatements(colon + 1, end, bodyScope, bodyDead);
      return undefined;
    }
    return { scope: bodyScope, dead: bodyDead };
  }

  /** The colon ending a compound statement's header (not a lambda's, not one inside brackets). */
  private headerColon(from: number, end: number): number {
    let lambdas = 0;
    for (let j = from; j < end; j = nextSibling(this.partner, j, end)) {
      if (this.tokens.isName(j, 'lambda')) lambdas++;
      else if (this.tokens.isOp(j, ':')) {
        if (lambdas === 0) return j;
        lambdas--;
      }
    }
    return -1;
  }

  private simpleStatements(start: number, end: number, scope: Scope, dead: boolean): void {
    if (dead) return;
    let from = start;
    for (let j = start; j <= end; j = j < end ? nextSibling(this.partner, j, end) : end + 1) {
      if (j < end && !this.tokens.isOp(j, ';')) continue;
      if (j > from) this.simpleStatement(from, j, scope);
      from = j + 1;
    }
  }

  private simpleStatement(start: number, end: number, scope: Scope): void {
    this.statements.push({ start, end, scope });
    this.comprehensionTargets(start, end, scope);
    if (this.tokens.isName(start, 'import')) this.importStatement(start + 1, end);
    else if (this.tokens.isName(start, 'from')) this.fromImport(start + 1, end);
    else this.assignment(start, end, scope);
  }

  /** `a = b = value`, `x: T = value`, `self.attr = value`. Tuple targets are left alone. */
  private assignment(start: number, end: number, scope: Scope): void {
    const t = this.tokens;
    let last = -1;
    for (let j = start; j < end; j = nextSibling(this.partner, j, end)) if (t.isOp(j, '=')) last = j;
    if (last < 0) return;
    const value: Binding = { kind: 'value', span: { start: last + 1, end }, scope };
    let targetStart = start;
    for (let j = start; j <= last; j = nextSibling(this.partner, j, end)) {
      if (!t.isOp(j, '=')) continue;
      this.bindTarget(targetStart, j, value, scope);
      targetStart = j + 1;
    }
  }

  private bindTarget(start: number, end: number, value: Binding, scope: Scope): void {
    const t = this.tokens;
    let j = start;
    if (t.kind[j] !== T.Name) return;
    while (j + 2 < end && t.isOp(j + 1, '.') && t.kind[j + 2] === T.Name) j += 2;
    if (j + 1 < end && !t.isOp(j + 1, ':')) return; // not a plain or annotated name/attribute target
    if (j === start) {
      scope.bind(j, value);
      if (scope.kind === 'class') addBinding(this.attributes, t.value(j), value);
    } else {
      addBinding(this.attributes, t.value(j), value);
    }
  }

  /** The scope of the function `def` at `def` defines (apart, so that only `def` lines make a closure). */
  private functionScope(def: number, colon: number, enclosing: Scope): Scope {
    return new Scope('function', enclosing, this.tokens, (bind) => this.parameters(def, colon, enclosing, bind));
  }

  /** `def name(a, b="x", *args, c: str = "y", **kw)`: defaults are evaluated in the enclosing scope. */
  private parameters(def: number, colon: number, enclosing: Scope, bind: Bind): void {
    const t = this.tokens;
    const open = def + 2;
    if (!t.isOp(open, '(')) return;
    const close = Math.min(this.partner[open], colon);
    for (const param of split(this.tokens, { start: open + 1, end: close }, ',')) {
      let j = param.start;
      while (j < param.end && (t.isOp(j, '*') || t.isOp(j, '**'))) j++;
      if (t.kind[j] !== T.Name || j >= param.end) continue;
      const eq = findSibling(this.tokens, { start: j + 1, end: param.end }, T.Op, '=');
      bind(j, eq < 0 ? { kind: 'parameter' } : { kind: 'value', span: { start: eq + 1, end: param.end }, scope: enclosing });
    }
  }

  /** `for name in values:` (a single name target). */
  private loopTarget(keyword: number, colon: number, scope: Scope): void {
    const t = this.tokens;
    if (t.kind[keyword + 1] === T.Name && t.isName(keyword + 2, 'in') && keyword + 3 < colon) {
      scope.bind(keyword + 1, { kind: 'element', span: { start: keyword + 3, end: colon }, scope });
    }
  }

  /** `[… for name in values …]` inside the statement: bound in the statement's scope (leaking is harmless here). */
  private comprehensionTargets(start: number, end: number, scope: Scope): void {
    const t = this.tokens;
    for (let j = start; j + 3 < end; j++) {
      if (!t.isName(j, 'for') || t.kind[j + 1] !== T.Name || !t.isName(j + 2, 'in')) continue;
      let k = j + 3;
      while (k < end && !t.isName(k, 'for') && !t.isName(k, 'if') && !(this.partner[k] >= 0 && this.partner[k] < k)) {
        k = nextSibling(this.partner, k, end);
      }
      if (k > j + 3) scope.bind(j + 1, { kind: 'element', span: { start: j + 3, end: k }, scope });
    }
  }

  /** `with expr as name, expr2 as name2:` */
  private withTargets(keyword: number, colon: number, scope: Scope): void {
    const t = this.tokens;
    let from = keyword + 1;
    let end = colon;
    if (t.isOp(from, '(') && this.partner[from] === colon - 1) {
      from++;
      end--;
    }
    for (const item of split(this.tokens, { start: from, end }, ',')) {
      const as = findSibling(this.tokens, item, T.Name, 'as');
      if (as > item.start && as + 2 === item.end && t.kind[as + 1] === T.Name) {
        scope.bind(as + 1, { kind: 'value', span: { start: item.start, end: as }, scope });
      }
    }
  }

  /** `import a.b.c`, `import a.b as c` */
  private importStatement(start: number, end: number): void {
    for (const item of split(this.tokens, { start, end }, ',')) {
      const { path, next } = this.dottedName(item.start, item.end);
      if (!path) continue;
      this.importedModules.add(path);
      const aliased = this.tokens.isName(next, 'as') && this.tokens.kind[next + 1] === T.Name;
      if (aliased) this.imports.set(this.tokens.value(next + 1), path);
      else this.imports.set(path.split('.')[0], path.split('.')[0]);
    }
  }

  /** `from a.b import c as d, e`, `from a import (b, c)`, `from a import *`; relative imports are the project's own. */
  private fromImport(start: number, end: number): void {
    const t = this.tokens;
    if (t.isOp(start, '.') || t.isOp(start, '...')) return;
    const { path, next } = this.dottedName(start, end);
    if (!path || !t.isName(next, 'import')) return;
    this.importedModules.add(path);
    let from = next + 1;
    let to = end;
    if (t.isOp(from, '(')) {
      to = Math.min(this.partner[from], end);
      from++;
    }
    for (const item of split(this.tokens, { start: from, end: to }, ',')) {
      if (t.kind[item.start] !== T.Name) continue;
      const name = t.value(item.start);
      const alias = t.isName(item.start + 1, 'as') && t.kind[item.start + 2] === T.Name ? t.value(item.start + 2) : name;
      this.imports.set(alias, `${path}.${name}`);
      this.importedModules.add(`${path}.${name}`);
    }
  }

  private dottedName(start: number, end: number): { path: string; next: number } {
    const t = this.tokens;
    let j = start;
    let path = '';
    while (j < end && t.kind[j] === T.Name) {
      path += t.value(j);
      if (!t.isOp(j + 1, '.')) return { path, next: j + 1 };
      path += '.';
      j += 2;
    }
    return { path: '', next: j };
  }
}

/** Adds `binding` to the bindings of `key`. */
export function addBinding<K>(map: Map<K, Binding[]>, key: K, binding: Binding): void {
  const list = map.get(key);
  if (list) list.push(binding);
  else map.set(key, [binding]);
}

function isConstantFalse(t: Tokens, i: number): boolean {
  return t.isName(i, 'False') || (t.kind[i] === T.Number && /^0+$/.test(t.value(i)));
}
