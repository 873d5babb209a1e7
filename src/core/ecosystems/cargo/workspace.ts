// The Cargo workspace a package belongs to: the nearest Cargo.toml above it with a `[workspace]`
// table, when that workspace counts it as a member (`members` globs, minus `exclude`, or the
// package's own `package.workspace` key) — as Cargo decides it.
import { posix } from 'node:path';
import { memo, type EngineContext } from '../../context';
import { globToRegExp } from '../../fs/glob';
import { ancestorsWithin, joinPath } from '../../fs/paths';
import { readTomlFile } from './files';
import { readDependencyTable, type CrateDeclaration } from './manifest';
import { stringAt, tableAt, valueAt, type TomlTable } from '../../text/toml';

export interface CargoWorkspace {
  /** The folder of the workspace's root Cargo.toml. */
  readonly root: string;
  /** `[workspace.dependencies]`, by the key members inherit them by. */
  readonly dependencies: ReadonlyMap<string, CrateDeclaration>;
}

export function workspaceOf(dir: string, context: EngineContext): Promise<CargoWorkspace | undefined> {
  return memo(context, `cargo:workspace-of:${dir}`, async () => {
    for (const candidate of ancestorsWithin(context.root, dir)) {
      const document = await readTomlFile(joinPath(candidate, 'Cargo.toml'), context);
      const workspace = document && tableAt(document.root, 'workspace');
      if (!workspace) continue;
      if (candidate !== dir && !(await isMember(candidate, workspace, dir, context))) return undefined;
      const table = tableAt(workspace, 'dependencies');
      // Problems in the table are reported by the root manifest's own scan.
      const declarations = table ? readDependencyTable(table, () => undefined) : [];
      return { root: candidate, dependencies: new Map(declarations.map((d) => [d.key, d])) };
    }
    return undefined;
  });
}

async function isMember(root: string, workspace: TomlTable, dir: string, context: EngineContext): Promise<boolean> {
  const relative = posix.relative(root, dir);
  const patterns = (name: string) => {
    const list = valueAt(workspace, name);
    return list?.kind === 'array' ? list.items.flatMap((item) => (item.kind === 'string' ? [globToRegExp(item.value)] : [])) : [];
  };
  if (patterns('exclude').some((pattern) => pattern.test(relative))) return false;
  if (patterns('members').some((pattern) => pattern.test(relative))) return true;
  const own = await readTomlFile(joinPath(dir, 'Cargo.toml'), context);
  const pointer = own && stringAt(own.root, 'package', 'workspace')?.value;
  return pointer !== undefined && posix.join(dir, pointer) === root;
}
