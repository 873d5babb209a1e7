// Finds the AI models a Python program names: every call in live code is traced back to what it calls
// (through imports, client objects and simple assignments) and matched against the known APIs; the
// string literals in its model arguments are the references.
import { classifyEndpoint, type Endpoint } from '../../endpoints';
import { providerNamed } from '../../providerNames';
import {
  BEDROCK_RUNTIME,
  CALL_RULES,
  CLIENT_CONSTRUCTORS,
  FROM_PRETRAINED,
  FROM_PRETRAINED_MODULES,
  METHOD_FAMILIES,
  MODULE_CLIENTS,
  langchainProviderGuess,
  pipPackage,
  type CallRule,
  type ClientKind,
  type ModelArguments,
} from './apis';
import { callArguments, chainEndingAt, isNamedCall, type Arguments, type ChainPart } from './calls';
import { nextSibling, type Span } from './spans';
import { readStructure, type Binding, type PythonStructure, type Scope } from './structure';
import { T, type Tokens } from './tokenizer';
import { lookup, Values } from './values';

/** A model id found in the text, by offset. */
export interface ModelMention {
  readonly id: string;
  /** Offset of the id (the string's content) in the text. */
  readonly offset: number;
  readonly provider?: string;
  readonly via: string;
  readonly clientPackage?: string;
  readonly selfHosted?: string;
}

/** A server URL given to a client (`base_url=`, `host=`), and who is behind it. */
type ServerUrl = Endpoint & { readonly url: string };

export function findModelMentions(tokens: Tokens): ModelMention[] {
  return new ModelFinder(readStructure(tokens)).run();
}

/** What a callee chain evaluates to, as far as the file shows. */
type Callee =
  /** Something imported: `transformers.AutoModel.from_pretrained`. */
  | { readonly kind: 'path'; readonly path: string }
  /** A method of an SDK client; `tail` is the attribute path after the client object. */
  | { readonly kind: 'client'; readonly client: ClientKind; readonly endpoint?: ServerUrl; readonly tail: readonly string[] }
  /**
   * Anything else; `tail` is the attribute path after it. `shown`: the file shows what it is (an instance
   * of its own class, something another library returns), so it is no SDK client with generic methods.
   * `bare`: a name neither bound nor imported.
   */
  | { readonly kind: 'unknown'; readonly tail: readonly string[]; readonly shown: boolean; readonly bare?: string };

/** How the strings found in one call's model arguments become mentions. */
interface MentionContext {
  readonly via: string;
  readonly provider?: string;
  readonly clientPackage?: string;
  readonly endpoint?: ServerUrl;
  readonly prefixed?: '/' | ':';
  readonly providerKeyword?: string;
  readonly openaiCompatible?: boolean;
  readonly paths?: boolean;
}

interface Call {
  readonly open: number;
  readonly scope: Scope;
  readonly parts: readonly ChainPart[];
}

/** Option declarations: `parser.add_argument(…)`, `click.option(…)`. */
const OPTION_CALLS = new Set(['add_argument', 'option', 'argument']);

const MAX_DEPTH = 6;
const OPEN_PAREN = '('.charCodeAt(0);
const UNSEEN: Callee = { kind: 'unknown', tail: [], shown: false };
const SHOWN: Callee = { kind: 'unknown', tail: [], shown: true };

const RULES_BY_NAME = groupBy(CALL_RULES, (rule) => rule.name.slice(rule.name.lastIndexOf('.') + 1));
const CONSTRUCTORS_BY_NAME = groupBy(
  CLIENT_CONSTRUCTORS.flatMap(({ module, names, kind }) => names.map((name) => ({ module, name, kind }))),
  (c) => c.name,
);
const FAMILIES = METHOD_FAMILIES.map((family) => ({ ...family, tails: family.tails.map((tail) => tail.split('.')) }));
const CLIENT_KINDS = [...CLIENT_CONSTRUCTORS.map((c) => c.kind), ...MODULE_CLIENTS.values(), ...METHOD_FAMILIES.flatMap((f) => f.kinds)];
/** Keywords that name the model in client methods. */
const CLIENT_MODEL_KEYWORDS = new Set(CLIENT_KINDS.flatMap((kind) => kind.modelKeywords));
/**
 * Names of calls that may take a model without a client-model keyword. Any other call is only looked
 * at when it passes `model=` (or `**mapping`): most calls in a file are neither, and are skipped cheaply.
 */
