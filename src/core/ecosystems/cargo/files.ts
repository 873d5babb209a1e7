// Reads shared by the Cargo resolver's parts, each done once per scan: TOML files and folder listings.
import { memo, readText, type EngineContext } from '../../context';
import type { DirEntry } from '../../fs/fileSystem';
import { parseToml, type TomlDocument } from '../../text/toml';

/** A TOML file read and parsed, or undefined when it cannot be read. */
export function readTomlFile(path: string, context: EngineContext): Promise<TomlDocument | undefined> {
  return memo(context, `cargo:toml:${path}`, async () => {
    const text = await readText(context, path);
    return text === undefined ? undefined : parseToml(text);
  });
}

/** A folder's sub-folders, or none when it cannot be read. */
export function listDirectories(path: string, context: EngineContext): Promise<readonly DirEntry[]> {
  return memo(context, `cargo:dirs:${path}`, async () => {
    try {
      return (await context.fs.readDirectory(path)).filter((entry) => entry.kind === 'directory');
    } catch {
      return [];
    }
  });
}
