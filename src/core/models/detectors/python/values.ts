// Which string literals an expression can evaluate to, following the file's own simple data flow:
// constants, defaults (`os.getenv("M", "gpt-4o")`, `def f(model="x")`, `field(default=…)`,
// argparse/click options), `a or "b"`, `"a" if c else "b"`, loops over literal lists and dict entries.
// The literal is what gets reported, so a model id is found where it is written.
import { callArguments } from './calls';
import { findSibling, split, type Span } from './spans';
import { addBinding, type Binding, type PythonStructure, type Scope } from './structure';
import { T, type Tokens } from './tokenizer';

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
    addBinding(this.options, destination, binding);
  }

  /** The string literal tokens `span` (evaluated in `scope`) may be. */
  strings(span: Span, scope: Scope): number[] {
    const out: number[] = [];
    this.collect(span, scope, out, new Set(), 0);
    return out;
  }

  /** The values a `**mapping` argument gives the keyword `key`. */
  entryStrings(mapping: Span, scope: Scope, key: string): number[] {
    const out: number[] = [];
    this.entries(mapping, scope, key, out, new Set(), 0);
    return out;
  }

  private collect(span: Span, scope: Scope, out: number[], seen: Set<Binding>, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const t = this.s.tokens;
    const { start, end } = unwrap(t, span);
    if (end <= start) return;
    if (end - start === 1) {
      if (t.kind[start] === T.String) {
        if (t.plain[start]) out.push(start);
      } else if (t.kind[start] === T.Name) {
        this.followName(t.value(start), scope, out, seen, depth);
      }
      return;
    }
    const condition = findSibling(this.s.tokens, { start, end }, T.Name, 'if');
    if (condition > start) {
      const otherwise = findSibling(this.s.tokens, { start: condition, end }, T.Name, 'else');
      this.collect({ start, end: condition }, scope, out, seen, depth + 1);
      if (otherwise > 0) this.collect({ start: otherwise + 1, end }, scope, out, seen, depth + 1);
      return;
    }
    const alternatives = splitNames(t, { start, end }, 'or');
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
    const close = this.s.tokens.partner[open];
    if (t.isOp(open, '[') && close === end - 1 && end - open === 3 && t.kind[open + 1] === T.String) {
      // config["model"]
      this.entries({ start, end: open }, scope, t.value(open + 1), out, seen, depth + 1);
    } else if (t.isOp(open, '(') && close === end - 1) {
      this.callDefault(chain.names, { start, end: open }, scope, out, seen, depth);
    }
  }

  private followName(name: string, scope: Scope, out: number[], seen: Set<Binding>, depth: number): void {
    for (const binding of lookup(name, scope) ?? []) {
      if (seen.has(binding)) continue;
      seen.add(binding);
      if (binding.kind === 'value') this.collect(binding.span, binding.scope, out, seen, depth + 1);
      else if (binding.kind === 'element') this.elements(binding.span, binding.scope, out, seen, depth + 1);
      else if (binding.kind === 'parameter') this.followBindings(this.options.get(name), out, seen, depth);
    }
  }

  /** `settings.MODEL`, `self.model`, `args.model`: attribute assignments, class attributes, options, module constants. */
  private followAttribute(name: string, out: number[], seen: Set<Binding>, depth: number): void {
    this.followBindings(this.s.attributes.get(name), out, seen, depth);
    this.followBindings(this.options.get(name), out, seen, depth);
    this.followBindings(this.s.module.bindings(name), out, seen, depth);
  }

  private followBindings(bindings: readonly Binding[] | undefined, out: number[], seen: Set<Binding>, depth: number): void {
    for (const binding of bindings ?? []) {
      if (seen.has(binding)) continue;
      seen.add(binding);
      if (binding.kind === 'value') this.collect(binding.span, binding.scope, out, seen, depth + 1);
      else if (binding.kind === 'element') this.elements(binding.span, binding.scope, out, seen, depth + 1);
    }
  }

  /** `os.getenv("M", "x")`, `cfg.get("model", "x")`, `Field("x")`, `field(default="x")`. */
  private callDefault(names: readonly string[], callee: Span, scope: Scope, out: number[], seen: Set<Binding>, depth: number): void {
    const args = callArguments(this.s.tokens, callee.end);
    const name = names[names.length - 1];
    const fallback = args.keywords.get('default') ?? (LOOKUPS.has(name) ? args.positional[1] : DECLARATIONS.has(name) ? args.positional[0] : undefined);
    if (fallback) this.collect(fallback, scope, out, seen, depth + 1);
    const key = args.positional[0];
    const t = this.s.tokens;
    if (name === 'get' && names.length > 1 && key && key.end - key.start === 1 && t.kind[key.start] === T.String) {
      this.entries({ start: callee.start, end: callee.end - 2 }, scope, t.value(key.start), out, seen, depth + 1);
    }
  }

  /** The elements of a literal list, tuple or set, directly or through names. */
  private elements(span: Span, scope: Scope, out: number[], seen: Set<Binding>, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const t = this.s.tokens;
    const items = split(this.s.tokens, span, ',');
    if (items.length > 1) {
      for (const item of items) this.collect(item, scope, out, seen, depth + 1);
      return;
    }
    const { start, end } = span;
    if ((t.isOp(start, '[') || t.isOp(start, '(') || t.isOp(start, '{')) && this.s.tokens.partner[start] === end - 1) {
      for (const item of split(this.s.tokens, { start: start + 1, end: end - 1 }, ',')) this.collect(item, scope, out, seen, depth + 1);
      return;
    }
    const chain = dottedChain(t, start, end);
    if (chain.names[chain.names.length - 1] === 'Choice' && t.isOp(chain.end, '(') && this.s.tokens.partner[chain.end] === end - 1) {
      // click.Choice(["a", "b"])
      const choices = callArguments(this.s.tokens, chain.end).positional[0];
      if (choices) this.elements(choices, scope, out, seen, depth + 1);
      return;
    }
    if (chain.end !== end || chain.names.length === 0) return;
    for (const binding of this.unseenValues(chain.names, scope, seen)) this.elements(binding.span, binding.scope, out, seen, depth + 1);
  }

  /** The values under `key` in the dict literal (or `dict(…)` call) `span` is, directly or through names. */
  private entries(span: Span, scope: Scope, key: string, out: number[], seen: Set<Binding>, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const t = this.s.tokens;
    const { start, end } = unwrap(t, span);
    if (t.isOp(start, '{') && this.s.tokens.partner[start] === end - 1) {
      for (const entry of split(this.s.tokens, { start: start + 1, end: end - 1 }, ',')) {
        if (t.plain[entry.start] && t.isString(entry.start, key) && t.isOp(entry.start + 1, ':')) {
          this.collect({ start: entry.start + 2, end: entry.end }, scope, out, seen, depth + 1);
        }
      }
      return;
    }
    const chain = dottedChain(t, start, end);
    if (chain.names.length === 1 && chain.names[0] === 'dict' && t.isOp(chain.end, '(') && this.s.tokens.partner[chain.end] === end - 1) {
      const value = callArguments(this.s.tokens, chain.end).keywords.get(key);
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
    const bindings = s.bindings(name);
    if (bindings) return bindings;
  }
  return undefined;
}

/** `a.b.c` at the start of `[start, end)`: its names and the index after it. */
function dottedChain(t: Tokens, start: number, end: number): { names: string[]; end: number } {
  const names: string[] = [];
  let j = start;
  while (j < end && t.kind[j] === T.Name) {
    names.push(t.value(j));
    j++;
    if (j + 1 < end && t.isOp(j, '.') && t.kind[j + 1] === T.Name) j++;
    else break;
  }
  return { names, end: j };
}

/** Strips parentheses around a whole expression. */
function unwrap(t: Tokens, span: Span): Span {
  let { start, end } = span;
  while (end - start > 2 && t.isOp(start, '(') && t.partner[start] === end - 1) {
    start++;
    end--;
  }
  return { start, end };
}

function splitNames(s: Tokens, span: Span, keyword: string): Span[] {
  const pieces: Span[] = [];
  let from = span.start;
  for (let j = findSibling(s, span, T.Name, keyword); j >= 0; j = findSibling(s, { start: j + 1, end: span.end }, T.Name, keyword)) {
    pieces.push({ start: from, end: j });
    from = j + 1;
  }
  pieces.push({ start: from, end: span.end });
  return pieces;
}
