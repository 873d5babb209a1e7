// The contract every package ecosystem implements (one folder each under src/core/ecosystems/,
// listed in registry.ts). The scanner and the surfaces only ever see this interface.
import type { EngineContext } from '../context';
import type { DependencyScope, EcosystemId, Evidence, SourceRange } from '../types';

/** A file's path (absolute, POSIX) and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** A problem in a file's syntax or content; the rest of the file keeps its results. */
export interface ParseProblem {
  /** Null when the problem has no place in the file. */
  readonly range: SourceRange | null;
  readonly message: string;
}

/** A dependency as a manifest or lockfile writes it. */
export interface DeclaredDependency {
  readonly name: string;
  /** The requirement as written (`^1.2.0`, `>=2,<3`), or the exact version a lockfile pins. */
  readonly spec: string | null;
  /** Where the dependency's name is written. */
  readonly range: SourceRange;
  readonly scope: DependencyScope;
  /** True when the project declares it itself; false for entries only a lockfile or tree lists. */
  readonly direct: boolean;
  /** A licence the file itself states for this package (package-lock.json, composer.lock …), raw. */
  readonly declaredLicense?: unknown;
  /**
   * Ecosystem-specific hint for the resolver: where the file says the package lives
   * (`node_modules/a/node_modules/b` in a package-lock.json, say).
   */
  readonly locator?: string;
}

export type ManifestRole = 'manifest' | 'lockfile';

export interface ParsedManifest {
  readonly dependencies: readonly DeclaredDependency[];
  readonly problems: readonly ParseProblem[];
}

/** What a resolver found about one dependency. */
export interface Resolution {
  /** The installed or locked version, when evidence shows one. */
  readonly version: string | null;
  /** The licence as an SPDX expression (LicenseRef-… otherwise), or null when nothing says. */
  readonly license: string | null;
  /** Every piece of evidence consulted that said something, most authoritative first. */
  readonly evidence: readonly Evidence[];
  /**
   * Set when the dependency turns out to be the project's own code (a workspace member, a path
   * dependency): it is then not reported. The value says why, for logs.
   */
  readonly internal?: string;
}

/** Finds licence evidence for the dependencies of files in one directory; caches as it likes. */
export interface Resolver {
  resolve(dependency: DeclaredDependency): Promise<Resolution>;
}

export interface Ecosystem {
  readonly id: EcosystemId;
  readonly displayName: string;
  /**
   * Folders this ecosystem's tools own (`node_modules`, `site-packages`, `target` …): read only as
   * evidence, never scanned as the project's own manifests or code.
   */
  readonly toolDirectories: readonly string[];
  /**
   * Whether this ecosystem reads the file at `path` (decided from the name alone), and as what.
   * A lockfile entry is not reported again when a manifest beside it declares the same package and
   * resolves to the same version: the manifest's line is where the user acts.
   */
  roleOf(path: string): ManifestRole | undefined;
  /**
   * Files to read in a folder that discovery does not enter, given the names in `directory`
   * (npm's `node_modules/.package-lock.json` when no lockfile sits beside package.json).
   */
  extraFiles?(directory: string, names: ReadonlySet<string>): readonly string[];
  /** Pure and synchronous: text in, declarations out. Never throws on bad input. */
  parse(file: SourceFile): ParsedManifest;
  /**
   * Folders outside the workspace this ecosystem's resolver reads (package caches such as
   * `~/.cargo/registry`), honouring the environment as the ecosystem's own tools do. The host allows
   * reads there and nowhere else outside the workspace.
   */
  cacheRoots?(env: Readonly<Record<string, string | undefined>>, home: string | undefined): readonly string[];
  /** A resolver for the manifests and lockfiles in `directory`. */
  createResolver(directory: string, context: EngineContext): Resolver;
}
