// Facts about licence ids: name, category, OSI approval, FSF libre, URL. Backed by the derived
// data/licenses.json (ScanCode LicenseDB categories, spdx-license-list OSI flags, curated overrides);
// its lookup tables are built on first use.
import type { LicenseCategory, LicenseFacts } from '../types';
import data from './data/licenses.json';

type Entry = readonly [name: string, category: LicenseCategory, flags: number, url?: string];
interface LicenseData {
  readonly licenses: Readonly<Record<string, Entry>>;
  readonly scancode: Readonly<Partial<Record<LicenseCategory, readonly string[]>>>;
}

const OSI = 1;
const FSF = 2;
const SCANCODE_PREFIX = 'LicenseRef-scancode-';

interface Catalog {
  readonly byId: ReadonlyMap<string, LicenseFacts>;
  readonly byLowerId: ReadonlyMap<string, string>;
  readonly families: ReadonlyMap<string, number>;
}

let catalog: Catalog | undefined;

function getCatalog(): Catalog {
  if (catalog) return catalog;
  const { licenses, scancode } = data as unknown as LicenseData;
  const byId = new Map<string, LicenseFacts>();
  for (const [id, [name, category, flags, url]] of Object.entries(licenses)) {
    const link = url ?? defaultUrl(id);
    byId.set(id, { id, name, category, osiApproved: (flags & OSI) !== 0, fsfLibre: (flags & FSF) !== 0, ...(link ? { url: link } : {}) });
  }
  for (const [category, keys] of Object.entries(scancode) as [LicenseCategory, readonly string[]][]) {
    for (const key of keys) {
      const id = SCANCODE_PREFIX + key;
      byId.set(id, { id, name: key, category, osiApproved: false, fsfLibre: false, url: scancodeUrl(key) });
    }
  }
  const byLowerId = new Map<string, string>();
  for (const id of byId.keys()) byLowerId.set(id.toLowerCase(), id);
  const families = new Map<string, number>();
  for (const id of byId.keys()) {
    // `-only`/`-or-later` spellings and deprecated bare ids name the same licence.
    if (id.startsWith('LicenseRef-') || /-(only|or-later)$/.test(id)) continue;
    const family = familyOf(id);
    families.set(family, (families.get(family) ?? 0) + 1);
  }
  catalog = { byId, byLowerId, families };
  return catalog;
}

function scancodeUrl(key: string): string {
  return `https://scancode-licensedb.aboutcode.org/${key.toLowerCase()}.html`;
}

/** SPDX ids have an SPDX page, LicenseDB ids a LicenseDB page; other LicenseRefs carry their own link. */
function defaultUrl(id: string): string | undefined {
  if (id.startsWith(SCANCODE_PREFIX)) return scancodeUrl(id.slice(SCANCODE_PREFIX.length));
  return id.startsWith('LicenseRef-') ? undefined : `https://spdx.org/licenses/${id}.html`;
}

/** The known id spelled like `id` ignoring case (`mit` → `MIT`), if any. */
export function knownIdIgnoringCase(id: string): string | undefined {
  return getCatalog().byLowerId.get(id.toLowerCase());
}

/** True for SPDX licence ids (including deprecated ones) and the LicenseRefs Openness knows. */
export function isKnownId(id: string): boolean {
  return getCatalog().byId.has(id);
}

/** `BSD-2-Clause` → `BSD`, `GPL-3.0-or-later` → `GPL`, `CC0-1.0` → `CC0`: the id without its version. */
function familyOf(id: string): string {
  return id.replace(/-v?\d.*$/i, '');
}

/** How many SPDX ids share `id`'s family (BSD-*: many; BSL-1.0: one), counting each variant once. */
export function familySize(id: string): number {
  const { families } = getCatalog();
  return families.get(familyOf(id)) ?? 0;
}

/**
 * Facts about one licence id. `GPL-2.0+`-style ids take the base licence's facts. Ids Openness does
 * not know (an unrecognised `LicenseRef-…`) have category `unknown`.
 */
export function licenseFacts(id: string): LicenseFacts {
  const { byId } = getCatalog();
  const known = byId.get(id);
  if (known) return known;
  if (id.endsWith('+')) {
    const base = byId.get(id.slice(0, -1));
    if (base) return { ...base, id, name: `${base.name} or later` };
  }
  return { id, name: id.replace(/^(DocumentRef-[^:]+:)?LicenseRef-/, ''), category: 'unknown', osiApproved: false, fsfLibre: false };
}