const CALL_NAMES = new Set([
  ...RULES_BY_NAME.keys(),
  'from_pretrained',
  ...OPTION_CALLS,
  ...FAMILIES.flatMap((family) => family.tails.map((tail) => tail[tail.length - 1])),
  ...CLIENT_KINDS.flatMap((kind) => (kind.positionalMethods instanceof Set ? [...kind.positionalMethods] : [])),
]);

class ModelFinder {
  private readonly values: Values;
  private readonly found = new Map<number, ModelMention>();
  private readonly bindingCallees = new Map<Binding, Callee>();
  /** Every dotted prefix of every imported module: `google.genai.types` gives `google`, `google.genai` … */
  private readonly imported = new Set<string>();

  constructor(private readonly s: PythonStructure) {
    this.values = new Values(s);
    for (const path of s.importedModules) {
      for (let i = path.indexOf('.'); i >= 0; i = path.indexOf('.', i + 1)) this.imported.add(path.slice(0, i));
      this.imported.add(path);
    }
  }

  run(): ModelMention[] {
    const calls: Call[] = [];
    const { tokens } = this.s;
    const { op } = tokens;
    for (const statement of this.s.statements) {
      for (let j = statement.start; j < statement.end; j++) {
        if (op[j] !== OPEN_PAREN || !isNamedCall(tokens, j)) continue;
        if (!CALL_NAMES.has(tokens.value(j - 1)) && !this.passesModel(j)) continue;
        calls.push({ open: j, scope: statement.scope, parts: chainEndingAt(this.s.tokens, j - 1).parts });
      }
    }
    for (const call of calls) this.registerOption(call);
    for (const call of calls) this.matchCall(call);
    return [...this.found.values()].sort((a, b) => a.offset - b.offset);
  }

  /** Whether the call at `open` has a client-model keyword argument or a `**mapping`. */
  private passesModel(open: number): boolean {
    const { tokens } = this.s;
    const { partner } = tokens;
    const close = partner[open] > open ? partner[open] : tokens.count;
    for (let j = open + 1; j < close; j = nextSibling(partner, j, close)) {
      if (tokens.kind[j] === T.Op ? tokens.isOp(j, '**') : tokens.kind[j] === T.Name && tokens.isOp(j + 1, '=') && CLIENT_MODEL_KEYWORDS.has(tokens.value(j))) return true;
    }
    return false;
  }

  /**
   * argparse `add_argument("--model", default=…, choices=[…])` and click `option(…, type=click.Choice([…]))`:
   * reached as `args.model` or as the decorated function's parameter.
   */
  private registerOption({ open, scope, parts }: Call): void {
    const name = lastName(parts);
    if (!OPTION_CALLS.has(name)) return;
    if (name !== 'add_argument') {
      const callee = this.evaluate(parts, scope, 0);
      if (callee.kind !== 'path' || !callee.path.startsWith('click.')) return;
    }
    const args = callArguments(this.s.tokens, open);
    const destination = this.optionDestination(args, scope);
    if (!destination) return;
    const fallback = args.keywords.get('default');
    const choices = args.keywords.get('choices') ?? args.keywords.get('type');
    if (fallback) this.values.addOption(destination, { kind: 'value', span: fallback, scope });
    if (choices) this.values.addOption(destination, { kind: 'element', span: choices, scope });
  }

  private optionDestination(args: Arguments, scope: Scope): string | undefined {
    const dest = args.keywords.get('dest');
    if (dest) return this.stringValues(dest, scope)[0];
    const names = args.positional.map((span) => this.literal(span)).filter((name): name is string => name !== undefined);
    const named = names.find((n) => !n.startsWith('-')) ?? names.find((n) => n.startsWith('--')) ?? names[0];
    return named?.replace(/^-+/, '').replace(/-/g, '_') || undefined;
  }

