// Where installed gems live: Bundler's install path for the project, then $GEM_HOME and $GEM_PATH,
// then the usual places of user installs, version managers and system Rubies. Each such "gem
// directory" holds `specifications/<name>-<version>[-<platform>].gemspec` and `gems/<same>/`.
import { parse as parseYaml } from 'yaml';
import { memo, readText, type EngineContext } from '../../context';
import { joinPath } from '../../fs/paths';

type Env = EngineContext['env'];

/** A folder a variable names, when absolute (a relative one depends on a working directory we do not know). */
function absolute(value: string | undefined): string | undefined {
  return value?.startsWith('/') ? value.replace(/\/+$/, '') || '/' : undefined;
}

/**
 * Gem directories outside the project; `*` stands for any one folder (Ruby versions, ABIs). Each
 * tool's own variable moves its folder, as the tool reads it.
 */
function globalPatterns(env: Env, home: string | undefined): string[] {
  const inHome = (path: string) => (home ? `${home}/${path}` : undefined);
  const dataHome = absolute(env['XDG_DATA_HOME']) ?? inHome('.local/share');
  const places: [string | undefined, string][] = [
    [inHome('.gem'), 'ruby/*'],
    [dataHome, 'gem/ruby/*'],
    [absolute(env['RBENV_ROOT']) ?? inHome('.rbenv'), 'versions/*/lib/ruby/gems/*'],
    [absolute(env['rvm_path']) ?? inHome('.rvm'), 'gems/*'],
    [absolute(env['ASDF_DATA_DIR']) ?? inHome('.asdf'), 'installs/ruby/*/lib/ruby/gems/*'],
    [absolute(env['MISE_DATA_DIR']) ?? (dataHome && `${dataHome}/mise`), 'installs/ruby/*/lib/ruby/gems/*'],
    [inHome('.rubies'), '*/lib/ruby/gems/*'],
    ['/opt/rubies', '*/lib/ruby/gems/*'],
    ['/usr/lib/ruby/gems', '*'],
    ['/usr/local/lib/ruby/gems', '*'],
    ['/var/lib/gems', '*'],
    ['/opt/homebrew/lib/ruby/gems', '*'],
  ];
  return [
    ...[env['GEM_HOME'], ...(env['GEM_PATH'] ?? '').split(':')].flatMap((dir) => absolute(dir) ?? []),
    ...places.flatMap(([base, below]) => (base === undefined ? [] : [`${base}/${below}`])),
  ];
}

/**
 * Folders the RubyGems resolver reads outside the workspace: the gem directories, and Bundler's
 * install path and app config folder when the environment moves them out of the project.
 */
export function rubygemsCacheRoots(env: Env, home: string | undefined): string[] {
  const gemDirectories = globalPatterns(env, home).map((p) => p.split('/*')[0]!);
  const bundler = [env['BUNDLE_PATH'], env['BUNDLE_APP_CONFIG']].flatMap((dir) => absolute(dir) ?? []);
  return [...new Set([...gemDirectories, ...bundler])];
}

/** The folders matching a pattern whose `*` segments match any one folder. */
function expand(pattern: string, context: EngineContext): Promise<string[]> {
  return memo(context, `rubygems:expand:${pattern}`, async () => {
    let found = [''];
    for (const segment of pattern.split('/').slice(1)) {
      if (segment !== '*') {
        found = found.map((dir) => `${dir}/${segment}`);
        continue;
      }
      const next: string[] = [];
      for (const dir of found) {
        try {
          for (const entry of await context.fs.readDirectory(dir)) if (entry.kind === 'directory') next.push(`${dir}/${entry.name}`);
        } catch {
          // Not there (or not allowed): nothing installed in this place.
        }
      }
      found = next.sort();
    }
    return found;
  });
}

/**
 * Bundler's install path for the project, as Bundler reads its settings: the app's config
 * (`.bundle/config`, or `$BUNDLE_APP_CONFIG/config`) before $BUNDLE_PATH; else `vendor/bundle`.
 * Relative paths are the project's.
 */
async function bundlePath(directory: string, context: EngineContext): Promise<string> {
  const inProject = (path: string) => (path.startsWith('/') ? path : joinPath(directory, path));
  const appConfig = joinPath(inProject(context.env['BUNDLE_APP_CONFIG'] || '.bundle'), 'config');
  const path = (await configuredPath(appConfig, context)) ?? (context.env['BUNDLE_PATH'] || 'vendor/bundle');
  return inProject(path);
}

/** `BUNDLE_PATH` in a Bundler config file. */
async function configuredPath(file: string, context: EngineContext): Promise<string | undefined> {
  const text = await readText(context, file);
  try {
    const value = text === undefined ? undefined : (parseYaml(text) as Record<string, unknown> | null)?.['BUNDLE_PATH'];
    return typeof value === 'string' && value ? value : undefined;
  } catch {
    // A broken config file: Bundler would fail too; the next setting still applies.
    return undefined;
  }
}

/** Every gem directory for a project in `directory`, the project's own bundle first. */
export function gemDirectories(directory: string, context: EngineContext): Promise<readonly string[]> {
  return memo(context, `rubygems:gem-dirs:${directory}`, async () => {
    const bundle = await expand(`${await bundlePath(directory, context)}/ruby/*`, context);
    const global = await memo(context, 'rubygems:global-gem-dirs', async () => {
      const all: string[] = [];
      for (const pattern of globalPatterns(context.env, context.home)) all.push(...(await expand(pattern, context)));
      return all;
    });
    return [...new Set([...bundle, ...global])];
  });
}
