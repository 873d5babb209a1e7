// Finds the model ids a JavaScript/TypeScript file passes to AI SDKs: walks every call, decides what it
// calls (an SDK client's method, an AI SDK provider, a LangChain class, transformers.js …) from the
// file's imports and bindings, and reports the string literals in the model position.
import type { ModelReference } from '../../detector';
import { classifyEndpoint, type Endpoint } from '../../endpoints';
import { providerNamed } from '../../providerNames';
import { LineIndex } from '../../../text/lineIndex';
import { collectBindings, type Binding, type Bindings } from './bindings';
import { callSiteAt, type CallSite } from './calls';
import { deadRanges, isDead } from './deadCode';
import { collectImports, type Imports } from './imports';
import { exportRole, OLLAMA_SERVER, packageDefiningClass, PROVIDER_MODEL_METHODS, sdkByShape, sdkPackage, type ExportRole, type SdkPackage } from './sdks';
import { Syntax, type Span } from './syntax';
import { punctCode, T, type Tokens } from './tokenizer';
import { Values } from './values';

/** A client object whose methods the file calls. */
interface Client {
  readonly sdk: SdkPackage;
  /** The package, when the file's imports show it. */
  readonly clientPackage?: string;
  /** A plain SDK client, or an AI SDK provider (callable: `openai('gpt-4o')`). */
  readonly role: 'client' | 'provider';
  /** How `via` names a provider: `openai`, or `createOpenAI()` for one made by a factory. */
  readonly name: string;
  /** The export's own provider, when it differs from the package's (AzureOpenAI). */
  readonly provider?: string;
  readonly server?: ServerOption;
}

/** Where a client's options point it: a literal URL, or an expression whose value the file does not show. */
type ServerOption = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'dynamic'; readonly text: string };

/** What a call calls, once resolved. */
type Target =
  | { readonly kind: 'method'; readonly client: Client; readonly method: string }
  | { readonly kind: 'export'; readonly sdk: SdkPackage; readonly clientPackage?: string; readonly name: string; readonly role: ExportRole }
  | { readonly kind: 'fromPretrained'; readonly receiver: string; readonly clientPackage?: string };

/** The callee's root resolved to a package export, with the path that follows it. */
interface ExportUse {
  readonly sdk: SdkPackage;
  readonly clientPackage?: string;
  readonly name: string;
  readonly role: ExportRole;
  readonly rest: readonly string[];
}

interface Found {
  readonly token: number;
  readonly site: number;
  readonly via: string;
  readonly provider?: string;
  readonly clientPackage?: string;
  readonly selfHosted?: string;
}

/** Option keys (dotted paths) that point a client at a server. */
const SERVER_KEYS = ['baseURL', 'baseUrl', 'host', 'serverURL', 'endpoint', 'endpointUrl', 'configuration.baseURL', 'httpOptions.baseUrl', 'anthropicApiUrl'];
/** Keys of an HTTP call's options holding the request body. */
const BODY_KEYS = ['body', 'data', 'json'];
const TRANSFORMERS_PACKAGES = ['@huggingface/transformers', '@xenova/transformers'];

const MIGHT_NAME_A_MODEL = /model|ai-sdk|ollama|openrouter|transformers|pretrained|replicate/i;
const MAX_SERVER_TEXT = 80;
/** How a URL's literal may start: `h` or `w` in either case, or an escape. */
const mayStartUrl = (c: number): boolean => c === 104 || c === 72 || c === 119 || c === 87 || c === 92;

/** A cheap test that a file might name a model at all; most source files fail it. */
export function mightNameAModel(text: string): boolean {
  return MIGHT_NAME_A_MODEL.test(text);
}

export function findModelReferences(tokens: Tokens): ModelReference[] {
  const syntax = new Syntax(tokens);
  const finder = new Finder(syntax);
  const { punct, count } = syntax.tokens;
  const open = punctCode('(');
  for (let i = 0; i < count; i++) {
    if (punct[i] === open) finder.visitCall(i);
  }
  return finder.references();
}

class Finder {
  private readonly imports: Imports;
  /**
   * Whether names may be bound to SDK clients: the file imports a known package or constructs a known
   * class. When not, calls on local names (most calls in most files) are not looked into.
   */
  private readonly mayBindClients: boolean;
  private readonly found = new Map<number, Found>();
  private readonly clients = new Map<Binding, Client | null>();
  private lazyBindings?: Bindings;
  private lazyValues?: Values;
  private lazyUrlHolders?: ReadonlySet<string> | null;

