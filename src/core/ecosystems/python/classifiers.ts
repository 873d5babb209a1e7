// Trove licence classifiers (`License :: OSI Approved :: MIT License`) read as PEP 639's appendix
// "Mapping License Classifiers to SPDX Identifiers" says: a single classifier that names one licence
// maps to it; the classifiers that leave the version or variant open ("BSD License", "Apache Software
// License", "GPL" …) MUST NOT be mapped; several licence classifiers together say nothing about how
// they combine, so they are not mapped either, unless one is merely the parent of another.
// Classifier names from pypa/trove-classifiers.
import { PROPRIETARY } from '../../licenses';

/** Classifiers that name a licence family, not a licence (PEP 639 appendix). */
const AMBIGUOUS = new Set([
  'License :: OSI Approved :: Academic Free License (AFL)',
  'License :: OSI Approved :: Apache Software License',
  'License :: OSI Approved :: Apple Public Source License',
  'License :: OSI Approved :: Artistic License',
  'License :: OSI Approved :: BSD License',
  'License :: OSI Approved :: GNU Affero General Public License v3',
  'License :: OSI Approved :: GNU Free Documentation License (FDL)',
  'License :: OSI Approved :: GNU General Public License (GPL)',
  'License :: OSI Approved :: GNU General Public License v2 (GPLv2)',
  'License :: OSI Approved :: GNU General Public License v3 (GPLv3)',
  'License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)',
  'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)',
  'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)',
  'License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)',
]);

/** Classifiers that name no licence at all; ignored as PEP 639 allows. */
const GENERIC = new Set(['License :: OSI Approved', 'License :: DFSG approved']);

/**
 * Generic non-open grants ("Freeware", "Free for non-commercial use" …), which PEP 639 lets tools map
 * to `LicenseRef-Proprietary` with a warning: none of them grants open-source rights.
 */
const PROPRIETARY_CLASSIFIERS = new Set([
  'License :: Other/Proprietary License',
  'License :: Free For Educational Use',
  'License :: Free For Home Use',
  'License :: Free for non-commercial use',
  'License :: Freely Distributable',
  'License :: Free To Use But Restricted',
  'License :: Freeware',
]);

