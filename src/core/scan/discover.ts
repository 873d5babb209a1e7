// Finds the files a workspace scan reads: package manifests and lockfiles anywhere in the workspace,
// and the files model detectors read. Folders that package managers and tools own (node_modules,
// virtualenvs, vendor trees, .git) are evidence, never the project: they are not walked.
import type { EngineContext } from '../context';
import type { Ecosystem, ManifestRole } from '../ecosystems/ecosystem';
import { ECOSYSTEMS, ecosystemFor } from '../ecosystems/registry';
import type { ModelDetector } from '../models/detector';
import { detectorsFor } from '../models/detectors/registry';
import { compileGlobs } from '../fs/glob';
import { basename, dirname, displayPath } from '../fs/paths';

const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn', '.vscode-test', '__pycache__', '.cache', '.idea']);

export interface DiscoveredFile {
  readonly path: string;
  /** Set when a package ecosystem reads the file. */
  readonly manifest?: { readonly ecosystem: Ecosystem; readonly role: ManifestRole };
  /** The model detectors that read the file (may be empty). */
  readonly detectors: readonly ModelDetector[];
  /** Read only if it exists (files an ecosystem asked for without seeing them). */
  readonly optional?: boolean;
}

export interface DiscoverOptions {
  /** Globs relative to the scanned folder. */
  readonly exclude?: readonly string[];
  readonly packages?: boolean;
  readonly models?: boolean;
  /** Stop after this many files (a guard for enormous trees). */
  readonly maxFiles?: number;
}

export interface Discovery {
  readonly files: readonly DiscoveredFile[];
  /** Folders that could not be read, and whether the file limit cut the walk short. */
  readonly unreadable: readonly string[];
  readonly truncated: boolean;
}

const toolDirectories = new Set(ECOSYSTEMS.flatMap((e) => e.toolDirectories));

/**
 * Whether a path (relative to the scanned folder) is the project's own, as discovery would walk it:
 * not inside .git, node_modules, a virtualenv folder or another tool's folder, and not excluded.
 */
export function isProjectPath(relativePath: string, exclude: readonly string[] = []): boolean {
  const segments = relativePath.split('/');
  segments.pop();
  if (segments.some((s) => ALWAYS_SKIPPED.has(s) || toolDirectories.has(s))) return false;
  return !compileGlobs(exclude)(relativePath);
}

/**
 * The project folder a file belongs to: its own folder, or — for a file an ecosystem keeps inside its
 * tool's folder (npm's `node_modules/.package-lock.json`) — the folder holding that tool folder.
 */
export function projectFolderOf(path: string): string {
  let dir = dirname(path);
  while (toolDirectories.has(basename(dir))) dir = dirname(dir);
  return dir;
}

export function classify(path: string, options: Pick<DiscoverOptions, 'packages' | 'models'> = {}): DiscoveredFile | undefined {
  const manifest = options.packages === false ? undefined : ecosystemFor(path);
  // A manifest can name models too (pyproject.toml's [tool.*] sections): detectors decide for themselves.
  const detectors = options.models === false ? [] : detectorsFor(path);
  return manifest || detectors.length ? { path, manifest, detectors } : undefined;
}

export async function discover(context: EngineContext, options: DiscoverOptions = {}): Promise<Discovery> {
  const excluded = options.exclude?.length ? compileGlobs(options.exclude) : undefined;
  // Walked paths are built by concatenation (the root is normalised): the walk visits every entry.
  const prefix = context.root === '/' ? '/' : context.root + '/';
  const maxFiles = options.maxFiles ?? 200_000;
  const files: DiscoveredFile[] = [];
  const unreadable: string[] = [];
  let truncated = false;
  const queue: string[] = [context.root];
  for (let next = 0; next < queue.length && !truncated; next++) {
    const dir = queue[next];
    await context.checkpoint();
    let entries;
    try {
      entries = await context.fs.readDirectory(dir);
    } catch {
      unreadable.push(displayPath(context.root, dir, context.home));
      continue;
    }
    const names = new Set(entries.map((e) => e.name));
    // A virtualenv announces itself with pyvenv.cfg, whatever its folder is called.
    if (dir !== context.root && names.has('pyvenv.cfg')) continue;
    const base = dir === '/' ? '/' : dir + '/';
    for (const entry of entries) {
      const path = base + entry.name;
      if (excluded?.(path.slice(prefix.length))) continue;
      if (entry.kind === 'directory') {
        // Symbolic links to folders are not followed: they loop, or lead outside the workspace.
        if (!entry.symlink && !ALWAYS_SKIPPED.has(entry.name) && !toolDirectories.has(entry.name)) queue.push(path);
      } else if (entry.kind === 'file') {
        const file = classify(path, options);
        if (file) files.push(file);
        if (files.length >= maxFiles) {
          truncated = true;
          break;
        }
      }
    }
    if (options.packages !== false) {
      for (const ecosystem of ECOSYSTEMS) {
        for (const extra of ecosystem.extraFiles?.(dir, names) ?? []) {
          const role = ecosystem.roleOf(extra);
          if (role) files.push({ path: extra, manifest: { ecosystem, role }, detectors: [], optional: true });
        }
      }
    }
  }
  return { files, unreadable, truncated };
}
