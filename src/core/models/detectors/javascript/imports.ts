// What a file imports: ES imports, `import x = require()`, CommonJS `require()` and `await import()`,
// as local name → package export. Only packages count; relative and aliased paths (`./x`, `@/x`) do not.
import type { Syntax } from './syntax';
import { T } from './tokenizer';

export interface ImportedName {
  /** The package, without subpath: `ollama/browser` → `ollama`. */
  readonly pkg: string;
  /** The export: `default`, `*` (a namespace or a CommonJS module object) or a named export. */
  readonly name: string;
}

export interface Imports {
  readonly names: ReadonlyMap<string, ImportedName>;
  /** Every package the file imports, in order of first import. */
  readonly packages: readonly string[];
}

/** CDNs serving npm packages by URL: `https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.0.0`. */
const NPM_CDN = /^https?:\/\/(?:esm\.sh|cdn\.jsdelivr\.net\/npm|unpkg\.com|cdn\.skypack\.dev|esm\.run)\//;

/**
 * The package a module specifier names, without subpath or version (`ollama/browser` → `ollama`,
 * `npm:openai@4` → `openai`); undefined for relative, absolute, aliased (`@/x`, `~/x`) and built-in paths.
 */
export function packageOf(specifier: string): string | undefined {
  const spec = specifier.startsWith('npm:') ? specifier.slice(4) : specifier.replace(NPM_CDN, '');
  const match = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*/i.exec(spec);
  if (!match || spec.includes(':')) return undefined;
  return match[0];
}

export function collectImports(syntax: Syntax): Imports {
  const names = new Map<string, ImportedName>();
  const packages = new Set<string>();
  const { tokens } = syntax;
  const literalPackage = (i: number): string | undefined => (syntax.isLiteral(i) ? packageOf(tokens.value(i)) : undefined);
  const words = [...tokens.identifiersNamed('import'), ...tokens.identifiersNamed('require'), ...tokens.identifiersNamed('export')].sort((a, b) => a - b);

  /** Tokens before this one belong to an import statement already read. */
  let next = 0;
  for (const i of words) {
    if (i < next || syntax.is(i - 1, '.') || syntax.is(i - 1, '?.')) continue;
    const word = tokens.value(i);
    if (word === 'import') {
      if (syntax.is(i + 1, '(')) {
        const pkg = literalPackage(i + 2);
        if (pkg && syntax.is(i + 3, ')')) {
          packages.add(pkg);
          bindModule(syntax, i, i + 3, pkg, names);
        }
      } else {
        next = readImportClause(syntax, i + 1, names, packages);
      }
    } else if (word === 'require' && syntax.is(i + 1, '(') && syntax.is(i + 3, ')')) {
      const pkg = literalPackage(i + 2);
      if (pkg) {
        packages.add(pkg);
        bindModule(syntax, i, i + 3, pkg, names);
      }
    } else if (word === 'export' && (syntax.is(i + 1, '*') || syntax.is(i + 1, '{'))) {
      // Re-exports name a package the file depends on.
      const close = syntax.is(i + 1, '{') ? syntax.skip(i + 1) : i + 2;
      const from = syntax.isIdent(close, 'from') ? close : syntax.isIdent(close + 2, 'from') ? close + 2 : -1;
      const pkg = from > 0 ? literalPackage(from + 1) : undefined;
      if (pkg) packages.add(pkg);
    }
  }
  return { names, packages: [...packages] };
}

/**
 * Reads `import … from 'pkg'` (or `import 'pkg'`, `import x = require('pkg')`) from the token after
 * `import`; returns the index after the statement.
 */
function readImportClause(syntax: Syntax, start: number, names: Map<string, ImportedName>, packages: Set<string>): number {
  const { tokens } = syntax;
  const { kind, count } = tokens;
  const pending: { local: string; name: string }[] = [];
  let i = start;
  if (syntax.isLiteral(i)) {
    const pkg = packageOf(tokens.value(i));
    if (pkg) packages.add(pkg);
    return i + 1;
  }
  // `import type { X } from` and `import type X from`, but not a default import named `type`.
  if (syntax.isIdent(i, 'type') && !syntax.isIdent(i + 1, 'from') && !syntax.is(i + 1, ',')) i++;
  while (i < count) {
    if (syntax.isIdent(i, 'from') && syntax.isLiteral(i + 1)) {
      const pkg = packageOf(tokens.value(i + 1));
      if (pkg) {
        packages.add(pkg);
        for (const p of pending) names.set(p.local, { pkg, name: p.name });
      }
      return i + 2;
    }
    if (syntax.is(i, '*') && syntax.isIdent(i + 1, 'as') && kind[i + 2] === T.Ident) {
      pending.push({ local: tokens.value(i + 2), name: '*' });
      i += 3;
    } else if (syntax.is(i, '{')) {
      for (const item of syntax.items(i)) {
        let s = item.start;
        if (syntax.isIdent(s, 'type') && item.end - s > 1) s++;
        const imported = tokens.value(s);
        const local = syntax.isIdent(s + 1, 'as') && s + 2 < item.end ? tokens.value(s + 2) : imported;
        if (kind[s] === T.Ident || syntax.isLiteral(s)) pending.push({ local, name: imported });
      }
      i = syntax.skip(i);
    } else if (kind[i] === T.Ident && syntax.is(i + 1, '=') && syntax.isIdent(i + 2, 'require')) {
      // TypeScript's `import X = require('pkg')`; the require itself is read by the caller's loop.
      return i + 2;
    } else if (kind[i] === T.Ident && !syntax.isIdent(i, 'from')) {
      pending.push({ local: tokens.value(i), name: 'default' });
      i++;
    } else if (syntax.is(i, ',')) {
      i++;
    } else {
      return i;
    }
  }
  return i;
}

/**
 * Binds what a `require('pkg')` or `import('pkg')` call (from `callee` to its `)` at `close`) is assigned
 * to: `const X = require(…)`, `const { a, b: c } = await import(…)`, `const Y = require(…).Y`.
 */
function bindModule(syntax: Syntax, callee: number, close: number, pkg: string, names: Map<string, ImportedName>): void {
  const { tokens } = syntax;
  const { kind } = tokens;
  let before = callee - 1;
  if (syntax.isIdent(before, 'await')) before--;
  if (!syntax.is(before, '=')) return;
  const target = before - 1;
  let name = '*';
  if (syntax.is(close + 1, '.') && kind[close + 2] === T.Ident) name = tokens.value(close + 2);
  if (kind[target] === T.Ident) {
    names.set(tokens.value(target), { pkg, name });
  } else if (syntax.is(target, '}') && name === '*') {
    const open = syntax.match[target];
    if (open < 0 || open >= target) return;
    for (const item of syntax.items(open)) {
      const s = item.start;
      if (kind[s] !== T.Ident) continue;
      const local = syntax.is(s + 1, ':') && kind[s + 2] === T.Ident ? tokens.value(s + 2) : tokens.value(s);
      names.set(local, { pkg, name: tokens.value(s) });
    }
  }
}