  constructor(private readonly syntax: Syntax) {
    this.imports = collectImports(syntax);
    this.mayBindClients = this.imports.packages.some((p) => sdkPackage(p) !== undefined) || constructsKnownClass(syntax);
  }

  private get bindings(): Bindings {
    return (this.lazyBindings ??= collectBindings(this.syntax));
  }

  private get values(): Values {
    return (this.lazyValues ??= new Values(this.syntax, this.bindings));
  }

  /**
   * Names that may hold a model server's URL (those assigned or keyed just before such a literal), so
   * that plain HTTP calls are only looked into when their URL may be one; null when the file has none.
   */
  private get urlHolders(): ReadonlySet<string> | null {
    if (this.lazyUrlHolders === undefined) {
      const { syntax } = this;
      const { tokens } = syntax;
      const { kind, start, count, text } = tokens;
      let holders: Set<string> | null = null;
      for (let i = 0; i < count; i++) {
        // Only literals starting like `http…` or `ws…` (or with an escape) are read.
        if ((kind[i] !== T.String && kind[i] !== T.Template) || !mayStartUrl(text.charCodeAt(start[i] + 1)) || !modelEndpoint(tokens.value(i))) continue;
        holders ??= new Set();
        for (let j = i - 1; j >= 0 && j >= i - 16 && !syntax.is(j, ';') && !syntax.is(j, '{') && !syntax.is(j, '}'); j--) {
          if (kind[j] === T.Ident && (syntax.is(j + 1, '=') || syntax.is(j + 1, ':'))) holders.add(tokens.value(j));
        }
      }
      this.lazyUrlHolders = holders;
    }
    return this.lazyUrlHolders;
  }

  visitCall(open: number): void {
    // A call without arguments passes no model: nothing to report.
    if (this.syntax.match[open] === open + 1) return;
    const site = callSiteAt(this.syntax, open);
    if (!site) return;
    const target = this.target(site);
    if (target) this.reportTarget(site, target);
    else this.reportRequest(site);
  }

  references(): ModelReference[] {
    if (this.found.size === 0) return [];
    const { text } = this.syntax;
    const { tokens } = this.syntax;
    const { start, end } = tokens;
    const dead = deadRanges(this.syntax);
    let lines: LineIndex | undefined;
    const references: ModelReference[] = [];
    for (const f of [...this.found.values()].sort((a, b) => a.token - b.token)) {
      if (isDead(dead, start[f.token]) || isDead(dead, start[f.site])) continue;
      lines ??= new LineIndex(text);
      const id = tokens.value(f.token);
      references.push({
        id,
        range: { start: lines.position(start[f.token] + 1), end: lines.position(end[f.token] - 1) },
        via: f.via,
        ...(f.provider ? { provider: f.provider } : {}),
        ...(f.clientPackage ? { clientPackage: f.clientPackage } : {}),
        ...(f.selfHosted ? { selfHosted: f.selfHosted } : {}),
      });
    }
    return references;
  }

  // ——— what a call calls ———

  private target(site: CallSite): Target | undefined {
    const { path } = site;
    if (path.length >= 2 && path[path.length - 1] === 'from_pretrained') return this.fromPretrained(site);
    if (site.rootCall !== undefined) {
      const client = this.clientFromCall(site.rootCall, 0);
      return client ? { kind: 'method', client, method: path.join('.') } : this.byShape(['()', ...path]);
    }
    const use = this.exportUse(path, site.first);
    if (use) return this.exportTarget(site, use);
    if (path[0] === 'this') {
      const client = path.length >= 2 && this.mayBindClients ? this.memberClient(path[1], 0) : undefined;
      return client ? { kind: 'method', client, method: path.slice(2).join('.') } : this.byShape(path);
    }
    if (site.isNew && path.length === 1) {
      const use = this.unimportedClass(site);
      if (use?.role.kind === 'modelClass') return { kind: 'export', sdk: use.sdk, name: use.name, role: use.role };
    }
    const client = this.mayBindClients ? this.clientFromBindings(this.bindings.visible(path[0], site.first), 0) : undefined;
    if (client) return { kind: 'method', client, method: path.slice(1).join('.') };
    return this.byShape(path);
  }

