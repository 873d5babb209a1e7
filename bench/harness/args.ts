// The harnesses' command-line options, `--name value`. Apart from engineHost.ts so that harnesses
// that need no engine (activation, identification) do not bundle it.

/** `--name value`, or undefined when the option is not given. */
export function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** `--name value`, or an error naming what is missing. */
export function argument(name: string): string {
  const value = option(name);
  if (value === undefined) throw new Error(`missing --${name}`);
  return value;
}
