// Glob patterns as users write them in settings (`**/fixtures/**`, `legacy/*.json`).

/** Compiles a glob to a regular expression over paths relative to the scanned folder. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  const pattern = glob.replace(/^\.\//, '').replace(/^\//, '');
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A pattern matches a path or anything beneath it, like .gitignore.
  return new RegExp(`^${source}(?:/.*)?$`);
}

export function compileGlobs(globs: readonly string[]): (relativePath: string) => boolean {
  const expressions = globs.filter((g) => g.trim()).map(globToRegExp);
  return (path) => expressions.some((e) => e.test(path));
}