  /** The package export a path's root names: `openai` (imported), `ai.generateText` (a namespace). */
  private exportUse(path: readonly string[], at: number): ExportUse | undefined {
    const imported = this.imports.names.get(path[0]);
    // A local binding of the same name shadows the import.
    if (!imported || this.bindings.visible(path[0], at).length) return undefined;
    const sdk = sdkPackage(imported.pkg);
    if (!sdk) return undefined;
    let name = imported.name;
    let rest = path.slice(1);
    if (name === '*' && rest.length && exportRole(sdk, rest[0]) && rest[0] !== 'default') {
      name = rest[0];
      rest = rest.slice(1);
    } else if (name === '*' && rest[0] === 'default') {
      rest = rest.slice(1);
    }
    const role = exportRole(sdk, name);
    return role ? { sdk, clientPackage: sdk.name, name, role, rest } : undefined;
  }

  private exportTarget(site: CallSite, use: ExportUse): Target | undefined {
    const { sdk, clientPackage, name, role, rest } = use;
    switch (role.kind) {
      case 'client':
      case 'provider':
        return { kind: 'method', client: { sdk, clientPackage, role: role.kind, name }, method: rest.join('.') };
      case 'modelClass':
        return site.isNew && rest.length === 0 ? { kind: 'export', sdk, clientPackage, name, role } : undefined;
      case 'modelFunction':
      case 'modelArgument':
        return rest.length === 0 ? { kind: 'export', sdk, clientPackage, name, role } : undefined;
      default:
        // Constructing a client or a provider names no model by itself.
        return undefined;
    }
  }

  private byShape(path: readonly string[]): Target | undefined {
    const shape = sdkByShape(path, this.imports.packages);
    if (!shape) return undefined;
    const client: Client = { sdk: shape.pkg, clientPackage: shape.imported ? shape.pkg.name : undefined, role: 'client', name: shape.pkg.label };
    return { kind: 'method', client, method: shape.method };
  }

  private fromPretrained(site: CallSite): Target {
    const { path } = site;
    const root = this.imports.names.get(path[0]);
    const clientPackage = root && TRANSFORMERS_PACKAGES.includes(root.pkg) ? root.pkg : TRANSFORMERS_PACKAGES.find((p) => this.imports.packages.includes(p));
    return { kind: 'fromPretrained', receiver: path[path.length - 2], clientPackage };
  }

  // ——— clients ———

  /** The client a call expression returns: `new OpenAI({…})`, `createOpenAI({…})`, `hf.endpoint(url)`. */
  private clientFromCall(open: number, depth: number): Client | undefined {
    const site = callSiteAt(this.syntax, open);
    if (!site || depth > 4) return undefined;
    if (site.rootCall === undefined && site.path[0] !== 'this') {
      const use = this.exportUse(site.path, site.first) ?? this.unimportedClass(site);
      if (use && use.rest.length === 0) {
        if (use.role.kind === 'clientClass' && site.isNew) {
          const server = use.role.urlArgument === undefined ? this.serverOption(open) : this.serverArgument(open, use.role.urlArgument);
          return { sdk: use.sdk, clientPackage: use.clientPackage, role: 'client', name: use.name, provider: use.role.provider, server };
        }
        if (use.role.kind === 'providerFactory') {
          return { sdk: use.sdk, clientPackage: use.clientPackage, role: 'provider', name: `${use.name}()`, server: this.serverOption(open) };
        }
      }
    }
    // Hugging Face's `client.endpoint(url)` returns a client bound to that server.
    if (site.path[site.path.length - 1] === 'endpoint') {
      const receiver = this.receiverClient(site, depth);
      if (receiver?.sdk.name === '@huggingface/inference') return { ...receiver, server: this.serverArgument(open, 0) };
    }
    return undefined;
  }

  /** The client a call's receiver (its path without the last name) is. */
  private receiverClient(site: CallSite, depth: number): Client | undefined {
    const receiver = site.path.slice(0, -1);
    if (site.rootCall !== undefined) return receiver.length === 0 ? this.clientFromCall(site.rootCall, depth + 1) : undefined;
    if (receiver.length === 1) {
      const use = this.exportUse(receiver, site.first);
      if (use) return use.role.kind === 'client' ? { sdk: use.sdk, clientPackage: use.clientPackage, role: 'client', name: use.name } : undefined;
      return this.clientFromBindings(this.bindings.visible(receiver[0], site.first), depth + 1);
    }
    if (receiver.length === 2 && receiver[0] === 'this') return this.memberClient(receiver[1], depth + 1);
    return undefined;
  }

