// What an expression may evaluate to, as far as literals in the same file say: string literals (through
// constants, `process.env.X || 'default'`, `a ? 'b' : 'c'`, `config.model`, enums) and object literals.
import type { Bindings } from './bindings';
import { WordSet, type Span, type Syntax } from './syntax';
import { punctCode, T } from './tokenizer';

export interface Resolved {
  /** String literal tokens (quoted, or templates without substitutions) the expression may be. */
  readonly strings: number[];
  /** Object literals (their `{`) the expression may be. */
  readonly objects: number[];
}

/** Operators that pick one of their operands: the value is one of those operands' values. */
const CHOOSING = new Set(['||', '??', '&&'].map(punctCode));
const BINARY = new Set([
  '||', '??', '&&', '+', '-', '*', '/', '%', '**', '==', '!=', '===', '!==', '<', '>', '<=', '>=', '<<', '>>',
  '>>>', '&', '|', '^',
].map(punctCode));
const PREFIX_PUNCTUATORS = new Set(['!', '-', '+', '~'].map(punctCode));
const PREFIX_WORDS = new WordSet(['typeof', 'void', 'delete', 'new']);
/** Deep enough for constants defined through constants; shallow enough to stop cycles at once. */
const MAX_DEPTH = 8;

export class Values {
  constructor(private readonly syntax: Syntax, private readonly bindings: Bindings) {}

  /** The values of the expression starting at `start` (bounded by `end`). */
  resolve(start: number, end: number, depth = 0): Resolved {
    const out: Resolved = { strings: [], objects: [] };
    if (depth <= MAX_DEPTH) this.expression(start, end, depth, out);
    return out;
  }

  /** The values of a span such as one argument. */
  resolveSpan(span: Span, depth = 0): Resolved {
    return this.resolve(span.start, span.end, depth);
  }

  /**
   * Where the property `key` of an object literal is defined: its value's span. The last definition wins,
   * including those spread in (`{ ...defaults, model }`). Enum members (`A = 'x'`) count as properties.
   */
  property(open: number, key: string, depth = 0): Span | undefined {
    const { syntax } = this;
    const { tokens } = syntax;
    const { kind } = tokens;
    if (depth > MAX_DEPTH || !syntax.is(open, '{')) return undefined;
    const items = syntax.items(open);
    for (let n = items.length - 1; n >= 0; n--) {
      const { start, end } = items[n];
      if (syntax.is(start, '...')) {
        for (const object of this.resolve(start + 1, end, depth + 1).objects) {
          const found = this.property(object, key, depth + 1);
          if (found) return found;
        }
        continue;
      }
      const k = kind[start];
      if ((k !== T.Ident && k !== T.String && k !== T.Template && k !== T.Number) || tokens.value(start) !== key) continue;
      if (end === start + 1 && k === T.Ident) return { start, end };
      if (syntax.is(start + 1, ':') || syntax.is(start + 1, '=')) return { start: start + 2, end };
    }
    return undefined;
  }

  /** The values of a dotted property path inside the objects an expression resolved to. */
  private walk(resolved: Resolved, keys: readonly string[], depth: number, out: Resolved): void {
    if (keys.length === 0) {
      append(out, resolved);
      return;
    }
    for (const object of resolved.objects) {
      const span = this.property(object, keys[0], depth + 1);
      if (span) this.walk(this.resolve(span.start, span.end, depth + 1), keys.slice(1), depth + 1, out);
    }
  }

  /** A conditional expression; returns the index after it. */
  private expression(i: number, end: number, depth: number, out: Resolved): number {
    const test: Resolved = { strings: [], objects: [] };
    let next = this.chain(i, end, depth, test);
    if (next < end && this.syntax.is(next, '?')) {
      // `test ? a : b` is a or b, never the test.
      next = this.expression(next + 1, end, depth, out);
      if (next < end && this.syntax.is(next, ':')) next = this.expression(next + 1, end, depth, out);
      return next;
    }
    append(out, test);
    return next;
  }

