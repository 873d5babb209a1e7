// The licence module: normalising declared licences and licence URLs, identifying licence texts,
// classifying and judging licence expressions.
export type { Identification, LicenseTextIdentifier, LicenseTextsLoader, NormalizedLicense } from './types';
export { looksLikeLicenseText, normalizeDeclared, PROPRIETARY } from './normalize';
export { licenseFromUrl } from './licenseUrl';
export { combineExpressions } from './expression';
export { licenseFacts } from './catalog';
export { assessLicense } from './assess';
export { fromHuggingFaceLicense } from './huggingface';
export { createLicenseTextIdentifier } from './identify/identifier';
export { identifyLicenseFiles, readLicenseText, resolveDeclaredLicense, type LicenseEvidence } from './files';