  /** `new ChatOpenAI(…)` when the file does not import the class (and binds no such name itself). */
  private unimportedClass(site: CallSite): ExportUse | undefined {
    if (!site.isNew || site.path.length !== 1) return undefined;
    const sdk = packageDefiningClass(site.path[0]);
    const role = sdk && exportRole(sdk, site.path[0]);
    if (!sdk || !role || this.imports.names.has(site.path[0]) || this.bindings.visible(site.path[0], site.first).length) return undefined;
    return { sdk, name: site.path[0], role, rest: [] };
  }

  private clientFromBindings(bindings: readonly Binding[], depth: number): Client | undefined {
    for (const binding of bindings) {
      let client = this.clients.get(binding);
      if (client === undefined) {
        // Marked first, so that a binding defined through itself ends the recursion.
        this.clients.set(binding, null);
        client = (binding.init !== undefined ? this.clientFromExpression(binding.init, depth + 1) : binding.type !== undefined ? this.clientFromType(binding.type) : undefined) ?? null;
        this.clients.set(binding, client);
      }
      if (client) return client;
    }
    return undefined;
  }

  private memberClient(name: string, depth: number): Client | undefined {
    return this.clientFromBindings(this.bindings.member(name), depth);
  }

  /** The client an initializer evaluates to: a construction, a factory call, or another client's name. */
  private clientFromExpression(i: number, depth: number): Client | undefined {
    const { syntax } = this;
    const { tokens } = syntax;
    const { kind } = tokens;
    if (depth > 4) return undefined;
    let j = i;
    if (syntax.isIdent(j, 'await')) j++;
    if (syntax.isIdent(j, 'new')) j++;
    if (kind[j] !== T.Ident) return undefined;
    const path = [tokens.value(j)];
    while ((syntax.is(j + 1, '.') || syntax.is(j + 1, '?.')) && kind[j + 2] === T.Ident) {
      j += 2;
      path.push(tokens.value(j));
    }
    if (syntax.is(j + 1, '(')) return this.clientFromCall(j + 1, depth);
    if (path.length !== 1) return undefined;
    const use = this.exportUse(path, i);
    if (use) return use.role.kind === 'client' || use.role.kind === 'provider' ? { sdk: use.sdk, clientPackage: use.clientPackage, role: use.role.kind, name: use.name } : undefined;
    return path[0] === 'this' ? undefined : this.clientFromBindings(this.bindings.visible(path[0], i), depth + 1);
  }

  /** A client from a type annotation: `constructor(private readonly openai: OpenAI)`. */
  private clientFromType(type: number): Client | undefined {
    const use = this.exportUse([this.syntax.tokens.value(type)], type);
    return use?.role.kind === 'clientClass' ? { sdk: use.sdk, clientPackage: use.clientPackage, role: 'client', name: use.name, provider: use.role.provider } : undefined;
  }

  /** Where the options of the call at `open` point the client (`{ baseURL }`, `{ host }` …). */
  private serverOption(open: number): ServerOption | undefined {
    for (const argument of this.syntax.items(open)) {
      for (const object of this.values.resolveSpan(argument).objects) {
        for (const key of SERVER_KEYS) {
          const span = this.propertyPath(object, key.split('.'));
          if (span) return this.serverValue(span.start, span.end);
        }
      }
    }
    return undefined;
  }

  private serverArgument(open: number, index: number): ServerOption | undefined {
    const argument = this.syntax.items(open)[index];
    return argument ? this.serverValue(argument.start, argument.end) : undefined;
  }

  private serverValue(start: number, end: number): ServerOption {
    const literal = this.values.resolve(start, end).strings[0];
    if (literal !== undefined) return { kind: 'url', url: this.syntax.tokens.value(literal) };
    const { text } = this.syntax;
    const source = text.slice(this.syntax.tokens.start[start], this.syntax.tokens.end[end - 1]).replace(/\s+/g, ' ');
    return { kind: 'dynamic', text: source.length > MAX_SERVER_TEXT ? `${source.slice(0, MAX_SERVER_TEXT - 1)}…` : source };
  }

  private propertyPath(object: number, keys: readonly string[]): Span | undefined {
    const span = this.values.property(object, keys[0]);
    if (!span || keys.length === 1) return span;
    for (const inner of this.values.resolveSpan(span).objects) {
      const found = this.propertyPath(inner, keys.slice(1));
      if (found) return found;
    }
    return undefined;
  }

  // ——— reporting ———

