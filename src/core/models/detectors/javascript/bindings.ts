// Names the file binds to values: declarations (`const MODEL = …`), parameter and destructuring
// defaults (`function f(model = 'gpt-4o')`, `const { model = 'x' } = opts`), enums, typed parameters
// (`client: OpenAI`) and class members (`static model = …`, `this.client = new OpenAI()`).
// Scopes are approximate: a name is visible in the block that declares it (a parameter: from its
// parameter list to the end of the block holding the function); the innermost visible binding wins.
import { WordSet, type Syntax } from './syntax';
import { punctCode, T } from './tokenizer';

export interface Binding {
  readonly name: string;
  readonly scopeStart: number;
  readonly scopeEnd: number;
  /** First token of the initializer or default value. */
  readonly init?: number;
  /** The identifier of a one-word type annotation: `OpenAI` in `client: OpenAI`. */
  readonly type?: number;
}

const [DOT, OPTIONAL_DOT, ASSIGN, COMMA, OPEN_PAREN, OPEN_BRACE] = ['.', '?.', '=', ',', '(', '{'].map(punctCode);
const MODIFIERS = new WordSet(['private', 'public', 'protected', 'readonly', 'static', 'declare', 'override', 'accessor']);
const PARAMETER_PROPERTY_MODIFIERS = new WordSet(['private', 'public', 'protected', 'readonly']);

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

/** `const`, `let` or `var`. */
function isDeclaration(syntax: Syntax, i: number): boolean {
  return syntax.isIdent(i, 'const') || syntax.isIdent(i, 'let') || syntax.isIdent(i, 'var');
}

export function collectBindings(syntax: Syntax): Bindings {
  const bindings = new Bindings();
  const { tokens } = syntax;
  const { kind, punct, count, newlineBefore } = tokens;
  const classBodies = findClassBodies(syntax);
  const blockOf = (i: number): { start: number; end: number } => {
    const p = syntax.parent[i];
    return { start: p, end: syntax.enclosingEnd(i) };
  };

  for (let i = 0; i < count; i++) {
    if (kind[i] !== T.Ident) continue;
    const prev = i - 1;
    // The punctuator before (0 for none), read directly: this runs for every identifier.
    const before = prev >= 0 ? punct[prev] : 0;

    // Most names follow a dot: members, bound only as `this.name = …`.
    if (before === DOT || before === OPTIONAL_DOT) {
      if (punct[i + 1] === ASSIGN && syntax.isIdent(prev - 1, 'this')) bindings.addMember({ name: tokens.value(i), scopeStart: -1, scopeEnd: count, init: i + 2 });
      continue;
    }

    if (before === 0 && kind[prev] === T.Ident) {
      if (isDeclaration(syntax, prev) && !syntax.is(prev - 1, '.')) {
        const annotation = readAnnotation(syntax, i + 1);
        if (annotation.init !== undefined || annotation.type !== undefined) {
          const block = blockOf(prev);
          bindings.addVariable({ name: tokens.value(i), scopeStart: block.start, scopeEnd: block.end, ...annotation });
        }
        continue;
      }
      if (syntax.isIdent(prev, 'enum') && syntax.is(i + 1, '{')) {
        const block = blockOf(prev);
        bindings.addVariable({ name: tokens.value(i), scopeStart: block.start, scopeEnd: block.end, init: i + 1 });
        continue;
      }
    }

    const parent = syntax.parent[i];
    if (parent >= 0 && classBodies[parent]) {
      const atMemberStart = syntax.is(prev, '{') || syntax.is(prev, ';') || syntax.is(prev, '}') || newlineBefore[i] || syntax.isIdentIn(prev, MODIFIERS);
      if (atMemberStart && (!syntax.isIdentIn(i, MODIFIERS) || isMemberEnd(syntax, i + 1))) {
        const annotation = readAnnotation(syntax, i + 1);
        if (annotation.init !== undefined || annotation.type !== undefined) bindings.addMember({ name: tokens.value(i), scopeStart: -1, scopeEnd: count, ...annotation });
      }
      continue;
    }

    if (parent < 0) continue;
    const opener = punct[parent];
    if (opener === OPEN_PAREN && (before === OPEN_PAREN || before === COMMA || syntax.isIdentIn(prev, PARAMETER_PROPERTY_MODIFIERS))) {
      if (syntax.isIdentIn(i, PARAMETER_PROPERTY_MODIFIERS) && kind[i + 1] === T.Ident) continue;
      const annotation = readAnnotation(syntax, i + 1);
      if (annotation.init === undefined && annotation.type === undefined) continue;
      const name = tokens.value(i);
      bindings.addVariable({ name, scopeStart: parent, scopeEnd: syntax.enclosingEnd(parent), ...annotation });
      if (syntax.isIdentIn(prev, PARAMETER_PROPERTY_MODIFIERS)) bindings.addMember({ name, scopeStart: -1, scopeEnd: count, ...annotation });
    } else if (opener === OPEN_BRACE && (before === OPEN_BRACE || before === COMMA)) {
      // A destructuring default: `{ model = 'x' }` or `{ model: local = 'x' }`.
      let local = i;
      if (syntax.is(i + 1, ':') && kind[i + 2] === T.Ident && syntax.is(i + 3, '=')) local = i + 2;
      if (!syntax.is(local + 1, '=')) continue;
      const scope = patternScope(syntax, parent);
      if (scope) bindings.addVariable({ name: tokens.value(local), scopeStart: scope.start, scopeEnd: scope.end, init: local + 2 });
    }
  }
  return bindings;
}

/** What follows a name that binds nothing (shared: most names are followed by nothing of the kind). */
const NO_ANNOTATION: { init?: number; type?: number } = Object.freeze({});

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
  return syntax.is(j, '=') ? { init: j + 1, type } : type !== undefined ? { type } : NO_ANNOTATION;
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
    if (isDeclaration(syntax, before)) {
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
  const { count } = syntax;
  for (const i of syntax.tokens.identifiersNamed('class')) {
    if (syntax.is(i - 1, '.')) continue;
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
