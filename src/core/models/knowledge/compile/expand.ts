// Brace expansion for match patterns: `Qwen/Qwen2.5-{7B,14B}{,-Instruct}` -> four exact ids.
// Alternatives nest; there are no other wildcards, so every pattern stays a finite list of exact keys.

/** Expands every `{a,b,…}` group; throws on unbalanced braces. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  const stray = pattern.indexOf('}');
  if (stray >= 0 && (open < 0 || stray < open)) throw new Error(`unbalanced "}" in pattern ${JSON.stringify(pattern)}`);
  if (open < 0) return [pattern];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) throw new Error(`unbalanced "{" in pattern ${JSON.stringify(pattern)}`);
  const head = pattern.slice(0, open);
  const tails = expandBraces(pattern.slice(close + 1));
  const bounds = [open, ...commas, close];
  const options = bounds.slice(1).flatMap((end, i) => expandBraces(pattern.slice(bounds[i] + 1, end)));
  return options.flatMap((option) => tails.map((tail) => head + option + tail));
}