  private reportTarget(site: CallSite, target: Target): void {
    const args = this.syntax.items(site.open);
    switch (target.kind) {
      case 'fromPretrained':
        if (args[0]) this.add(site, this.values.resolveSpan(args[0]).strings, { via: `transformers.js ${target.receiver}.from_pretrained`, provider: 'huggingface', clientPackage: target.clientPackage });
        return;
      case 'method':
        return this.reportMethod(site, args, target.client, target.method);
      case 'export':
        return this.reportExport(site, args, target.sdk, target.clientPackage, target.name, target.role);
    }
  }

  private reportMethod(site: CallSite, args: readonly Span[], client: Client, method: string): void {
    const serving = servingOf(client.sdk, client.provider, client.server);
    const { clientPackage } = client;
    if (client.role === 'provider') {
      if (method !== '' && !PROVIDER_MODEL_METHODS.has(method)) return;
      const via = `ai-sdk ${method ? `${client.name}.${method}()` : client.name.endsWith(')') ? client.name : `${client.name}()`}`;
      if (args[0]) this.add(site, this.values.resolveSpan(args[0]).strings, { via, ...serving, clientPackage });
      return;
    }
    if (method === '') return;
    const info = { via: `${client.sdk.label} ${method}`, ...serving, clientPackage };
    const position = own(client.sdk.modelArguments, method);
    if (position !== undefined && args[position]) this.add(site, this.values.resolveSpan(args[position]).strings, info);
    this.reportOptions(site, client.sdk, args, info, method);
  }

  private reportExport(site: CallSite, args: readonly Span[], sdk: SdkPackage, clientPackage: string | undefined, name: string, role: ExportRole): void {
    const via = `${sdk.label} ${name}`;
    if (role.kind === 'modelArgument') {
      const argument = args[role.index];
      if (!argument) return;
      const modelProvider = args[role.index + 1] ? this.optionLiteral(args[role.index + 1], 'modelProvider') : undefined;
      const provider = modelProvider !== undefined ? providerNamed(modelProvider) ?? modelProvider : sdk.provider;
      this.add(site, this.values.resolveSpan(argument).strings, { via, provider, clientPackage });
      return;
    }
    const exportProvider = role.kind === 'modelClass' ? role.provider : undefined;
    const serving = servingOf(sdk, exportProvider, role.kind === 'modelClass' ? this.serverOption(site.open) : undefined);
    this.reportOptions(site, sdk, args, { ...serving, via, clientPackage });
  }

  /** Reports the model keys of every object argument (`{ model: '…' }`). */
  private reportOptions(site: CallSite, sdk: SdkPackage, args: readonly Span[], info: Omit<Found, 'token' | 'site'>, method?: string): void {
    const keys = (method !== undefined ? own(sdk.methodModelKeys, method) : undefined) ?? sdk.modelKeys ?? ['model'];
    for (const argument of args) {
      for (const object of this.values.resolveSpan(argument).objects) {
        // Hugging Face's inference providers: `{ provider: 'together', model }` is served by Together
        // (`auto` and `hf-inference` stay with Hugging Face).
        const routed = sdk.name === '@huggingface/inference' ? this.propertyLiteral(object, 'provider') : undefined;
        const served = routed && routed !== 'auto' && routed !== 'hf-inference' ? { ...info, provider: providerNamed(routed) ?? routed } : info;
        for (const key of keys) {
          const span = this.values.property(object, key);
          if (span) this.add(site, this.values.resolveSpan(span).strings, served);
        }
      }
    }
  }

  /**
   * A plain HTTP call to a model server: `fetch('https://api.openai.com/v1/chat/completions', { body:
   * JSON.stringify({ model, messages }) })`, `axios.post('http://localhost:11434/api/chat', { model })`.
   */
  private reportRequest(site: CallSite): void {
    const holders = this.urlHolders;
    if (site.path.length === 0 || !holders) return;
    const { syntax } = this;
    const args = syntax.items(site.open);
    if (args.length < 2) return;
    // The URL: a literal, or a name (`OLLAMA_URL`, `config.baseUrl`) that may hold one.
    const { start, end } = args[0];
    if (!(end === start + 1 && syntax.isLiteral(start)) && !this.namesUrlHolder(start, end, holders)) return;
    const urlToken = this.values.resolveSpan(args[0]).strings[0];
    if (urlToken === undefined) return;
    const url = this.syntax.tokens.value(urlToken);
    const server = modelEndpoint(url);
    if (!server) return;
    const info = { via: `${site.path.join('.')} ${url}`, provider: server.provider, selfHosted: server.selfHosted ? url : undefined };
    for (const argument of args.slice(1)) {
      for (const object of this.values.resolveSpan(argument).objects) {
        for (const body of [object, ...this.bodies(object)]) {
          const span = this.values.property(body, 'model');
          if (span) this.add(site, this.values.resolveSpan(span).strings, info);
        }
      }
    }
  }

