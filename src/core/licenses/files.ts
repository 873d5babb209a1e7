// Licence evidence from a package's own files: its declared licence (normalised, following
// `SEE LICENSE IN <file>`), and its LICENSE/COPYING files identified against the SPDX texts.
import type { EngineContext } from '../context';
import { decodeText, looksBinary } from '../fs/fileSystem';
import { displayPath, joinPath } from '../fs/paths';
import type { Evidence } from '../types';
import { assessLicense } from './assess';
import { combineExpressions } from './expression';
import { licenseRefFor, looksLikeLicenseText, normalizeDeclared, PROPRIETARY } from './normalize';

export interface LicenseEvidence {
  readonly expression: string | null;
  readonly evidence: Evidence[];
}

const MAX_LICENSE_FILE_BYTES = 256 * 1024;
/** LICENSE, LICENCE.md, COPYING.LESSER, UNLICENSE, LICENSE-MIT, license.txt … in any case. */
const LICENSE_FILE = /^(?:un)?licen[cs]e(?:[-._][\w.+-]*)?$|^copying(?:[-._][\w.+-]*)?$/i;
/** Source and data files that merely share the name (license.js, LICENSE.json …). */
const NOT_A_TEXT = /\.(?:[cm]?[jt]sx?|json|html?|xml|ya?ml|toml|py|rb|go|rs|java|kt|cs|php|c|h|cpp|sh|map|css|svg|png|jpe?g|gif)$/i;
/** A licence file this short is a licence name ("MIT"), not a licence text. */
const MAX_NAME_FILE_CHARS = 80;

/** True for file names that hold licence texts by convention. */
export function isLicenseFileName(name: string): boolean {
  return LICENSE_FILE.test(name) && !NOT_A_TEXT.test(name);
}

/**
 * Identifies every licence file directly in `directory`. Several files combine with AND: every file
 * a package ships binds. That includes Rust's LICENSE-MIT + LICENSE-APACHE convention, which usually
 * means "MIT OR Apache-2.0" — the files alone do not say so, and AND is the conservative reading (the
 * verdict is the same when both are open; the manifest's own expression, when present, wins).
 * A file that matches no known text contributes `LicenseRef-unidentified-<file name>`.
 */
export async function identifyLicenseFiles(context: EngineContext, directory: string): Promise<LicenseEvidence> {
  let names: string[];
  try {
    names = (await context.fs.readDirectory(directory)).filter((e) => e.kind === 'file' && isLicenseFileName(e.name)).map((e) => e.name);
  } catch {
    return { expression: null, evidence: [] };
  }
  const expressions: string[] = [];
  const evidence: Evidence[] = [];
  for (const name of names.sort()) {
    const path = joinPath(directory, name);
    const text = await readLicenseText(context, path);
    if (text === undefined) continue;
    const found = await identifyText(context, text, licenseRefFor(`unidentified-${name}`));
    expressions.push(found.expression);
    evidence.push({ source: 'license-file', file: displayPath(context.root, path, context.home), detail: found.detail });
  }
  return { expression: combineExpressions(expressions, 'AND'), evidence };
}

/** A licence file's text; undefined when it is missing, not a file, over 256 KiB or binary. */
export async function readLicenseText(context: EngineContext, path: string): Promise<string | undefined> {
  try {
    const bytes = await context.fs.readFile(path, { maxBytes: MAX_LICENSE_FILE_BYTES });
    return looksBinary(bytes) ? undefined : decodeText(bytes);
  } catch {
    return undefined;
  }
}

/** A licence text (or, when it is just a line like "MIT", a licence name) → expression + detail. */
async function identifyText(context: EngineContext, text: string, fallback: string): Promise<{ expression: string; detail: string }> {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_NAME_FILE_CHARS && !trimmed.includes('\n')) {
    const named = normalizeDeclared(trimmed);
    if (named.kind === 'expression' && assessLicense(named.expression).verdict !== 'unknown') {
      return { expression: named.expression, detail: `names ${named.expression}` };
    }
  }
  const identification = await context.licenseTexts.identify(text);
  if (!identification.id && isProprietaryNotice(text)) {
    return { expression: PROPRIETARY, detail: 'a proprietary notice ("all rights reserved"), granting no licence' };
  }
  return { expression: identification.id ?? fallback, detail: identification.detail };
}