  private matchCall({ open, scope, parts }: Call): void {
    const callee = this.evaluate(parts, scope, 0);
    const name = lastName(parts);
    if (callee.kind === 'path') {
      const rule = findRule(callee.path);
      if (rule) return this.applyRule(rule, callee.path, open, scope);
      if (name === 'from_pretrained') return this.fromPretrained(pipPackage(callee.path), open, scope);
      const top = callee.path.split('.')[0];
      const moduleClient = MODULE_CLIENTS.get(top);
      if (moduleClient && callee.path !== top) this.clientCall(moduleClient, undefined, callee.path.slice(top.length + 1), open, scope, true);
      return;
    }
    if (callee.kind === 'client') return this.clientCall(callee.client, callee.endpoint, callee.tail.join('.'), open, scope, true);
    if (name === 'from_pretrained') {
      const module = FROM_PRETRAINED_MODULES.find((m) => this.imported.has(m));
      return this.fromPretrained(module && pipPackage(module), open, scope);
    }
    if (callee.bare) {
      // Used without an import the file shows (a star import, a name from another notebook cell …).
      for (const rule of RULES_BY_NAME.get(callee.bare) ?? []) {
        const module = rule.name === callee.bare ? this.importedModule(rule.module) : undefined;
        if (module) return this.applyRule(rule, `${module}.${rule.name}`, open, scope);
      }
      return;
    }
    for (const family of FAMILIES) {
      const tail = family.tails.find((t) => endsWith(callee.tail, t));
      if (!tail || (family.generic && callee.shown)) continue;
      const kind = family.kinds.find((k) => this.imported.has(k.module));
      if (kind) return this.clientCall(kind, undefined, tail.join('.'), open, scope, kind.positionalMethods === 'all');
      if (family.anyImport) return this.genericCall(tail.join('.'), open, scope);
    }
  }

  private applyRule(rule: CallRule, path: string, open: number, scope: Scope): void {
    const args = callArguments(this.s.tokens, open);
    if (rule.hubRepo) {
      const repoType = args.keywords.get('repo_type');
      const types = repoType ? this.stringValues(repoType, scope) : [];
      if (types.length && !types.includes('model')) return;
    }
    const clientPackage = pipPackage(path);
    this.mention(rule.args, args, scope, {
      via: `${clientPackage} ${rule.name}`,
      provider: rule.provider,
      clientPackage,
      endpoint: rule.urlKeywords && this.endpoint(rule.urlKeywords, args, scope),
      prefixed: rule.prefixed,
      providerKeyword: rule.providerKeyword,
      openaiCompatible: rule.openaiCompatible,
      paths: rule.paths,
    });
  }

  private fromPretrained(clientPackage: string | undefined, open: number, scope: Scope): void {
    this.mention(FROM_PRETRAINED, callArguments(this.s.tokens, open), scope, {
      via: clientPackage ? `${clientPackage} from_pretrained` : 'from_pretrained',
      provider: 'huggingface',
      clientPackage,
    });
  }

  private clientCall(kind: ClientKind, endpoint: ServerUrl | undefined, method: string, open: number, scope: Scope, positional: boolean): void {
    const methodName = method.slice(method.lastIndexOf('.') + 1);
    const byPosition = positional && (kind.positionalMethods === 'all' || kind.positionalMethods?.has(methodName));
    this.mention({ keywords: kind.modelKeywords, position: byPosition ? 0 : undefined }, callArguments(this.s.tokens, open), scope, {
      via: `${kind.package} ${method}`,
      provider: kind.provider,
      clientPackage: kind.package,
      endpoint,
      openaiCompatible: kind.openaiCompatible,
    });
  }

  /** An OpenAI-shaped call on a client the file does not show, in a file importing no SDK that has it. */
  private genericCall(method: string, open: number, scope: Scope): void {
    this.mention({ keywords: ['model'] }, callArguments(this.s.tokens, open), scope, { via: method });
  }

