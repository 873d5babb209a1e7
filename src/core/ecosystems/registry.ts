// Every package ecosystem Openness reads. Adding one: a folder beside this file, one line here.
import type { Ecosystem, ManifestRole } from './ecosystem';
import { cargo } from './cargo';
import { composer } from './composer';
import { go } from './go';
import { maven } from './maven';
import { npm } from './npm';
import { nuget } from './nuget';
import { python } from './python';
import { rubygems } from './rubygems';

export const ECOSYSTEMS: readonly Ecosystem[] = [npm, python, cargo, go, maven, nuget, composer, rubygems];

/** The ecosystem that reads `path` and as what, if any. */
export function ecosystemFor(path: string): { ecosystem: Ecosystem; role: ManifestRole } | undefined {
  for (const ecosystem of ECOSYSTEMS) {
    const role = ecosystem.roleOf(path);
    if (role) return { ecosystem, role };
  }
  return undefined;
}