  /** Operands joined by binary operators: a value only when every operator chooses an operand. */
  private chain(i: number, end: number, depth: number, out: Resolved): number {
    const { syntax } = this;
    const { punct } = syntax.tokens;
    const operands: Resolved = { strings: [], objects: [] };
    let choosing = true;
    let next = this.operand(i, end, depth, operands);
    while (next < end && (BINARY.has(punct[next]) || syntax.isIdent(next, 'instanceof') || syntax.isIdent(next, 'in'))) {
      if (!CHOOSING.has(punct[next])) choosing = false;
      next = this.operand(next + 1, end, depth, operands);
    }
    if (choosing) {
      append(out, operands);
    }
    return next;
  }

  /** One operand with its prefixes and postfixes; returns the index after it. */
  private operand(i: number, end: number, depth: number, out: Resolved): number {
    const { syntax } = this;
    const { kind } = syntax.tokens;
    if (i >= end) return end;
    if (syntax.isIdent(i, 'await')) return this.operand(i + 1, end, depth, out);
    if (PREFIX_PUNCTUATORS.has(syntax.tokens.punct[i]) || syntax.isIdentIn(i, PREFIX_WORDS)) {
      return this.operand(i + 1, end, depth, { strings: [], objects: [] });
    }
    let next: number;
    const k = kind[i];
    if (k === T.String || k === T.Template) {
      out.strings.push(i);
      next = i + 1;
    } else if (syntax.is(i, '(')) {
      const close = Math.min(syntax.match[i], end);
      this.expression(i + 1, close, depth, out);
      next = close + 1;
    } else if (syntax.is(i, '{')) {
      out.objects.push(i);
      next = syntax.skip(i);
    } else if (k === T.Ident) {
      next = this.reference(i, end, depth, out);
    } else {
      next = syntax.skip(i);
    }
    // `x as const`, `x satisfies T`, `x!`
    for (;;) {
      if (syntax.isIdent(next, 'as') || syntax.isIdent(next, 'satisfies')) next = syntax.skipType(next + 1, end);
      else if (syntax.is(next, '!')) next++;
      else return Math.min(next, end);
    }
  }

  /**
   * A name and what follows it: `MODEL`, `config.llm.model`, `MODELS['chat']`, `this.model`,
   * `Object.freeze({…})`; a call's result is unknown.
   */
  private reference(i: number, end: number, depth: number, out: Resolved): number {
    const { syntax } = this;
    const { tokens } = syntax;
    const { kind } = tokens;
    const root = tokens.value(i);
    const keys: string[] = [];
    let j = i + 1;
    while (j < end) {
      if (syntax.is(j, '!')) j++;
      if ((syntax.is(j, '.') || syntax.is(j, '?.')) && kind[j + 1] === T.Ident) {
        keys.push(tokens.value(j + 1));
        j += 2;
      } else if (syntax.is(j, '[') && syntax.isLiteral(j + 1) && syntax.is(j + 2, ']')) {
        keys.push(tokens.value(j + 1));
        j += 3;
      } else {
        break;
      }
    }
    if (j < end && syntax.is(j, '(')) {
      const close = syntax.skip(j);
      if (root === 'Object' && keys.length === 1 && keys[0] === 'freeze') {
        const argument = syntax.items(j)[0];
        if (argument) this.expression(argument.start, argument.end, depth, out);
      }
      return close;
    }
    if (depth >= MAX_DEPTH || (root === 'process' && keys[0] === 'env')) return j;
    if (root === 'this' && keys.length === 0) return j;
    const found = root === 'this' ? this.bindings.member(keys.shift()!) : this.bindings.visible(root, i);
    for (const binding of found) {
      if (binding.init === undefined) continue;
      const bound = this.resolve(binding.init, this.syntax.enclosingEnd(binding.init), depth + 1);
      this.walk(bound, keys, depth, out);
    }
    return j;
  }
}

/** Adds what `from` may be to what `out` may be. */
function append(out: Resolved, from: Resolved): void {
  out.strings.push(...from.strings);
  out.objects.push(...from.objects);
}
