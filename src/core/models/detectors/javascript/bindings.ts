// Names the file binds to values: declarations (`const MODEL = …`), parameter and destructuring
// defaults (`function f(model = 'gpt-4o')`, `const { model = 'x' } = opts`), enums, typed parameters
// (`client: OpenAI`) and class members (`static model = …`, `this.client = new OpenAI()`).
// Scopes are approximate: a name is visible in the block that declares it (a parameter: from its
// parameter list to the end of the block holding the function); the innermost visible binding wins.
import type { Syntax } from './syntax';
import { T } from './tokenizer';

export interface Binding {
  readonly name: string;
  readonly scopeStart: number;
  readonly scopeEnd: number;
  /** First token of the initializer or default value. */
  readonly init?: number;
  /** The identifier of a one-word type annotation: `OpenAI` in `client: OpenAI`. */
  readonly type?: number;
}

const DECLARATIONS = new Set(['const', 'let', 'var']);
const MODIFIERS = new Set(['private', 'public', 'protected', 'readonly', 'static', 'declare', 'override', 'accessor']);
const PARAMETER_PROPERTY_MODIFIERS = new Set(['private', 'public', 'protected', 'readonly']);

export class Bindings {
  private readonly variables = new Map<string, Binding[]>();
  private readonly members = new Map<string, Binding[]>();
  /** Names whose bindings are sorted by scope start (sorted on first lookup). */
  private readonly sorted = new Set<string>();

  /** The innermost bindings of `name` visible at token `at` (several when the file is ambiguous). */
  visible(name: string, at: number): Binding[] {
    const list = this.variables.get(name);
    if (!list) return [];
    if (!this.sorted.has(name)) {
      list.sort((a, b) => a.scopeStart - b.scopeStart);
      this.sorted.add(name);
    }
    // The last scope starting at or before `at`, then back to the first one that still contains it:
    // scopes are brackets, so that one is the innermost.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].scopeStart <= at) lo = mid + 1;
      else hi = mid;
    }
    for (let n = lo - 1; n >= 0; n--) {
      if (list[n].scopeEnd < at) continue;
      const innermost = list[n].scopeStart;
      const best = [list[n]];
      for (let m = n - 1; m >= 0 && list[m].scopeStart === innermost; m--) if (list[m].scopeEnd >= at) best.push(list[m]);
      return best;
    }
    return [];
  }

  /** Class members and `this.name = …` assignments of that name, anywhere in the file. */
  member(name: string): readonly Binding[] {
    return this.members.get(name) ?? [];
  }

  addVariable(binding: Binding): void {
    add(this.variables, binding);
  }

  addMember(binding: Binding): void {
    add(this.members, binding);
  }
}

function add(map: Map<string, Binding[]>, binding: Binding): void {
  const list = map.get(binding.name);
  if (list) list.push(binding);
  else map.set(binding.name, [binding]);
}

export function collectBindings(syntax: Syntax): Bindings {
  const bindings = new Bindings();
  const { kind, value, count, newlineBefore } = syntax.tokens;
  const classBodies = findClassBodies(syntax);
  const blockOf = (i: number): { start: number; end: number } => {
    const p = syntax.parent[i];
    return { start: p, end: syntax.enclosingEnd(i) };
  };

  for (let i = 0; i < count; i++) {
    if (kind[i] !== T.Ident) continue;
    const name = value[i];
    const prev = i - 1;
    const parent = syntax.parent[i];

    // Most names follow a dot: members, bound only as `this.name = …`.
    if (syntax.is(prev, '.') || syntax.is(prev, '?.')) {
      if (syntax.isIdent(prev - 1, 'this') && syntax.is(i + 1, '=')) bindings.addMember({ name, scopeStart: -1, scopeEnd: count, init: i + 2 });
      continue;
    }

    if (kind[prev] === T.Ident && DECLARATIONS.has(value[prev]) && !syntax.is(prev - 1, '.')) {
      const annotation = readAnnotation(syntax, i + 1);
      if (annotation.init !== undefined || annotation.type !== undefined) {
        const block = blockOf(prev);
        bindings.addVariable({ name, scopeStart: block.start, scopeEnd: block.end, ...annotation });
      }
      continue;
    }

    if (syntax.isIdent(prev, 'enum') && syntax.is(i + 1, '{')) {
      const block = blockOf(prev);
      bindings.addVariable({ name, scopeStart: block.start, scopeEnd: block.end, init: i + 1 });
      continue;
    }

    if (parent >= 0 && classBodies[parent]) {
      const atMemberStart = syntax.is(prev, '{') || syntax.is(prev, ';') || syntax.is(prev, '}') || newlineBefore[i] ||
        (kind[prev] === T.Ident && MODIFIERS.has(value[prev]));
      if (atMemberStart && (!MODIFIERS.has(name) || isMemberEnd(syntax, i + 1))) {
        const annotation = readAnnotation(syntax, i + 1);
        if (annotation.init !== undefined || annotation.type !== undefined) bindings.addMember({ name, scopeStart: -1, scopeEnd: count, ...annotation });
      }
      continue;
    }

    if (parent < 0) continue;
    const opener = value[parent];
    if (opener === '(' && (syntax.is(prev, '(') || syntax.is(prev, ',') || (kind[prev] === T.Ident && PARAMETER_PROPERTY_MODIFIERS.has(value[prev])))) {
      if (PARAMETER_PROPERTY_MODIFIERS.has(name) && kind[i + 1] === T.Ident) continue;
      const annotation = readAnnotation(syntax, i + 1);
      if (annotation.init === undefined && annotation.type === undefined) continue;
      bindings.addVariable({ name, scopeStart: parent, scopeEnd: syntax.enclosingEnd(parent), ...annotation });
      if (kind[prev] === T.Ident && PARAMETER_PROPERTY_MODIFIERS.has(value[prev])) bindings.addMember({ name, scopeStart: -1, scopeEnd: count, ...annotation });
    } else if (opener === '{' && (syntax.is(prev, '{') || syntax.is(prev, ','))) {
      // A destructuring default: `{ model = 'x' }` or `{ model: local = 'x' }`.
      let local = i;
      if (syntax.is(i + 1, ':') && kind[i + 2] === T.Ident && syntax.is(i + 3, '=')) local = i + 2;
      if (!syntax.is(local + 1, '=')) continue;
      const scope = patternScope(syntax, parent);
      if (scope) bindings.addVariable({ name: value[local], scopeStart: scope.start, scopeEnd: scope.end, init: local + 2 });
    }
  }
  return bindings;
}

