// NuGet versions: which requirements name one version, and the normalised form the global packages
// folder uses for its directory names.

const EXACT = /^\[?\s*(v?\d+(?:\.\d+){0,3}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\s*\]?$/;

/**
 * The version a requirement names: `13.0.3`, `[13.0.3]` (a bare version is NuGet's minimum, which
 * restore picks when it exists). Undefined for ranges (`[1.0,2.0)`), floating (`6.*`) or `$(Property)`.
 */
export function exactVersion(spec: string | null | undefined): string | undefined {
  const written = spec?.trim() ?? '';
  const m = EXACT.exec(written);
  // `[1.0` or `1.0]` is no version at all.
  return m && written.startsWith('[') === written.endsWith(']') ? m[1]!.replace(/^v/, '') : undefined;
}

/**
 * NuGet's normalised version, lower case, as in `~/.nuget/packages/<id>/<version>/`: at least three
 * numeric parts without leading zeros, a zero fourth part dropped, no build metadata.
 */
export function normalizeNuGetVersion(version: string): string {
  const withoutMetadata = version.trim().split('+', 1)[0]!;
  const dash = withoutMetadata.indexOf('-');
  const core = dash === -1 ? withoutMetadata : withoutMetadata.slice(0, dash);
  const release = dash === -1 ? '' : withoutMetadata.slice(dash);
  const parts = core.split('.');
  if (!parts.every((p) => /^\d+$/.test(p))) return version.trim().toLowerCase();
  const numbers = parts.map((p) => String(Number(p)));
  while (numbers.length < 3) numbers.push('0');
  if (numbers.length === 4 && numbers[3] === '0') numbers.pop();
  return (numbers.join('.') + release).toLowerCase();
}

/** Orders normalised NuGet versions: numeric parts, then a release above its pre-releases. */
export function compareNuGetVersions(a: string, b: string): number {
  const [coreA, preA = ''] = splitRelease(a);
  const [coreB, preB = ''] = splitRelease(b);
  const pa = coreA.split('.').map(Number);
  const pb = coreB.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  if (preA === preB) return 0;
  if (!preA) return 1;
  if (!preB) return -1;
  return preA < preB ? -1 : 1;
}

function splitRelease(version: string): [string, string?] {
  const dash = version.indexOf('-');
  return dash === -1 ? [version] : [version.slice(0, dash), version.slice(dash + 1)];
}
