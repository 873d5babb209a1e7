// Where a crate comes from, and how the parsers hand that to the resolver (a dependency's `locator`).
// Locators reuse Cargo.lock's own `source` notation (`registry+…`, `sparse+…`, `git+…#commit`), so a
// lockfile's value passes through unchanged.

export type CrateSource =
  /** crates.io, the default registry. */
  | { readonly kind: 'crates-io' }
  /** An alternative registry named in the manifest (`registry = "my-reg"`), its index found in Cargo's config. */
  | { readonly kind: 'named-registry'; readonly name: string }
  /** A registry known by its index URL, protocol prefix included (`sparse+https://…`). */
  | { readonly kind: 'registry-index'; readonly index: string }
  /** A git repository; `rev` is the commit when a lockfile (or the manifest's `rev`) pins one. */
  | { readonly kind: 'git'; readonly url: string; readonly rev?: string }
  /** A crate on disk (a workspace member or a local crate): the project's own code. */
  | { readonly kind: 'path'; readonly path: string }
  /** `workspace = true`: the declaration is in the workspace root's `[workspace.dependencies]`. */
  | { readonly kind: 'workspace' };

const CRATES_IO_INDEXES = new Set([
  'registry+https://github.com/rust-lang/crates.io-index',
  'sparse+https://index.crates.io/',
]);

/** The locator for a source; crates.io needs none. */
export function locatorOf(source: CrateSource): string | undefined {
  switch (source.kind) {
    case 'crates-io':
      return undefined;
    case 'named-registry':
      return `registry:${source.name}`;
    case 'registry-index':
      return source.index;
    case 'git':
      return `git+${source.url}${source.rev ? `#${source.rev}` : ''}`;
    case 'path':
      return `path:${source.path}`;
    case 'workspace':
      return 'workspace';
  }
}

/** Reads a locator, or a Cargo.lock `source` value, back into a source. */
export function sourceOf(locator: string | undefined): CrateSource {
  if (locator === undefined || CRATES_IO_INDEXES.has(locator)) return { kind: 'crates-io' };
  if (locator === 'workspace') return { kind: 'workspace' };
  if (locator.startsWith('registry:')) return { kind: 'named-registry', name: locator.slice('registry:'.length) };
  if (locator.startsWith('path:')) return { kind: 'path', path: locator.slice('path:'.length) };
  if (locator.startsWith('git+')) {
    const hash = locator.indexOf('#');
    const url = (hash === -1 ? locator.slice(4) : locator.slice(4, hash)).replace(/\?.*$/, '');
    return hash === -1 ? { kind: 'git', url } : { kind: 'git', url, rev: locator.slice(hash + 1) };
  }
  return { kind: 'registry-index', index: locator };
}

/** An index URL as a source: crates.io's own index (git or sparse) is crates.io. */
export function indexSource(index: string): CrateSource {
  const prefixed = /^(registry|sparse)\+/.test(index) ? index : `registry+${index}`;
  return CRATES_IO_INDEXES.has(prefixed) ? { kind: 'crates-io' } : { kind: 'registry-index', index: prefixed };
}

/** The host Cargo names a registry's download folder after (`registry/src/<host>-<hash>`). */
export function indexHost(index: string): string | undefined {
  try {
    return new URL(index.replace(/^(registry|sparse)\+/, '')).hostname || undefined;
  } catch {
    return undefined;
  }
}
