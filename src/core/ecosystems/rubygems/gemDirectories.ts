// Where installed gems live: Bundler's install path for the project, then $GEM_HOME and $GEM_PATH,
// then the usual places of user installs, version managers and system Rubies. Each such "gem
// directory" holds `specifications/<name>-<version>[-<platform>].gemspec` and `gems/<same>/`.
import { parse as parseYaml } from 'yaml';
import { memo, type EngineContext } from '../../context';
import { readTextIfExists } from '../../fs/fileSystem';
import { joinPath } from '../../fs/paths';

type Env = Readonly<Record<string, string | undefined>>;

/** Gem directories outside the project; `*` stands for any one folder (Ruby versions, ABIs). */
function globalPatterns(env: Env, home: string | undefined): string[] {
  const patterns: string[] = [];
  if (env['GEM_HOME']?.startsWith('/')) patterns.push(env['GEM_HOME']);
  for (const dir of (env['GEM_PATH'] ?? '').split(':')) if (dir.startsWith('/')) patterns.push(dir);
  if (home) {
    patterns.push(
      `${home}/.gem/ruby/*`,
      `${home}/.local/share/gem/ruby/*`,
      `${home}/.rbenv/versions/*/lib/ruby/gems/*`,
      `${home}/.rvm/gems/*`,
      `${home}/.asdf/installs/ruby/*/lib/ruby/gems/*`,
      `${home}/.local/share/mise/installs/ruby/*/lib/ruby/gems/*`,
      `${home}/.rubies/*/lib/ruby/gems/*`,
    );
  }
  patterns.push('/usr/lib/ruby/gems/*', '/usr/local/lib/ruby/gems/*', '/var/lib/gems/*', '/opt/homebrew/lib/ruby/gems/*');
  return patterns.map((p) => p.replace(/\/+$/, ''));
}

/** Folders the RubyGems resolver reads outside the workspace. */
export function rubygemsCacheRoots(env: Env, home: string | undefined): string[] {
  return [...new Set(globalPatterns(env, home).map((p) => p.split('/*')[0]!))];
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

/** Bundler's install path for the project: $BUNDLE_PATH, else `.bundle/config`'s, else `vendor/bundle`. */
async function bundlePath(directory: string, context: EngineContext): Promise<string> {
  const fromEnv = context.env['BUNDLE_PATH'];
  let configured = fromEnv;
  if (!configured) {
    const text = await readTextIfExists(context.fs, joinPath(directory, '.bundle', 'config'));
    try {
      const value = text === undefined ? undefined : (parseYaml(text) as Record<string, unknown> | null)?.['BUNDLE_PATH'];
      if (typeof value === 'string') configured = value;
    } catch {
      // A broken config file: Bundler would fail too; the default still applies.
    }
  }
  const path = configured ?? 'vendor/bundle';
  return path.startsWith('/') ? path : joinPath(directory, path);
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