  private mention(where: ModelArguments, args: Arguments, scope: Scope, context: MentionContext): void {
    const strings: number[] = [];
    for (const keyword of where.keywords) {
      const span = args.keywords.get(keyword);
      if (span) strings.push(...this.values.strings(span, scope));
      for (const mapping of args.unpacked) strings.push(...this.values.entryStrings(mapping, scope, keyword));
    }
    const positional = where.position === undefined ? undefined : args.positional[where.position];
    if (positional) strings.push(...this.values.strings(positional, scope));
    if (!strings.length) return;
    const keywordSpan = context.providerKeyword ? args.keywords.get(context.providerKeyword) : undefined;
    const namedProvider = keywordSpan && this.stringValues(keywordSpan, scope)[0];
    const { tokens } = this.s;
    for (const token of strings) {
      const offset = tokens.contentStart(token);
      if (this.found.has(offset)) continue;
      const id = tokens.value(token);
      if (!isModelId(id, context.paths ?? false)) continue;
      const provider = providerOf(id, context, namedProvider);
      this.found.set(offset, {
        id,
        offset,
        ...(provider && { provider }),
        via: context.via,
        ...(context.clientPackage && { clientPackage: context.clientPackage }),
        ...(context.endpoint?.selfHosted && { selfHosted: context.endpoint.url }),
      });
    }
  }

  /** The first server URL among `keywords`. */
  private endpoint(keywords: readonly string[], args: Arguments, scope: Scope): ServerUrl | undefined {
    for (const keyword of keywords) {
      const span = args.keywords.get(keyword);
      for (const url of span ? this.stringValues(span, scope) : []) {
        const endpoint = classifyEndpoint(url);
        if (endpoint) return { ...endpoint, url };
      }
    }
    return undefined;
  }

  // --- evaluating callee chains ---

  private evaluate(parts: readonly ChainPart[], scope: Scope, depth: number): Callee {
    const first = parts[0];
    let callee = first.kind === 'name' ? this.root(first.name, scope, depth) : UNSEEN;
    for (let i = 1; i < parts.length; i++) callee = this.step(callee, parts[i], scope, depth);
    return callee;
  }

  private root(name: string, scope: Scope, depth: number): Callee {
    const bindings = lookup(name, scope);
    if (!bindings) {
      const path = this.s.imports.get(name);
      return path ? { kind: 'path', path } : { kind: 'unknown', tail: [], shown: false, bare: name };
    }
    let shown = true;
    for (const binding of bindings) {
      const callee = this.bindingCallee(binding, depth);
      if (callee.kind !== 'unknown') return callee;
      shown &&= callee.shown;
    }
    return shown ? SHOWN : UNSEEN;
  }

  private step(callee: Callee, part: ChainPart, scope: Scope, depth: number): Callee {
    if (part.kind === 'opaque') return UNSEEN;
    if (part.kind === 'name') {
      if (callee.kind === 'path') return { kind: 'path', path: `${callee.path}.${part.name}` };
      if (callee.kind === 'client') return { ...callee, tail: [...callee.tail, part.name] };
      if (callee.tail.length === 0) {
        // `self.client`, `state.llm`: an attribute the file assigns somewhere
        for (const binding of this.s.attributes.get(part.name) ?? []) {
          const bound = this.bindingCallee(binding, depth);
          if (bound.kind === 'client') return bound;
        }
      }
      return { kind: 'unknown', tail: [...callee.tail, part.name], shown: callee.shown };
    }
    if (callee.kind === 'client') return { ...callee, tail: [] }; // client.with_options(…) is still the client
    const kind = callee.kind === 'path' ? clientConstructor(callee.path) : undefined;
    if (kind) {
      const args = callArguments(this.s.tokens, part.open);
      return { kind: 'client', client: kind, endpoint: this.endpoint(kind.urlKeywords, args, scope), tail: [] };
    }
    const method = callee.kind === 'path' ? callee.path.slice(callee.path.lastIndexOf('.') + 1) : callee.tail[callee.tail.length - 1];
    if (method === 'client') {
      // boto3.client("bedrock-runtime"), session.client("bedrock-runtime")
      const args = callArguments(this.s.tokens, part.open);
      const service = args.positional[0] ?? args.keywords.get('service_name');
      if (service && this.stringValues(service, scope).includes('bedrock-runtime')) {
        return { kind: 'client', client: BEDROCK_RUNTIME, endpoint: this.endpoint(BEDROCK_RUNTIME.urlKeywords, args, scope), tail: [] };
      }
    }
    // What another library's callable returns is shown; what an unknown callable returns is not.
    return callee.kind === 'path' || callee.shown ? SHOWN : UNSEEN;
  }

