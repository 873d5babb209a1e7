// An installed package's .nuspec: its licence as an SPDX expression, a file in the package, or (legacy)
// a URL, in that order of authority.
import { readText, type EngineContext } from '../../context';
import { displayPath, isInside, joinPath } from '../../fs/paths';
import { identifyLicenseFiles, licenseFromUrl, normalizeDeclared } from '../../licenses';
import { child, parseXml } from '../../text/xml';
import type { Evidence } from '../../types';

/** What NuGet writes as licenseUrl when a package declares `<license>`: it says nothing. */
const DEPRECATED_LICENSE_URL = /^https?:\/\/aka\.ms\/deprecatelicenseurl\/?$/i;

export interface NuspecLicense {
  readonly expression: string | null;
  readonly evidence: readonly Evidence[];
}

/** Reads the licence of the package unpacked in `packageDir`, whose .nuspec is `nuspecPath`. */
export async function nuspecLicense(context: EngineContext, packageDir: string, nuspecPath: string): Promise<NuspecLicense | undefined> {
  const text = await readText(context, nuspecPath);
  if (text === undefined) return undefined;
  const metadata = child(parseXml(text).root, 'metadata');
  const file = displayPath(context.root, nuspecPath, context.home);
  const evidence: Evidence[] = [];
  const license = child(metadata, 'license');
  const type = license?.attributes['type'];

  if (license?.text && type === 'expression') {
    const normalized = normalizeDeclared(license.text);
    if (normalized.kind === 'expression') {
      return { expression: normalized.expression, evidence: [{ source: 'package-metadata', file, detail: `<license type="expression">${license.text}</license>` }] };
    }
  }
  if (license?.text && type === 'file') {
    evidence.push({ source: 'package-metadata', file, detail: `<license type="file">${license.text}</license>` });
    const target = joinPath(packageDir, license.text.replace(/\\/g, '/'));
    const licenseText = isInside(packageDir, target) ? await readText(context, target) : undefined;
    if (licenseText !== undefined) {
      const identified = await context.licenseTexts.identify(licenseText);
      evidence.push({ source: 'license-file', file: displayPath(context.root, target, context.home), detail: identified.detail });
      // The package names this file as its licence: an unrecognised text stays unknown, whatever else is there.
      return { expression: identified.id, evidence };
    }
  }
  const url = child(metadata, 'licenseUrl')?.text;
  if (url && !DEPRECATED_LICENSE_URL.test(url)) {
    evidence.push({ source: 'package-metadata', file, detail: `<licenseUrl>${url}</licenseUrl>` });
    const fromUrl = licenseFromUrl(url);
    if (fromUrl) return { expression: fromUrl, evidence };
  }
  // Nothing the nuspec says is conclusive: the licence files the package ships may be.
  const files = await identifyLicenseFiles(context, packageDir);
  return { expression: files.expression, evidence: [...evidence, ...files.evidence] };
}