/** After a declared name: `!`, `?`, `: Type`, `= init`. */
function readAnnotation(syntax: Syntax, i: number): { init?: number; type?: number } {
  let j = i;
  if (syntax.is(j, '!') || syntax.is(j, '?')) j++;
  let type: number | undefined;
  if (syntax.is(j, ':')) {
    const end = syntax.skipType(j + 1, syntax.enclosingEnd(j));
    if (end === j + 2 && syntax.tokens.kind[j + 1] === T.Ident) type = j + 1;
    j = end;
  }
  return syntax.is(j, '=') ? { init: j + 1, type } : type !== undefined ? { type } : {};
}

/** Whether a modifier-looking word is itself the member's name (`static = 1`, `readonly: boolean`). */
function isMemberEnd(syntax: Syntax, i: number): boolean {
  return syntax.is(i, '=') || syntax.is(i, ':') || syntax.is(i, '?') || syntax.is(i, '!') || syntax.is(i, ';');
}

/**
 * Where names bound by a destructuring pattern (the `{` at `pattern`) are visible: the declaring block
 * for `const { … } = x`, from the parameter list on for a parameter; undefined for object literals.
 */
function patternScope(syntax: Syntax, pattern: number): { start: number; end: number } | undefined {
  let q = pattern;
  for (;;) {
    const before = q - 1;
    if (syntax.isIdent(before) && DECLARATIONS.has(syntax.tokens.value[before])) {
      return { start: syntax.parent[before], end: syntax.enclosingEnd(before) };
    }
    const outer = syntax.parent[q];
    if (outer < 0) return undefined;
    if (syntax.is(outer, '(') && (syntax.is(before, '(') || syntax.is(before, ','))) {
      return { start: outer, end: syntax.enclosingEnd(outer) };
    }
    const nested = syntax.is(before, ',') || syntax.is(before, '{') || syntax.is(before, '[') || syntax.is(before, ':');
    if (!nested || !(syntax.is(outer, '{') || syntax.is(outer, '['))) return undefined;
    q = outer;
  }
}

/** Which tokens open class bodies (1 for a class body's `{`). */
function findClassBodies(syntax: Syntax): Uint8Array {
  const bodies = new Uint8Array(syntax.count);
  const { count, tokens } = syntax;
  for (let i = 0; i < count; i++) {
    if (tokens.value[i] !== 'class' || !syntax.isIdent(i) || syntax.is(i - 1, '.')) continue;
    const parent = syntax.parent[i];
    // The body is the first `{` at the class keyword's level (after the name, `extends` and `implements`).
    for (let j = i + 1; j < count && syntax.parent[j] === parent; j = syntax.skip(j)) {
      if (syntax.is(j, '{')) {
        bodies[j] = 1;
        break;
      }
      if (syntax.is(j, ';') || syntax.is(j, ')') || syntax.is(j, '}')) break;
    }
  }
  return bodies;
}
