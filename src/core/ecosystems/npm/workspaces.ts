// npm/yarn `workspaces` and pnpm-workspace.yaml: the names of the monorepo's own packages, which
// are the project's code, not dependencies to judge.
import { parse as parseYaml } from 'yaml';
import { memo, readText, type EngineContext } from '../../context';
import { globToRegExp } from '../../fs/glob';
import { ancestorsWithin, displayPath, joinPath } from '../../fs/paths';

const NONE: ReadonlySet<string> = new Set();

/** Names of the workspace members of the monorepo `dir` belongs to (empty when it is not one). */
export function workspaceMemberNames(dir: string, context: EngineContext): Promise<ReadonlySet<string>> {
  return memo(context, `npm:workspace-of:${dir}`, async () => {
    for (const candidate of ancestorsWithin(context.root, dir)) {
      const patterns = await workspacePatterns(candidate, context);
      if (patterns) return memberNames(candidate, patterns, context);
    }
    return NONE;
  });
}

/** The workspace globs `dir` declares, if it is a monorepo's root; read once per folder. */
function workspacePatterns(dir: string, context: EngineContext): Promise<string[] | undefined> {
  return memo(context, `npm:workspace-patterns:${dir}`, () => readWorkspacePatterns(dir, context));
}

async function readWorkspacePatterns(dir: string, context: EngineContext): Promise<string[] | undefined> {
  const pnpm = await readText(context, joinPath(dir, 'pnpm-workspace.yaml'));
  if (pnpm !== undefined) {
    try {
      const packages = (parseYaml(pnpm) as { packages?: unknown } | null)?.packages;
      if (Array.isArray(packages)) return packages.filter((p): p is string => typeof p === 'string');
    } catch {
      /* a broken pnpm-workspace.yaml declares nothing we can use */
    }
  }
  const manifest = await readText(context, joinPath(dir, 'package.json'));
  if (manifest === undefined) return undefined;
  try {
    const workspaces = (JSON.parse(manifest) as { workspaces?: unknown }).workspaces;
    const list = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : undefined;
  } catch {
    return undefined;
  }
}

function memberNames(root: string, patterns: readonly string[], context: EngineContext): Promise<ReadonlySet<string>> {
  return memo(context, `npm:workspace-members:${root}`, async () => {
    const names = new Set<string>();
    for (const dir of await expandPatterns(root, patterns, context)) {
      const text = await readText(context, joinPath(dir, 'package.json'));
      try {
        const name = text && (JSON.parse(text) as { name?: unknown }).name;
        if (typeof name === 'string') names.add(name);
      } catch {
        /* not a member we can name */
      }
    }
    return names;
  });
}

/**
 * Expands the forms workspaces use in practice: `dir`, `dir/*`, `dir/*-suffix`, `dir/**` (three
 * levels deep); `!` excludes.
 */
async function expandPatterns(root: string, patterns: readonly string[], context: EngineContext): Promise<string[]> {
  const included = new Set<string>();
  const excluded = new Set<string>();
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = raw.replace(/^!/, '').replace(/^\.\//, '').replace(/\/$/, '');
    const target = negated ? excluded : included;
    const star = pattern.indexOf('*');
    if (star === -1) {
      target.add(joinPath(root, pattern));
      continue;
    }
    // List below the last folder before the wildcard; keep what the whole pattern matches.
    const matches = globToRegExp(pattern);
    const parent = joinPath(root, pattern.slice(0, Math.max(0, pattern.lastIndexOf('/', star))));
    const depth = pattern.includes('**') ? 3 : pattern.slice(star).split('/').length;
    for (const dir of await listDirectories(parent, depth, context)) {
      if (matches.test(displayPath(root, dir))) target.add(dir);
    }
  }
  return [...included].filter((dir) => !excluded.has(dir));
}

async function listDirectories(dir: string, depth: number, context: EngineContext): Promise<string[]> {
  if (depth === 0) return [];
  const entries = await context.fs.readDirectory(dir).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'directory' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = joinPath(dir, entry.name);
    out.push(path, ...(await listDirectories(path, depth - 1, context)));
  }
  return out;
}