const RESERVED = /\ball rights reserved\b|\bproprietary and confidential\b|\bunauthori[sz]ed (?:copying|use|distribution)\b/i;
/**
 * Phrases of a grant: a text with any of them licenses something, however oddly, so it is not judged
 * here. ("Without the express written permission" is a refusal, not a grant.)
 */
const GRANTS = /\bpermission is (?:hereby )?granted\b|\bhereby grants?\b|\bare permitted\b|\bis permitted\b|\blicen[cs]ed under\b|\bredistribution and use\b|\bfree of charge\b|\byou may (?:use|copy|modify|distribute|redistribute)\b/i;

/**
 * A text that matches no licence, reserves all rights and grants nothing is a proprietary notice
 * (`Copyright ACME. All rights reserved. Unauthorized copying is prohibited.`): closed, not unknown.
 */
function isProprietaryNotice(text: string): boolean {
  return RESERVED.test(text) && !GRANTS.test(text);
}

/** `SEE LICENSE IN <file>` may only point inside the package. */
function insidePackage(file: string): boolean {
  return !/^(?:[\\/]|[a-z]:)/i.test(file) && !file.split(/[\\/]/).includes('..');
}

/**
 * The common resolver step: what a package's metadata declares (`raw`, as found in `metadataFile`),
 * normalised; `SEE LICENSE IN <file>` followed inside `packageDir`; a whole licence text identified.
 * When nothing is declared, or only something unrecognised ("BSD", a custom name), the package's
 * licence files are identified and, if they say more, decide.
 */
export async function resolveDeclaredLicense(
  context: EngineContext,
  raw: unknown,
  where: { readonly packageDir: string; readonly metadataFile: string; readonly field?: string },
): Promise<LicenseEvidence> {
  const file = displayPath(context.root, where.metadataFile, context.home);
  const field = where.field ?? 'license';
  const evidence: Evidence[] = [];

  // A whole licence text as the declared value (Python's `License:` often is one).
  if (typeof raw === 'string' && looksLikeLicenseText(raw)) {
    const identification = await context.licenseTexts.identify(raw);
    if (identification.id) {
      return { expression: identification.id, evidence: [{ source: 'package-metadata', file, detail: `${field}: licence text, ${identification.detail}` }] };
    }
  }

  const normalized = normalizeDeclared(raw);
  let declared: string | null = null;
  if (normalized.kind === 'expression') {
    declared = normalized.expression;
    const shown = JSON.stringify(normalized.declared.length > 80 ? normalized.declared.slice(0, 77) + '…' : normalized.declared);
    evidence.push({ source: 'package-metadata', file, detail: `${field}: ${shown}${normalized.corrected ? ` → ${declared}` : ''}` });
  } else if (normalized.kind === 'file-reference') {
    declared = licenseRefFor(normalized.declared);
    if (!insidePackage(normalized.file)) {
      evidence.push({ source: 'package-metadata', file, detail: `${field}: ${JSON.stringify(normalized.declared)}: outside the package, not read` });
    } else {
      const path = joinPath(where.packageDir, normalized.file);
      const text = await readLicenseText(context, path);
      if (text === undefined) {
        evidence.push({ source: 'package-metadata', file, detail: `${field}: ${JSON.stringify(normalized.declared)}: file not found` });
      } else {
        const found = await identifyText(context, text, declared);
        declared = found.expression;
        evidence.push({ source: 'package-metadata', file, detail: `${field}: ${JSON.stringify(normalized.declared)}` });
        evidence.push({ source: 'license-file', file: displayPath(context.root, path, context.home), detail: found.detail });
      }
    }
  }

  if (declared !== null && assessLicense(declared).verdict !== 'unknown') return { expression: declared, evidence };
  const files = await identifyLicenseFiles(context, where.packageDir);
  const filesSayMore = files.expression !== null && (declared === null || assessLicense(files.expression).verdict !== 'unknown');
  const shown = new Set(evidence.map((e) => e.file));
  return { expression: filesSayMore ? files.expression : declared, evidence: [...evidence, ...files.evidence.filter((e) => !shown.has(e.file))] };
}
