// The statement structure of a tokenized Python file: which statements are live code, which scope each
// belongs to, the names they bind (assignments, parameters, loop and `with` targets) and the imports.
// One pass over the logical lines, with a stack of the blocks that matter: functions and classes
// (scopes) and `if False:` bodies (dead code).
import { findSibling, isName, isOp, nextSibling, split, type Span, type Tokens } from './spans';
import type { Token } from './tokenizer';

export type Binding =
  /** `name = value`, a parameter default, a class attribute, an option default: the value's tokens. */
  | { readonly kind: 'value'; readonly span: Span; readonly scope: Scope }
  /** `for name in values:`: one of the values' elements. */
  | { readonly kind: 'element'; readonly span: Span; readonly scope: Scope }
  /** A parameter without a default: its value comes from the caller. */
  | { readonly kind: 'parameter' }
  /** A `def` or `class` statement. */
  | { readonly kind: 'definition'; readonly isClass: boolean };

export interface Scope {
  readonly kind: 'module' | 'class' | 'function';
  readonly parent: Scope | null;
  readonly bindings: Map<string, Binding[]>;
}

/** A live statement (or compound-statement header) to search for calls. */
export interface Statement extends Span {
  readonly scope: Scope;
}

/** The tokens (an unclosed opener's partner is the end of its statement) and what they say. */
export interface PythonStructure extends Tokens {
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

export function readStructure(tokens: readonly Token[]): PythonStructure {
  const reader = new StructureReader(tokens, matchBrackets(tokens));
  const blocks: { indent: number; scope: Scope; dead: boolean }[] = [];
  let lineStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'newline') continue;
    if (i > lineStart) {
      const indent = tokens[lineStart].indent;
      while (blocks.length && blocks[blocks.length - 1].indent >= indent) blocks.pop();
      const block = blocks[blocks.length - 1];
      const body = reader.line(lineStart, i, block?.scope ?? reader.module, block?.dead ?? false);
      if (body) blocks.push({ indent, ...body });
    }
    lineStart = i + 1;
  }
  return reader;
}

/** Pairs brackets within each logical line; unclosed openers pair with the line's end. */
function matchBrackets(tokens: readonly Token[]): Int32Array {
  const partner = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'newline') {
      for (const o of open) partner[o] = i;
      open.length = 0;
    } else if (t.kind === 'op' && t.value.length === 1) {
      if (t.value === '(' || t.value === '[' || t.value === '{') open.push(i);
      else if ((t.value === ')' || t.value === ']' || t.value === '}') && open.length) {
        const o = open.pop()!;
        partner[o] = i;
        partner[i] = o;
      }
    }
  }
  for (const o of open) partner[o] = tokens.length;
  return partner;
}

class StructureReader implements PythonStructure {
  readonly statements: Statement[] = [];
  readonly module: Scope = { kind: 'module', parent: null, bindings: new Map() };
  readonly attributes = new Map<string, Binding[]>();
  readonly imports = new Map<string, string>();
  readonly importedModules = new Set<string>();

  constructor(readonly tokens: readonly Token[], readonly partner: Int32Array) {}

