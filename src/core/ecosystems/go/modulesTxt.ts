// vendor/modules.txt, written by `go mod vendor`: which module versions the vendor folder holds.
//   # github.com/BurntSushi/toml v1.3.2
//   ## explicit; go 1.16
//   github.com/BurntSushi/toml
//   # example.com/old v1.0.0 => example.com/new v1.2.0
import type { GoReplacementTarget } from './goMod';

export interface VendoredModule {
  readonly version: string | null;
  readonly replacement?: GoReplacementTarget;
}

/** Vendored modules by path (the path packages are imported by, which is also their vendor folder). */
export function parseModulesTxt(text: string): ReadonlyMap<string, VendoredModule> {
  const modules = new Map<string, VendoredModule>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('# ')) continue;
    const fields = line.slice(2).trim().split(/\s+/);
    const arrow = fields.indexOf('=>');
    const left = arrow === -1 ? fields : fields.slice(0, arrow);
    const right = arrow === -1 ? [] : fields.slice(arrow + 1);
    if (left.length < 1 || left.length > 2) continue;
    const replacement: GoReplacementTarget | undefined =
      right.length === 2 ? { kind: 'module', path: right[0], version: right[1] } : right.length === 1 ? { kind: 'directory', path: right[0] } : undefined;
    modules.set(left[0], { version: left[1] ?? null, ...(replacement ? { replacement } : {}) });
  }
  return modules;
}