  /** Whether tokens [start, end) are a dotted name (`a.b.c`) with a part in `holders`. */
  private namesUrlHolder(start: number, end: number, holders: ReadonlySet<string>): boolean {
    const { syntax } = this;
    let named = false;
    for (let i = start; i < end; i += 2) {
      if (!syntax.isIdent(i) || (i + 1 < end && !syntax.is(i + 1, '.'))) return false;
      named ||= holders.has(syntax.tokens.value(i));
    }
    return named;
  }

  /** Request bodies in HTTP options: `body: JSON.stringify({…})`, `data: {…}`. */
  private bodies(options: number): number[] {
    const found: number[] = [];
    for (const key of BODY_KEYS) {
      const span = this.values.property(options, key);
      if (!span) continue;
      const { syntax } = this;
      const stringify = syntax.isIdent(span.start, 'JSON') && syntax.is(span.start + 1, '.') && syntax.isIdent(span.start + 2, 'stringify') && syntax.is(span.start + 3, '(');
      const argument = stringify ? syntax.items(span.start + 3)[0] : span;
      if (argument) found.push(...this.values.resolveSpan(argument).objects);
    }
    return found;
  }

  private optionLiteral(argument: Span, key: string): string | undefined {
    for (const object of this.values.resolveSpan(argument).objects) {
      const found = this.propertyLiteral(object, key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private propertyLiteral(object: number, key: string): string | undefined {
    const span = this.values.property(object, key);
    const literal = span ? this.values.resolveSpan(span).strings[0] : undefined;
    return literal === undefined ? undefined : this.syntax.tokens.value(literal);
  }

  private add(site: CallSite, tokens: readonly number[], info: Omit<Found, 'token' | 'site'>): void {
    for (const token of tokens) {
      const id = this.syntax.tokens.value(token);
      if (this.found.has(token) || !id.trim() || /[\r\n]/.test(id)) continue;
      const provider = info.provider ?? prefixProvider(id);
      this.found.set(token, { token, site: site.open, via: info.via, provider, clientPackage: info.clientPackage, selfHosted: info.selfHosted });
    }
  }
}

/**
 * The server of a URL that plain HTTP calls name models for: a hosted AI API, or a self-hosted server on
 * a model server's port or with an OpenAI-style `/v1/` path (not any local web app).
 */
function modelEndpoint(url: string): Endpoint | undefined {
  if (!/^(https?|wss?):\/\//i.test(url)) return undefined;
  const server = classifyEndpoint(url);
  return server && (server.provider !== undefined || (server.selfHosted && /\/v1\//.test(url))) ? server : undefined;
}

/** Whether the file constructs a class of a known package (`new OpenAI()`), imported or not. */
function constructsKnownClass(syntax: Syntax): boolean {
  return syntax.tokens.identifiersNamed('new').some((i) => syntax.isIdent(i + 1) && packageDefiningClass(syntax.tokens.value(i + 1)) !== undefined);
}

/** Who serves a client's models and whether it is the user's own server. */
function servingOf(sdk: SdkPackage, exportProvider: string | undefined, server: ServerOption | undefined): { provider?: string; selfHosted?: string } {
  const provider = exportProvider ?? sdk.provider;
  const localServer = sdk.localServer ?? (provider === 'ollama' ? OLLAMA_SERVER : undefined);
  if (server?.kind === 'dynamic') return localServer ? { provider, selfHosted: server.text } : { provider };
  const classified = server ? classifyEndpoint(server.url) : undefined;
  if (localServer) {
    if (!server) return { provider, selfHosted: localServer };
    // Ollama's own cloud is the one Ollama server that is not the user's.
    return classified && !classified.selfHosted && classified.provider === 'ollama' ? { provider } : { provider, selfHosted: server.url };
  }
  if (!server || !classified) return { provider };
  if (classified.selfHosted) return { provider: classified.provider, selfHosted: server.url };
  return { provider: classified.provider ?? provider };
}

/** The provider a model id's prefix names: `openai/gpt-4o`, `anthropic:claude-3-5-sonnet-latest`. */
function prefixProvider(id: string): string | undefined {
  const match = /^([\w-]+)[:/]/.exec(id);
  return match ? providerNamed(match[1]) : undefined;
}

/** A record's own entry (never an inherited `constructor` or `toString`). */
function own<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
