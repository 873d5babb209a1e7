// composer.lock: every package Composer installs, its exact version and the licences it declares.
import { nodeValue, parseJsonObject, propertyValue, stringContentRange, stringValue } from '../../text/json';
import { LineIndex } from '../../text/lineIndex';
import type { DependencyScope, SourceRange } from '../../types';
import type { DeclaredDependency, ParsedManifest, SourceFile } from '../ecosystem';

const SECTIONS: readonly (readonly [string, DependencyScope])[] = [
  ['packages', 'runtime'],
  ['packages-dev', 'dev'],
];

interface LockedPackage {
  readonly name?: unknown;
  readonly version?: unknown;
  readonly license?: unknown;
  readonly dist?: { readonly type?: unknown } | null;
}

function dependencyOf(entry: LockedPackage & { name: string }, scope: DependencyScope, range: SourceRange): DeclaredDependency {
  return {
    name: entry.name,
    spec: typeof entry.version === 'string' ? entry.version : null,
    range,
    scope,
    // composer.lock does not record what the root requires: composer.json beside it does.
    direct: false,
    ...(entry.license !== undefined ? { declaredLicense: entry.license } : {}),
    // A package from a `path` repository is the project's own code.
    ...(entry.dist?.type === 'path' ? { locator: 'path' } : {}),
  };
}

export function parseComposerLock(file: SourceFile): ParsedManifest {
  let lock: unknown;
  try {
    lock = JSON.parse(file.text);
  } catch {
    return fromTree(file.text);
  }
  return fromComposerLayout(file.text, lock) ?? fromTree(file.text);
}

/**
 * Composer writes lockfiles indented by four spaces, so each package's `"name"` sits at twelve: a
 * regular expression finds them many times faster than a JSON scanner. Undefined when the file is laid
 * out otherwise (or holds odd entries), for the scanner to do it.
 */
function fromComposerLayout(text: string, lock: unknown): ParsedManifest | undefined {
  if (typeof lock !== 'object' || lock === null || Array.isArray(lock)) return undefined;
  const expected: { entry: LockedPackage & { name: string }; scope: DependencyScope }[] = [];
  const order = SECTIONS.map(([section]) => text.indexOf(`\n    "${section}": [`));
  if (order[1] !== -1 && order[0]! > order[1]!) return undefined;
  for (const [section, scope] of SECTIONS) {
    const list = (lock as Record<string, unknown>)[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return undefined;
    for (const entry of list as LockedPackage[]) {
      if (typeof entry?.name !== 'string') return undefined;
      expected.push({ entry: entry as LockedPackage & { name: string }, scope });
    }
  }
  const lines = new LineIndex(text);
  const dependencies: DeclaredDependency[] = [];
  const name = /\n {12}"name": "((?:[^"\\\n]|\\.)*)"/g;
  for (const { entry, scope } of expected) {
    const m = name.exec(text);
    if (!m || (m[1]!.includes('\\') ? JSON.parse(`"${m[1]}"`) : m[1]) !== entry.name) return undefined;
    dependencies.push(dependencyOf(entry, scope, lines.range(m.index + 22, m[1]!.length)));
  }
  return { dependencies, problems: [] };
}

/** Any layout, and broken files: jsonc-parser's tree, with what it recovers. */
function fromTree(text: string): ParsedManifest {
  const { object, lines, problems } = parseJsonObject(text, 'composer.lock');
  const dependencies: DeclaredDependency[] = [];
  for (const [section, scope] of SECTIONS) {
    const list = propertyValue(object, section);
    if (list?.type !== 'array') continue;
    for (const entry of list.children ?? []) {
      const nameNode = propertyValue(entry, 'name');
      const name = stringValue(nameNode);
      if (!name || !nameNode) {
        problems.push({ range: lines.range(entry.offset, 1), message: `An entry of "${section}" has no package name` });
        continue;
      }
      const licenseNode = propertyValue(entry, 'license');
      const distType = stringValue(propertyValue(propertyValue(entry, 'dist'), 'type'));
      const locked: LockedPackage & { name: string } = {
        name,
        version: stringValue(propertyValue(entry, 'version')),
        ...(licenseNode ? { license: nodeValue(licenseNode) } : {}),
        dist: { type: distType },
      };
      dependencies.push(dependencyOf(locked, scope, stringContentRange(nameNode, lines)));
    }
  }
  return { dependencies, problems };
}
