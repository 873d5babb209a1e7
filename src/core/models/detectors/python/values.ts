// Which string literals an expression can evaluate to, following the file's own simple data flow:
// constants, defaults (`os.getenv("M", "gpt-4o")`, `def f(model="x")`, `field(default=…)`,
// argparse/click options), `a or "b"`, `"a" if c else "b"`, loops over literal lists and dict entries.
// The literal is what gets reported, so a model id is found where it is written.
import { callArguments } from './calls';
import { findSibling, isOp, split, type Span } from './spans';
import type { Binding, PythonStructure, Scope } from './structure';
import type { Token } from './tokenizer';

/** How far a value is followed through names before giving up (cycles are cut earlier). */
const MAX_DEPTH = 10;
/** Calls whose first argument is a key and second a default: `os.getenv`, `os.environ.get`, `dict.get`. */
const LOOKUPS = new Set(['getenv', 'get', 'setdefault', 'pop']);
/** Declarations whose first argument is the default: pydantic `Field`, typer `Option`/`Argument`. */
const DECLARATIONS = new Set(['Field', 'Option', 'Argument']);

export class Values {
  /** Defaults and choices of command-line options (argparse `add_argument`, click `option`) by destination name. */
  private readonly options = new Map<string, Binding[]>();

  constructor(private readonly s: PythonStructure) {}

  addOption(destination: string, binding: Binding): void {
    const list = this.options.get(destination);
    if (list) list.push(binding);
    else this.options.set(destination, [binding]);
  }

  /** The string literals `span` (evaluated in `scope`) may be. */
  strings(span: Span, scope: Scope): Token[] {
    const out: Token[] = [];
    this.collect(span, scope, out, new Set(), 0);
    return out;
  }

  /** The values a `**mapping` argument gives the keyword `key`. */
  entryStrings(mapping: Span, scope: Scope, key: string): Token[] {
    const out: Token[] = [];
    this.entries(mapping, scope, key, out, new Set(), 0);
    return out;
  }

  private collect(span: Span, scope: Scope, out: Token[], seen: Set<Binding>, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const t = this.s.tokens;
    const { start, end } = unwrap(this.s.partner, t, span);
    if (end <= start) return;
    const first = t[start];
    if (end - start === 1) {
      if (first.kind === 'string') {
        if (first.plain) out.push(first);
      } else if (first.kind === 'name') {
        this.followName(first.value, scope, out, seen, depth);
      }
      return;
    }
    const condition = findSibling(this.s, { start, end }, 'name', 'if');
    if (condition > start) {
      const otherwise = findSibling(this.s, { start: condition, end }, 'name', 'else');
      this.collect({ start, end: condition }, scope, out, seen, depth + 1);
      if (otherwise > 0) this.collect({ start: otherwise + 1, end }, scope, out, seen, depth + 1);
      return;
    }
    const alternatives = splitNames(this.s, { start, end }, 'or');
    if (alternatives.length > 1) {
      for (const alternative of alternatives) this.collect(alternative, scope, out, seen, depth + 1);
      return;
    }
    const chain = dottedChain(t, start, end);
    if (chain.end === end) {
      if (chain.names.length > 1) this.followAttribute(chain.names[chain.names.length - 1], out, seen, depth);
      return;
    }
    if (chain.names.length === 0) return;
    const open = chain.end;
    const close = this.s.partner[open];
    if (isOp(t[open], '[') && close === end - 1 && end - open === 3 && t[open + 1].kind === 'string') {
      // config["model"]
      this.entries({ start, end: open }, scope, t[open + 1].value, out, seen, depth + 1);
    } else if (isOp(t[open], '(') && close === end - 1) {
      this.callDefault(chain.names, { start, end: open }, scope, out, seen, depth);
    }
  }

  private followName(name: string, scope: Scope, out: Token[], seen: Set<Binding>, depth: number): void {
    for (const binding of lookup(name, scope) ?? []) {
      if (seen.has(binding)) continue;
      seen.add(binding);
      if (binding.kind === 'value') this.collect(binding.span, binding.scope, out, seen, depth + 1);
      else if (binding.kind === 'element') this.elements(binding.span, binding.scope, out, seen, depth + 1);
      else if (binding.kind === 'parameter') this.followBindings(this.options.get(name), out, seen, depth);
    }
  }

  /** `settings.MODEL`, `self.model`, `args.model`: attribute assignments, class attributes, options, module constants. */
  private followAttribute(name: string, out: Token[], seen: Set<Binding>, depth: number): void {
    this.followBindings(this.s.attributes.get(name), out, seen, depth);
    this.followBindings(this.options.get(name), out, seen, depth);
    this.followBindings(this.s.module.bindings.get(name), out, seen, depth);
  }

  private followBindings(bindings: readonly Binding[] | undefined, out: Token[], seen: Set<Binding>, depth: number): void {
    for (const binding of bindings ?? []) {
      if (seen.has(binding)) continue;
      seen.add(binding);
      if (binding.kind === 'value') this.collect(binding.span, binding.scope, out, seen, depth + 1);
      else if (binding.kind === 'element') this.elements(binding.span, binding.scope, out, seen, depth + 1);
    }
  }