  /** Reads one logical line; returns the block it opens, when its body is on the following lines. */
  line(start: number, end: number, scope: Scope, dead: boolean): { scope: Scope; dead: boolean } | undefined {
    const t = this.tokens;
    let k = start;
    if (isName(t[k], 'async') && k + 1 < end) k++;
    if (t[k].kind !== 'name' || !HEADER_KEYWORDS.has(t[k].value)) {
      this.simpleStatements(start, end, scope, dead);
      return undefined;
    }
    const colon = this.headerColon(k, end);
    if (colon < 0) {
      this.simpleStatements(start, end, scope, dead);
      return undefined;
    }
    const keyword = t[k].value;
    let bodyScope = scope;
    let bodyDead = dead;
    if (!dead && colon > k + 1) {
      this.statements.push({ start: k + 1, end: colon, scope });
      this.comprehensionTargets(k + 1, colon, scope);
    }
    if (keyword === 'def' || keyword === 'class') {
      bodyScope = { kind: keyword === 'def' ? 'function' : 'class', parent: scope, bindings: new Map() };
      if (!dead && t[k + 1]?.kind === 'name') add(scope.bindings, t[k + 1].value, { kind: 'definition', isClass: keyword === 'class' });
      if (keyword === 'def') this.parameters(k, colon, scope, bodyScope);
    } else if (keyword === 'if' || keyword === 'elif' || keyword === 'while') {
      bodyDead ||= colon === k + 2 && isConstantFalse(t[k + 1]);
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
      const tok = this.tokens[j];
      if (isName(tok, 'lambda')) lambdas++;
      else if (isOp(tok, ':')) {
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
      if (j < end && !isOp(this.tokens[j], ';')) continue;
      if (j > from) this.simpleStatement(from, j, scope);
      from = j + 1;
    }
  }

  private simpleStatement(start: number, end: number, scope: Scope): void {
    this.statements.push({ start, end, scope });
    this.comprehensionTargets(start, end, scope);
    const first = this.tokens[start];
    if (isName(first, 'import')) this.importStatement(start + 1, end);
    else if (isName(first, 'from')) this.fromImport(start + 1, end);
    else this.assignment(start, end, scope);
  }

  /** `a = b = value`, `x: T = value`, `self.attr = value`. Tuple targets are left alone. */
  private assignment(start: number, end: number, scope: Scope): void {
    const t = this.tokens;
    const equals: number[] = [];
    for (let j = start; j < end; j = nextSibling(this.partner, j, end)) if (isOp(t[j], '=')) equals.push(j);
    if (!equals.length) return;
    const value: Binding = { kind: 'value', span: { start: equals[equals.length - 1] + 1, end }, scope };
    let targetStart = start;
    for (const eq of equals) {
      this.bindTarget(targetStart, eq, value, scope);
      targetStart = eq + 1;
    }
  }

  private bindTarget(start: number, end: number, value: Binding, scope: Scope): void {
    const t = this.tokens;
    let j = start;
    if (t[j]?.kind !== 'name') return;
    while (j + 2 < end && isOp(t[j + 1], '.') && t[j + 2].kind === 'name') j += 2;
    if (j + 1 < end && !isOp(t[j + 1], ':')) return; // not a plain or annotated name/attribute target
    const name = t[j].value;
    if (j === start) {
      add(scope.bindings, name, value);
      if (scope.kind === 'class') add(this.attributes, name, value);
    } else {
      add(this.attributes, name, value);
    }
  }

  /** `def name(a, b="x", *args, c: str = "y", **kw)`: defaults are evaluated in the enclosing scope. */
  private parameters(def: number, colon: number, enclosing: Scope, fn: Scope): void {
    const t = this.tokens;
    const open = def + 2;
    if (!isOp(t[open], '(')) return;
    const close = Math.min(this.partner[open], colon);
    for (const param of split(this, { start: open + 1, end: close }, ',')) {
      let j = param.start;
      while (j < param.end && (isOp(t[j], '*') || isOp(t[j], '**'))) j++;
      if (t[j]?.kind !== 'name' || j >= param.end) continue;
      const name = t[j].value;
      const eq = findSibling(this, { start: j + 1, end: param.end }, 'op', '=');
      add(fn.bindings, name, eq < 0 ? { kind: 'parameter' } : { kind: 'value', span: { start: eq + 1, end: param.end }, scope: enclosing });
    }
  }

  /** `for name in values:` (a single name target). */
  private loopTarget(keyword: number, colon: number, scope: Scope): void {
    const t = this.tokens;
    if (t[keyword + 1]?.kind === 'name' && isName(t[keyword + 2], 'in') && keyword + 3 < colon) {
      add(scope.bindings, t[keyword + 1].value, { kind: 'element', span: { start: keyword + 3, end: colon }, scope });
    }
  }

  /** `[… for name in values …]` inside the statement: bound in the statement's scope (leaking is harmless here). */
  private comprehensionTargets(start: number, end: number, scope: Scope): void {
    const t = this.tokens;
    for (let j = start; j + 3 < end; j++) {
      if (!isName(t[j], 'for') || t[j + 1].kind !== 'name' || !isName(t[j + 2], 'in')) continue;
      let k = j + 3;
      while (k < end && !isName(t[k], 'for') && !isName(t[k], 'if') && !(this.partner[k] >= 0 && this.partner[k] < k)) {
        k = nextSibling(this.partner, k, end);
      }
      if (k > j + 3) add(scope.bindings, t[j + 1].value, { kind: 'element', span: { start: j + 3, end: k }, scope });
    }
  }

  /** `with expr as name, expr2 as name2:` */
  private withTargets(keyword: number, colon: number, scope: Scope): void {
    const t = this.tokens;
    let from = keyword + 1;
    let end = colon;
    if (isOp(t[from], '(') && this.partner[from] === colon - 1) {
      from++;
      end--;
    }
    for (const item of split(this, { start: from, end }, ',')) {
      const as = findSibling(this, item, 'name', 'as');
      if (as > item.start && as + 2 === item.end && t[as + 1].kind === 'name') {
        add(scope.bindings, t[as + 1].value, { kind: 'value', span: { start: item.start, end: as }, scope });
      }
    }
  }

  /** `import a.b.c`, `import a.b as c` */
  private importStatement(start: number, end: number): void {
    for (const item of split(this, { start, end }, ',')) {
      const { path, next } = this.dottedName(item.start, item.end);
      if (!path) continue;
      this.importedModules.add(path);
      const alias = isName(this.tokens[next], 'as') ? this.tokens[next + 1] : undefined;
      if (alias?.kind === 'name') this.imports.set(alias.value, path);
      else this.imports.set(path.split('.')[0], path.split('.')[0]);
    }
  }

  /** `from a.b import c as d, e`, `from a import (b, c)`, `from a import *`; relative imports are the project's own. */
  private fromImport(start: number, end: number): void {
    const t = this.tokens;
    if (isOp(t[start], '.') || isOp(t[start], '...')) return;
    const { path, next } = this.dottedName(start, end);
    if (!path || !isName(t[next], 'import')) return;
    this.importedModules.add(path);
    let from = next + 1;
    let to = end;
    if (isOp(t[from], '(')) {
      to = Math.min(this.partner[from], end);
      from++;
    }
    for (const item of split(this, { start: from, end: to }, ',')) {
      const name = t[item.start];
      if (name?.kind !== 'name') continue;
      const alias = isName(t[item.start + 1], 'as') && t[item.start + 2]?.kind === 'name' ? t[item.start + 2].value : name.value;
      this.imports.set(alias, `${path}.${name.value}`);
      this.importedModules.add(`${path}.${name.value}`);
    }
  }

  private dottedName(start: number, end: number): { path: string; next: number } {
    const t = this.tokens;
    let j = start;
    let path = '';
    while (j < end && t[j].kind === 'name') {
      path += t[j].value;
      if (!isOp(t[j + 1], '.')) return { path, next: j + 1 };
      path += '.';
      j += 2;
    }
    return { path: '', next: j };
  }
}

function add<K>(map: Map<K, Binding[]>, key: K, binding: Binding): void {
  const list = map.get(key);
  if (list) list.push(binding);
  else map.set(key, [binding]);
}

function isConstantFalse(t: Token): boolean {
  return isName(t, 'False') || (t.kind === 'number' && /^0+$/.test(t.value));
}