/** Classifiers that name exactly one licence. "Public Domain" is left to the licence module's naming. */
const MAPPED: ReadonlyMap<string, string> = new Map([
  ['License :: Aladdin Free Public License (AFPL)', 'Aladdin'],
  ['License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication', 'CC0-1.0'],
  ['License :: CeCILL-B Free Software License Agreement (CECILL-B)', 'CECILL-B'],
  ['License :: CeCILL-C Free Software License Agreement (CECILL-C)', 'CECILL-C'],
  ['License :: Nokia Open Source License (NOKOS)', 'Nokia'],
  ['License :: Public Domain', 'Public Domain'],
  ['License :: OSI Approved :: Attribution Assurance License', 'AAL'],
  ['License :: OSI Approved :: Blue Oak Model License (BlueOak-1.0.0)', 'BlueOak-1.0.0'],
  ['License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)', 'BSL-1.0'],
  ['License :: OSI Approved :: CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)', 'CECILL-2.1'],
  ['License :: OSI Approved :: CMU License (MIT-CMU)', 'MIT-CMU'],
  ['License :: OSI Approved :: Common Development and Distribution License 1.0 (CDDL-1.0)', 'CDDL-1.0'],
  ['License :: OSI Approved :: Common Public License', 'CPL-1.0'],
  ['License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)', 'EPL-1.0'],
  ['License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)', 'EPL-2.0'],
  ['License :: OSI Approved :: Educational Community License, Version 2.0 (ECL-2.0)', 'ECL-2.0'],
  ['License :: OSI Approved :: Eiffel Forum License', 'EFL-2.0'],
  ['License :: OSI Approved :: European Union Public Licence 1.0 (EUPL 1.0)', 'EUPL-1.0'],
  ['License :: OSI Approved :: European Union Public Licence 1.1 (EUPL 1.1)', 'EUPL-1.1'],
  ['License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)', 'EUPL-1.2'],
  ['License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)', 'AGPL-3.0-or-later'],
  ['License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)', 'GPL-2.0-or-later'],
  ['License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)', 'GPL-3.0-or-later'],
  ['License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)', 'LGPL-3.0-or-later'],
  ['License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)', 'HPND'],
  ['License :: OSI Approved :: IBM Public License', 'IPL-1.0'],
  ['License :: OSI Approved :: ISC License (ISCL)', 'ISC'],
  ['License :: OSI Approved :: MIT License', 'MIT'],
  ['License :: OSI Approved :: MIT No Attribution License (MIT-0)', 'MIT-0'],
  ['License :: OSI Approved :: MirOS License (MirOS)', 'MirOS'],
  ['License :: OSI Approved :: Motosoto License', 'Motosoto'],
  ['License :: OSI Approved :: Mozilla Public License 1.0 (MPL)', 'MPL-1.0'],
  ['License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)', 'MPL-1.1'],
  ['License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)', 'MPL-2.0'],
  ['License :: OSI Approved :: Mulan Permissive Software License v2 (MulanPSL-2.0)', 'MulanPSL-2.0'],
  ['License :: OSI Approved :: NASA Open Source Agreement v1.3 (NASA-1.3)', 'NASA-1.3'],
  ['License :: OSI Approved :: Nethack General Public License', 'NGPL'],
  ['License :: OSI Approved :: Nokia Open Source License', 'Nokia'],
  ['License :: OSI Approved :: Open Group Test Suite License', 'OGTSL'],
  ['License :: OSI Approved :: Open Software License 3.0 (OSL-3.0)', 'OSL-3.0'],
  ['License :: OSI Approved :: PostgreSQL License', 'PostgreSQL'],
  ['License :: OSI Approved :: Python License (CNRI Python License)', 'CNRI-Python'],
  ['License :: OSI Approved :: Python Software Foundation License', 'PSF-2.0'],
  ['License :: OSI Approved :: Qt Public License (QPL)', 'QPL-1.0'],
  ['License :: OSI Approved :: Ricoh Source Code Public License', 'RSCPL'],
  ['License :: OSI Approved :: SIL Open Font License 1.1 (OFL-1.1)', 'OFL-1.1'],
  ['License :: OSI Approved :: Sleepycat License', 'Sleepycat'],
  ['License :: OSI Approved :: Sun Public License', 'SPL-1.0'],
  ['License :: OSI Approved :: The Unlicense (Unlicense)', 'Unlicense'],
  ['License :: OSI Approved :: Universal Permissive License (UPL)', 'UPL-1.0'],
  ['License :: OSI Approved :: University of Illinois/NCSA Open Source License', 'NCSA'],
  ['License :: OSI Approved :: Vovida Software License 1.0', 'VSL-1.0'],
  ['License :: OSI Approved :: W3C License', 'W3C'],
  ['License :: OSI Approved :: Zero-Clause BSD (0BSD)', '0BSD'],
  ['License :: OSI Approved :: zlib/libpng License', 'Zlib'],
]);

export interface ClassifierReading {
  readonly classifier: string;
  /** The licence it names (an SPDX id, `LicenseRef-Proprietary`, "Public Domain") when it alone decides. */
  readonly license?: string;
  /** Why it says less than it seems to, or a caution about what it says, for the evidence. */
  readonly note?: string;
}

export interface ClassifierVerdict {
  /** The one licence the classifiers name, or undefined when they do not name exactly one. */
  readonly license?: string;
  /** Every licence classifier, in order, as read. */
  readonly readings: readonly ClassifierReading[];
}

export function readLicenseClassifiers(classifiers: readonly string[]): ClassifierVerdict {
  const licenseClassifiers = [...new Set(classifiers.filter((c) => c.startsWith('License ::')).map((c) => c.replace(/\s+/g, ' ').trim()))];
  // A parent (`License :: OSI Approved`) adds nothing to its child.
  const specific = licenseClassifiers.filter((c) => !GENERIC.has(c) && !licenseClassifiers.some((other) => other.startsWith(c + ' :: ')));
  const readings = licenseClassifiers.map((classifier): ClassifierReading => {
    if (!specific.includes(classifier)) return { classifier, note: 'names no licence' };
    if (AMBIGUOUS.has(classifier)) return { classifier, note: 'ambiguous per PEP 639: it does not say which version or variant' };
    if (specific.length > 1) return { classifier, note: 'one of several licence classifiers, which do not say how they combine' };
    if (PROPRIETARY_CLASSIFIERS.has(classifier)) return { classifier, license: PROPRIETARY, note: 'a generic classifier, read as proprietary as PEP 639 allows' };
    const named = MAPPED.get(classifier);
    return named ? { classifier, license: named } : { classifier, note: 'names no single SPDX licence' };
  });
  return { license: readings.find((r) => r.license)?.license, readings };
}