  /** `os.getenv("M", "x")`, `cfg.get("model", "x")`, `Field("x")`, `field(default="x")`. */
  private callDefault(names: readonly string[], callee: Span, scope: Scope, out: Token[], seen: Set<Binding>, depth: number): void {
    const args = callArguments(this.s, callee.end);
    const name = names[names.length - 1];
    const fallback = args.keywords.get('default') ?? (LOOKUPS.has(name) ? args.positional[1] : DECLARATIONS.has(name) ? args.positional[0] : undefined);
    if (fallback) this.collect(fallback, scope, out, seen, depth + 1);
    const key = args.positional[0];
    const keyToken = key && key.end - key.start === 1 ? this.s.tokens[key.start] : undefined;
    if (name === 'get' && names.length > 1 && keyToken?.kind === 'string') {
      this.entries({ start: callee.start, end: callee.end - 2 }, scope, keyToken.value, out, seen, depth + 1);
    }
  }

  /** The elements of a literal list, tuple or set, directly or through names. */
  private elements(span: Span, scope: Scope, out: Token[], seen: Set<Binding>, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const t = this.s.tokens;
    const items = split(this.s, span, ',');
    if (items.length > 1) {
      for (const item of items) this.collect(item, scope, out, seen, depth + 1);
      return;
    }
    const { start, end } = span;
    const open = t[start];
    if ((isOp(open, '[') || isOp(open, '(') || isOp(open, '{')) && this.s.partner[start] === end - 1) {
      for (const item of split(this.s, { start: start + 1, end: end - 1 }, ',')) this.collect(item, scope, out, seen, depth + 1);
      return;
    }
    const chain = dottedChain(t, start, end);
    if (chain.names[chain.names.length - 1] === 'Choice' && isOp(t[chain.end], '(') && this.s.partner[chain.end] === end - 1) {
      // click.Choice(["a", "b"])
      const choices = callArguments(this.s, chain.end).positional[0];
      if (choices) this.elements(choices, scope, out, seen, depth + 1);
      return;
    }
    if (chain.end !== end || chain.names.length === 0) return;
    for (const binding of this.unseenValues(chain.names, scope, seen)) this.elements(binding.span, binding.scope, out, seen, depth + 1);
  }

  /** The values under `key` in the dict literal (or `dict(…)` call) `span` is, directly or through names. */
  private entries(span: Span, scope: Scope, key: string, out: Token[], seen: Set<Binding>, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const t = this.s.tokens;
    const { start, end } = unwrap(this.s.partner, t, span);
    if (isOp(t[start], '{') && this.s.partner[start] === end - 1) {
      for (const entry of split(this.s, { start: start + 1, end: end - 1 }, ',')) {
        const k = t[entry.start];
        if (k.kind === 'string' && k.plain && k.value === key && isOp(t[entry.start + 1], ':')) {
          this.collect({ start: entry.start + 2, end: entry.end }, scope, out, seen, depth + 1);
        }
      }
      return;
    }
    const chain = dottedChain(t, start, end);
    if (chain.names.length === 1 && chain.names[0] === 'dict' && isOp(t[chain.end], '(') && this.s.partner[chain.end] === end - 1) {
      const value = callArguments(this.s, chain.end).keywords.get(key);
      if (value) this.collect(value, scope, out, seen, depth + 1);
      return;
    }
    if (chain.end !== end || chain.names.length === 0) return;
    for (const binding of this.unseenValues(chain.names, scope, seen)) this.entries(binding.span, binding.scope, key, out, seen, depth + 1);
  }

  /** The value bindings of a name, or of the attribute a dotted chain ends with, each met once across the whole walk. */
  private *unseenValues(names: readonly string[], scope: Scope, seen: Set<Binding>): Generator<Extract<Binding, { kind: 'value' }>> {
    const bindings = names.length === 1 ? lookup(names[0], scope) : this.s.attributes.get(names[names.length - 1]);
    for (const binding of bindings ?? []) {
      if (seen.has(binding) || binding.kind !== 'value') continue;
      seen.add(binding);
      yield binding;
    }
  }
}

/** The bindings of `name` seen from `scope`: the innermost scope binding it wins; class bodies are not enclosing scopes. */
export function lookup(name: string, scope: Scope): readonly Binding[] | undefined {
  for (let s: Scope | null = scope; s; s = s.parent) {
    if (s !== scope && s.kind === 'class') continue;
    const bindings = s.bindings.get(name);
    if (bindings) return bindings;
  }
  return undefined;
}

/** `a.b.c` at the start of `[start, end)`: its names and the index after it. */
function dottedChain(t: readonly Token[], start: number, end: number): { names: string[]; end: number } {
  const names: string[] = [];
  let j = start;
  while (j < end && t[j].kind === 'name') {
    names.push(t[j].value);
    j++;
    if (j + 1 < end && isOp(t[j], '.') && t[j + 1].kind === 'name') j++;
    else break;
  }
  return { names, end: j };
}

/** Strips parentheses around a whole expression. */
function unwrap(partner: Int32Array, t: readonly Token[], span: Span): Span {
  let { start, end } = span;
  while (end - start > 2 && isOp(t[start], '(') && partner[start] === end - 1) {
    start++;
    end--;
  }
  return { start, end };
}

function splitNames(s: PythonStructure, span: Span, keyword: string): Span[] {
  const pieces: Span[] = [];
  let from = span.start;
  for (let j = findSibling(s, span, 'name', keyword); j >= 0; j = findSibling(s, { start: j + 1, end: span.end }, 'name', keyword)) {
    pieces.push({ start: from, end: j });
    from = j + 1;
  }
  pieces.push({ start: from, end: span.end });
  return pieces;
}
