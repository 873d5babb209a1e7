// Licence figures that need the generator's truth: LICENSE-text identification by Openness and by
// licensee, and the licences Openness and license-checker report for the installed packages.

/** licensee says NOASSERTION (or "other") when it recognises no licence. */
function licenseeId(spdx) {
  return !spdx || spdx === 'NOASSERTION' || spdx === 'other' ? null : spdx;
}

/** Openness and licensee on the same LICENSE files, each against the truth. */
export function identificationAgreement(files, openness, licensee) {
  const ours = new Map(openness.map((r) => [r.path, r.id]));
  const theirs = new Map(licensee.map((r) => [r.path, licenseeId(r.spdx)]));
  const rows = files.map((f) => ({ path: f.path, truth: f.truth, variant: f.variant, openness: ours.get(f.absolute) ?? null, licensee: theirs.get(f.absolute) ?? null }));
  const right = (answer, truth) => answer === truth;
  const disagreements = rows
    .filter((r) => r.openness !== r.licensee)
    .map((r) => ({ ...r, right: right(r.openness, r.truth) ? 'openness' : right(r.licensee, r.truth) ? 'licensee' : 'neither' }));
  const wrong = (who) => rows.filter((r) => !right(r[who], r.truth));
  const byVariant = (list) => Object.entries(list.reduce((acc, r) => ({ ...acc, [r.variant]: (acc[r.variant] ?? 0) + 1 }), {})).sort((a, b) => b[1] - a[1]);
  return {
    files: rows.length,
    agree: rows.length - disagreements.length,
    opennessCorrect: rows.length - wrong('openness').length,
    licenseeCorrect: rows.length - wrong('licensee').length,
    disagreementsRight: {
      openness: disagreements.filter((d) => d.right === 'openness').length,
      licensee: disagreements.filter((d) => d.right === 'licensee').length,
      neither: disagreements.filter((d) => d.right === 'neither').length,
    },
    opennessWrongByVariant: byVariant(wrong('openness')),
    licenseeWrongByVariant: byVariant(wrong('licensee')),
    disagreements,
  };
}

const plain = (expression) => expression.replace(/[()]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Whether a reported licence is right. `truth` is an SPDX expression, 'proprietary', or null for a
 * licence file that is no standard licence (a tool is right not to name the licence it resembles).
 */
function opennessRight(truth, finding) {
  if (!finding) return false;
  if (truth === 'proprietary') return finding.verdict === 'closed';
  if (truth === null) return finding.license === null || finding.license.startsWith('LicenseRef-');
  return finding.license !== null && plain(finding.license) === plain(truth);
}

function checkerRight(truth, entry) {
  if (!entry) return false;
  const reported = Array.isArray(entry.licenses) ? entry.licenses.join(' OR ') : String(entry.licenses);
  const value = reported.replace(/\*$/, ''); // "MIT*": guessed from the licence file
  if (truth === 'proprietary') return value === 'UNLICENSED' || value.startsWith('Custom:');
  if (truth === null) return value === 'UNKNOWN' || value.startsWith('Custom:');
  return plain(value) === plain(truth);
}

/** The installed packages' licences as Openness (JSON report) and license-checker (--json) give them. */
export function installedAccuracy(installed, opennessReport, checkerReport) {
  const findings = new Map();
  for (const f of opennessReport.findings) if (f.kind === 'package' && f.ecosystem === 'npm') findings.set(`${f.name}@${f.version}`, f);
  let opennessCorrect = 0;
  let checkerCorrect = 0;
  let opennessFound = 0;
  let checkerFound = 0;
  const misses = { openness: {}, checker: {} };
  for (const p of installed) {
    const key = `${p.name}@${p.version}`;
    const ours = findings.get(key);
    const theirs = checkerReport[key];
    if (ours) opennessFound++;
    if (theirs) checkerFound++;
    const label = typeof p.declared === 'string' ? p.declared : p.declared === null ? `no field (${p.truth ?? 'modified text'})` : 'legacy object/array';
    if (opennessRight(p.truth, ours)) opennessCorrect++;
    else misses.openness[label] = (misses.openness[label] ?? 0) + 1;
    if (checkerRight(p.truth, theirs)) checkerCorrect++;
    else misses.checker[label] = (misses.checker[label] ?? 0) + 1;
  }
  const sorted = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]);
  return {
    packages: installed.length,
    opennessFound,
    checkerFound,
    opennessCorrect,
    checkerCorrect,
    opennessMisses: sorted(misses.openness),
    checkerMisses: sorted(misses.checker),
    opennessReported: opennessReport.findings.filter((f) => f.kind === 'package').length,
    checkerReported: Object.keys(checkerReport).length,
  };
}
