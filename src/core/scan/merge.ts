// Puts the files' results together into one workspace result.
import { isInside } from '../fs/paths';
import { bindServices } from '../models/serviceBound';
import type { Finding, PackageFinding, ScanError } from '../types';
import { projectFolderOf } from './discover';
import type { FileScan } from './scanFile';

export interface MergedResult {
  readonly findings: readonly Finding[];
  readonly errors: readonly ScanError[];
}

/**
 * Lockfile entries are dropped where a manifest in the lockfile's folder (or below it, for
 * workspaces) already reports the same package: the manifest's line is where the user acts. Then
 * service-bound SDK packages learn which models the project calls through them.
 */
export function mergeFileScans(scans: Iterable<FileScan>, isLockfile: (path: string) => boolean): MergedResult {
  const all = [...scans];
  const declared: { dir: string; finding: PackageFinding }[] = [];
  for (const scan of all) {
    if (isLockfile(scan.path)) continue;
    for (const finding of scan.findings) if (finding.kind === 'package') declared.push({ dir: projectFolderOf(scan.path), finding });
  }
  const byName = new Map<string, { dir: string; finding: PackageFinding }[]>();
  for (const entry of declared) {
    const key = `${entry.finding.ecosystem}:${entry.finding.name}`;
    const list = byName.get(key);
    if (list) list.push(entry);
    else byName.set(key, [entry]);
  }
  const findings: Finding[] = [];
  const errors: ScanError[] = [];
  for (const scan of all) {
    errors.push(...scan.errors);
    if (!isLockfile(scan.path)) {
      findings.push(...scan.findings);
      continue;
    }
    const dir = projectFolderOf(scan.path);
    for (const finding of scan.findings) {
      if (finding.kind === 'package') {
        const reported = byName.get(`${finding.ecosystem}:${finding.name}`)?.some(
          (m) => isInside(dir, m.dir) && (finding.direct || m.finding.version === finding.version),
        );
        if (reported) continue;
      }
      findings.push(finding);
    }
  }
  return { findings: bindServices(findings), errors };
}