  /** What a bound name is as a callee (`client = OpenAI(…)`, `class Store:`), memoised per binding. */
  private bindingCallee(binding: Binding, depth: number): Callee {
    if (binding.kind === 'parameter') return UNSEEN;
    if (binding.kind === 'definition') return binding.isClass ? SHOWN : UNSEEN;
    if (binding.kind === 'element') return UNSEEN;
    const known = this.bindingCallees.get(binding);
    if (known) return known;
    if (depth >= MAX_DEPTH) return UNSEEN;
    this.bindingCallees.set(binding, UNSEEN); // cuts cycles
    const callee = this.expressionCallee(binding.span, binding.scope, depth + 1);
    this.bindingCallees.set(binding, callee);
    return callee;
  }

  /** A value that is a chain (`OpenAI(base_url=…)`, `anthropic.Anthropic()`, `await make()`), as a callee. */
  private expressionCallee(span: Span, scope: Scope, depth: number): Callee {
    const start = this.s.tokens.isName(span.start, 'await') ? span.start + 1 : span.start;
    if (span.end <= start) return UNSEEN;
    const chain = chainEndingAt(this.s.tokens, span.end - 1);
    if (chain.start !== start || chain.parts[0]?.kind !== 'name') return UNSEEN;
    const callee = this.evaluate(chain.parts, scope, depth);
    return callee.kind === 'unknown' ? (callee.shown ? SHOWN : UNSEEN) : callee;
  }

  /** An imported module path within a rule's `module`. */
  private importedModule(module: string): string | undefined {
    if (!module.endsWith('*')) return this.imported.has(module) ? module : undefined;
    const prefix = module.slice(0, -1);
    for (const path of this.s.importedModules) if (path.startsWith(prefix)) return path;
    return undefined;
  }

  private literal(span: Span): string | undefined {
    const { tokens } = this.s;
    return span.end - span.start === 1 && tokens.plain[span.start] ? tokens.value(span.start) : undefined;
  }

  /** The texts of the string literals `span` may be. */
  private stringValues(span: Span, scope: Scope): string[] {
    return this.values.strings(span, scope).map((token) => this.s.tokens.value(token));
  }
}

function findRule(path: string): CallRule | undefined {
  const name = path.slice(path.lastIndexOf('.') + 1);
  return RULES_BY_NAME.get(name)?.find((rule) => inModule(rule.module, path) && (path === rule.name || path.endsWith(`.${rule.name}`)));
}

function clientConstructor(path: string): ClientKind | undefined {
  const name = path.slice(path.lastIndexOf('.') + 1);
  return CONSTRUCTORS_BY_NAME.get(name)?.find((c) => inModule(c.module, path))?.kind;
}

function inModule(module: string, path: string): boolean {
  return module.endsWith('*') ? path.startsWith(module.slice(0, -1)) : path.startsWith(`${module}.`);
}

function providerOf(id: string, context: MentionContext, namedProvider: string | undefined): string | undefined {
  if (context.prefixed) {
    const separator = id.indexOf(context.prefixed);
    const prefixProvider = separator > 0 ? providerNamed(id.slice(0, separator)) : undefined;
    if (prefixProvider) return prefixProvider;
  }
  if (namedProvider) return providerNamed(namedProvider) ?? namedProvider;
  if (context.prefixed === ':' && !context.provider) return langchainProviderGuess(id);
  if (context.openaiCompatible && (context.endpoint?.selfHosted || context.endpoint?.provider)) return context.endpoint.provider;
  return context.provider;
}

/** Plausible as a model id: one token of text, not a URL, and (unless the API takes files) not a local path. */
function isModelId(id: string, paths: boolean): boolean {
  if (!id || id.length > 200 || /[\s<>{}$"'`]/.test(id) || id.includes('://') || !/[a-z]/i.test(id)) return false;
  if (paths) return true;
  return !/^(\.{1,2}[\\/]|[\\/~]|[a-z]:[\\/])/i.test(id) && !id.includes('\\') && !/\.(bin|pt|pth|ckpt|safetensors|gguf|onnx|h5|pkl)$/i.test(id);
}

function lastName(parts: readonly ChainPart[]): string {
  const last = parts[parts.length - 1];
  return last?.kind === 'name' ? last.name : '';
}

function endsWith(tail: readonly string[], suffix: readonly string[]): boolean {
  if (tail.length < suffix.length) return false;
  const offset = tail.length - suffix.length;
  return suffix.every((name, i) => tail[offset + i] === name);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
