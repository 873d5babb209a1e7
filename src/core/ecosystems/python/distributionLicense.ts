// What an installed distribution says about its licence, most authoritative first:
//   1. `License-Expression:` (PEP 639), an SPDX expression;
//   2. `License:`, the legacy field: a short name ("Apache 2.0") normalised, or a whole licence text
//      identified against the SPDX texts;
//   3. the trove licence classifiers, only when they name exactly one licence (see classifiers.ts);
//   4. the licence files: those `License-File:` lists (in `licenses/` of the dist-info folder, or the
//      folder itself for older wheels), else the LICENSE/COPYING files in the metadata folder.
// A source whose licence the licence module recognises decides; an unrecognised name (a
// `LicenseRef-…` of free text) is kept only when no later source recognises one.
import type { EngineContext } from '../../context';
import { basename, displayPath, joinPath } from '../../fs/paths';
import { assessLicense, combineExpressions, identifyLicenseFiles, looksLikeLicenseText, normalizeDeclared, readLicenseText } from '../../licenses';
import type { Evidence } from '../../types';
import { readLicenseClassifiers } from './classifiers';
import type { CoreMetadata } from './coreMetadata';
import type { InstalledDistribution } from './environments';

export interface DistributionLicense {
  readonly expression: string | null;
  readonly evidence: readonly Evidence[];
}

/** setuptools writes this when no licence was given. */
const PLACEHOLDER = /^unknown$/i;

export async function licenseOfDistribution(
  context: EngineContext,
  distribution: InstalledDistribution,
  metadata: CoreMetadata,
): Promise<DistributionLicense> {
  const file = displayPath(context.root, distribution.metadataFile, context.home);
  const evidence: Evidence[] = [];
  let recognised: string | null = null;
  let unrecognised: string | null = null;
  const consider = (expression: string | null): void => {
    if (expression === null) return;
    if (assessLicense(expression).verdict !== 'unknown') recognised ??= expression;
    else unrecognised ??= expression;
  };

  if (metadata.licenseExpression) {
    const normalized = normalizeDeclared(metadata.licenseExpression);
    if (normalized.kind === 'expression') {
      consider(normalized.expression);
      evidence.push({ source: 'package-metadata', file, detail: `License-Expression: ${shown(normalized.declared, normalized.expression)}` });
    }
  }

  const license = metadata.license?.trim();
  if (license && !PLACEHOLDER.test(license) && recognised === null) {
    if (looksLikeLicenseText(license)) {
      const identification = await context.licenseTexts.identify(license);
      consider(identification.id);
      evidence.push({ source: 'package-metadata', file, detail: `License: licence text, ${identification.detail}` });
    } else {
      const normalized = normalizeDeclared(license);
      if (normalized.kind === 'expression') {
        consider(normalized.expression);
        evidence.push({ source: 'package-metadata', file, detail: `License: ${shown(normalized.declared, normalized.expression)}` });
      }
    }
  }

  const classifiers = readLicenseClassifiers(metadata.classifiers);
  const classified = classifiers.license === undefined ? undefined : normalizeDeclared(classifiers.license);
  if (classified?.kind === 'expression') consider(classified.expression);
  for (const reading of classifiers.readings) {
    const named = reading.license && classified?.kind === 'expression' ? ` → ${classified.expression}` : '';
    const says = named + (reading.note ? ` (${reading.note})` : '');
    evidence.push({ source: 'package-metadata', file, detail: `Classifier: ${reading.classifier}${says}` });
  }

  if (recognised === null) {
    const files = await licenseFiles(context, distribution, metadata.licenseFiles);
    consider(files.expression);
    evidence.push(...files.evidence);
  }
  return { expression: recognised ?? unrecognised, evidence };
}

/** `"Apache 2.0" → Apache-2.0`, or just `MIT` when nothing had to change. */
function shown(declared: string, expression: string): string {
  return declared.trim() === expression ? expression : `${JSON.stringify(declared.trim())} → ${expression}`;
}

/** The files `License-File:` lists, else the LICENSE/COPYING files of the metadata folder. */
function licenseFiles(context: EngineContext, distribution: InstalledDistribution, listed: readonly string[]): Promise<DistributionLicense> {
  if (listed.length) return listedLicenseFiles(context, distribution, listed);
  // An egg-info *file* sits directly in site-packages, whose other files are not its own.
  if (distribution.metadataFile === distribution.path) return Promise.resolve({ expression: null, evidence: [] });
  return identifyLicenseFiles(context, distribution.path);
}

/**
 * The files `License-File:` lists, identified. Identified licences combine with AND (every file the
 * distribution ships binds); files that match no known text (AUTHORS, NOTICE, which setuptools also
 * lists) are shown as evidence but do not stand in the way of the others.
 */
async function listedLicenseFiles(context: EngineContext, distribution: InstalledDistribution, listed: readonly string[]): Promise<DistributionLicense> {
  const ids: string[] = [];
  const evidence: Evidence[] = [];
  for (const relative of listed) {
    if (relative.split(/[\\/]/).includes('..')) continue;
    const found = await readFirst(context, [
      joinPath(distribution.path, 'licenses', relative),
      joinPath(distribution.path, relative),
      joinPath(distribution.path, basename(relative)),
    ]);
    if (!found) continue;
    const identification = await context.licenseTexts.identify(found.text);
    if (identification.id) ids.push(identification.id);
    evidence.push({ source: 'license-file', file: displayPath(context.root, found.path, context.home), detail: identification.detail });
  }
  return { expression: combineExpressions(ids, 'AND'), evidence };
}

/** The first of `paths` that holds a licence text. */
async function readFirst(context: EngineContext, paths: readonly string[]): Promise<{ path: string; text: string } | undefined> {
  for (const path of paths) {
    const text = await readLicenseText(context, path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}
