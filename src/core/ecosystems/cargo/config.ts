// Cargo's configuration, as far as finding crates needs it: the index URL of each alternative
// registry and the folders crates are vendored into. Read as Cargo does: `.cargo/config.toml` (or the
// older `.cargo/config`) in the folder and every parent, the nearest first, then $CARGO_HOME's own;
// `CARGO_REGISTRIES_<NAME>_INDEX` overrides them all.
import { memo, type EngineContext } from '../../context';
import { ancestorsWithin, dirname, joinPath } from '../../fs/paths';
import { readTomlFile } from './files';
import { cargoHome } from './home';
import { stringAt, tableAt } from '../../text/toml';

export interface CargoConfig {
  /** The index URL of the alternative registry `name`, when configured. */
  registryIndex(name: string): string | undefined;
  /** Folders that `[source.<name>] directory = "…"` replaces a source with (absolute). */
  readonly vendorDirectories: readonly string[];
}

export function cargoConfig(dir: string, context: EngineContext): Promise<CargoConfig> {
  return memo(context, `cargo:config:${dir}`, async () => {
    const files = ancestorsWithin(context.root, dir).flatMap((d) => [joinPath(d, '.cargo', 'config.toml'), joinPath(d, '.cargo', 'config')]);
    const home = cargoHome(context.env, context.home);
    if (home) files.push(joinPath(home, 'config.toml'), joinPath(home, 'config'));
    const registries = new Map<string, string>();
    const vendorDirectories: string[] = [];
    for (const file of files) {
      const document = await readTomlFile(file, context);
      if (!document) continue;
      // Paths in a config file are relative to the folder that holds its `.cargo` folder.
      const base = dirname(dirname(file));
      const declared = tableAt(document.root, 'registries');
      if (declared) {
        for (const [name, { value }] of declared.entries) {
          const index = value.kind === 'table' ? stringAt(value, 'index')?.value : undefined;
          if (index && !registries.has(name)) registries.set(name, index);
        }
      }
      const sources = tableAt(document.root, 'source');
      if (sources) {
        for (const { value } of sources.entries.values()) {
          const directory = value.kind === 'table' ? stringAt(value, 'directory')?.value : undefined;
          if (directory) vendorDirectories.push(directory.startsWith('/') ? directory : joinPath(base, directory));
        }
      }
    }
    return {
      registryIndex: (name: string) => context.env[`CARGO_REGISTRIES_${name.toUpperCase().replace(/-/g, '_')}_INDEX`] || registries.get(name),
      vendorDirectories,
    };
  });
}
