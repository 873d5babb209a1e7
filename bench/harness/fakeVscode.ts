// A minimal stand-in for the `vscode` module: what activate() and the constructors it runs call,
// doing nothing but keeping the objects they expect. Members it lacks are answered by inert stubs
// and recorded, so the benchmark keeps running as the extension grows and can say what it faked.
import { readFileSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';

type Listener<T> = (event: T) => unknown;

class Disposable {
  constructor(private readonly callOnDispose: () => unknown = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  dispose(): void {
    this.callOnDispose();
  }
}

class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(event: T): void {
    for (const listener of this.listeners) listener(event);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}
  static file(path: string): Uri {
    return new Uri('file', '', path.split('\\').join('/'));
  }
  static parse(value: string): Uri {
    const url = new URL(value);
    return new Uri(url.protocol.replace(/:$/, ''), url.host, decodeURIComponent(url.pathname), url.search.replace(/^\?/, ''), url.hash.replace(/^#/, ''));
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return base.with({ path: [base.path.replace(/\/$/, ''), ...segments].join('/') });
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment);
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${encodeURI(this.path)}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

class Position {
  constructor(readonly line: number, readonly character: number) {}
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
}

class Plain {
  constructor(...args: unknown[]) {
    Object.assign(this, { args });
  }
}

class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {
    this.emitter.dispose();
  }
}

const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 };

/** Settings answered with the defaults package.json contributes. */
function configuration(packageJson: string, section: string) {
  const properties = (JSON.parse(readFileSync(packageJson, 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } }).contributes.configuration.properties;
  return {
    get: <T>(key: string, fallback?: T): T | undefined => (properties[`${section}.${key}`]?.default as T | undefined) ?? fallback,
    has: (key: string) => `${section}.${key}` in properties,
    inspect: () => undefined,
    update: () => Promise.resolve(),
  };
}

function event<T>(): (listener: Listener<T>) => Disposable {
  return new EventEmitter<T>().event;
}

export interface FakeVscode {
  readonly module: object;
  /** Members the extension touched that this fake does not implement. */
  readonly missing: Set<string>;
}

/** `workspaceRoot`: the one workspace folder; `packageJson`: the extension's manifest, for setting defaults. */
export function createFakeVscode(workspaceRoot: string, packageJson: string): FakeVscode {
  const missing = new Set<string>();
  const stub = (name: string): unknown =>
    new Proxy(function () {}, {
      get: (_target, key) => (key === 'then' ? undefined : stub(`${name}.${String(key)}`)),
      apply: () => {
        missing.add(name);
        return new Disposable();
      },
    });
  const tolerant = <T extends object>(name: string, value: T): T =>
    new Proxy(value, {
      get(target, key, receiver) {
        // The real module is CommonJS without __esModule: bundles copy its members, as they will here.
        if (typeof key === 'symbol' || key in target || key === '__esModule') return Reflect.get(target, key, receiver);
        missing.add(`${name}.${key}`);
        return stub(`${name}.${key}`);
      },
    });

  const folderUri = Uri.file(workspaceRoot);
  const outputChannel = () => ({ name: 'Openness', append() {}, appendLine() {}, clear() {}, show() {}, hide() {}, dispose() {} });
  const statusBarItem = () => ({ id: 'openness', text: '', tooltip: '', command: undefined, name: '', show() {}, hide() {}, dispose() {} });
  const diagnosticCollection = () => {
    const entries = new Map<string, unknown>();
    return {
      name: 'openness',
      set: (uri: Uri, diagnostics: unknown) => void entries.set(uri.toString(), diagnostics),
      delete: (uri: Uri) => void entries.delete(uri.toString()),
      get: (uri: Uri) => entries.get(uri.toString()),
      has: (uri: Uri) => entries.has(uri.toString()),
      clear: () => entries.clear(),
      forEach: () => undefined,
      dispose: () => entries.clear(),
    };
  };
  const fileSystemWatcher = () => ({ onDidChange: event<Uri>(), onDidCreate: event<Uri>(), onDidDelete: event<Uri>(), ignoreChangeEvents: false, ignoreCreateEvents: false, ignoreDeleteEvents: false, dispose() {} });

  const vscode = {
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    Location: Plain,
    Diagnostic: Plain,
    DiagnosticRelatedInformation: Plain,
    Hover: Plain,
    MarkdownString: class MarkdownString {
      value = '';
      isTrusted = false;
      supportThemeIcons = false;
      constructor(value = '') {
        this.value = value;
      }
      appendMarkdown(text: string) {
        this.value += text;
        return this;
      }
      appendText(text: string) {
        this.value += text;
        return this;
      }
    },
    CancellationTokenSource,
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    FileType,
    window: tolerant('window', {
      createOutputChannel: outputChannel,
      createStatusBarItem: statusBarItem,
      showInformationMessage: () => Promise.resolve(undefined),
      showWarningMessage: () => Promise.resolve(undefined),
      showErrorMessage: () => Promise.resolve(undefined),
      showQuickPick: () => Promise.resolve(undefined),
      showTextDocument: () => Promise.resolve(undefined),
      withProgress: <T>(_options: unknown, task: (progress: { report(): void }, token: unknown) => Promise<T>) => task({ report() {} }, new CancellationTokenSource().token),
      visibleTextEditors: [],
      activeTextEditor: undefined,
    }),
    languages: tolerant('languages', {
      createDiagnosticCollection: diagnosticCollection,
      registerHoverProvider: () => new Disposable(),
      registerCodeActionsProvider: () => new Disposable(),
    }),
    commands: tolerant('commands', {
      registerCommand: () => new Disposable(),
      executeCommand: () => Promise.resolve(undefined),
    }),
    workspace: tolerant('workspace', {
      workspaceFolders: [{ uri: folderUri, name: workspaceRoot.split('/').pop(), index: 0 }],
      textDocuments: [],
      getConfiguration: (section: string) => configuration(packageJson, section),
      getWorkspaceFolder: (uri: Uri) => (uri.path.startsWith(workspaceRoot) ? { uri: folderUri, name: 'tree', index: 0 } : undefined),
      createFileSystemWatcher: fileSystemWatcher,
      onDidChangeTextDocument: event(),
      onDidOpenTextDocument: event(),
      onDidCloseTextDocument: event(),
      onDidSaveTextDocument: event(),
      onDidChangeConfiguration: event(),
      onDidChangeWorkspaceFolders: event(),
      notebookDocuments: [],
      onDidOpenNotebookDocument: event(),
      onDidCloseNotebookDocument: event(),
      onDidChangeNotebookDocument: event(),
      fs: {
        readFile: async (uri: Uri) => new Uint8Array(await readFile(uri.path)),
        stat: async (uri: Uri) => {
          const s = await stat(uri.path);
          return { type: s.isFile() ? FileType.File : s.isDirectory() ? FileType.Directory : FileType.Unknown, size: s.size, mtime: s.mtimeMs, ctime: s.ctimeMs };
        },
        readDirectory: async (uri: Uri) => (await readdir(uri.path, { withFileTypes: true })).map((e) => [e.name, e.isFile() ? FileType.File : e.isDirectory() ? FileType.Directory : FileType.Unknown]),
      },
    }),
  };
  return { module: tolerant('vscode', vscode), missing };
}
