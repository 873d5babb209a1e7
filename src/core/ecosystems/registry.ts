// Every package ecosystem Openness reads. Adding one: a folder beside this file, one line here.
import type { Ecosystem } from './ecosystem';
import { npm } from './npm';
import { python } from './python';

export const ECOSYSTEMS: readonly Ecosystem[] = [npm, python];

/** The ecosystem that reads `path` and as what, if any. */
export function ecosystemFor(path: string): { ecosystem: Ecosystem; role: 'manifest' | 'lockfile' } | undefined {
  for (const ecosystem of ECOSYSTEMS) {
    const role = ecosystem.roleOf(path);
    if (role) return { ecosystem, role };
  }
  return undefined;
}
