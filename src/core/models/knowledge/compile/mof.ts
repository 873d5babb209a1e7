// Model Openness Framework classes, computed from a record's components (the records do not store them).
// A component counts when the record includes it under a licence open for its content type
// (mof-open-licenses.json); code, and the trained parameters, also count under any OSI-approved licence,
// as the framework asks of them. Classes are cumulative: Class II needs every required component of
// Classes III and II, Class I every required component.
import type { MofClass } from '../../../types';
import { isOsiApproved } from './verdict';

export type ContentType = 'code' | 'data' | 'document';

export interface MofFramework {
  readonly components: readonly { readonly name: string; readonly class: 1 | 2 | 3; readonly contentType: ContentType; readonly required: boolean }[];
  readonly openLicenses: Readonly<Record<ContentType, readonly string[]>>;
}

export interface MofRecord {
  readonly name: string;
  readonly licenses: Readonly<Partial<Record<'distribution' | ContentType, string>>>;
  readonly components: readonly { readonly name: string; readonly license?: string }[];
}

/** Markers the derivation writes where a record states no usable licence. */
export const UNLICENSED = 'unlicensed';
export const NOT_INCLUDED = 'not-included';
export const PROPRIETARY = 'proprietary';

const PARAMETERS = new Set(['Model parameters (Final)', 'Model parameters (Intermediate)']);

export interface MofEvaluation {
  readonly mofClass: MofClass;
  /** Included component -> effective licence (null: included without one). */
  readonly components: Readonly<Record<string, string | null>>;
  /** Included components whose licence is open for their type. */
  readonly open: ReadonlySet<string>;
}

export function evaluateMof(record: MofRecord, framework: MofFramework): MofEvaluation {
  const types = new Map(framework.components.map((c) => [c.name, c.contentType]));
  const components: Record<string, string | null> = {};
  const open = new Set<string>();
  for (const component of record.components) {
    const type = types.get(component.name);
    if (!type) throw new Error(`unknown MOF component "${component.name}" in ${record.name}`);
    const stated = component.license ?? record.licenses[type] ?? record.licenses.distribution ?? UNLICENSED;
    if (stated === NOT_INCLUDED) continue;
    const license = stated === UNLICENSED ? null : stated;
    components[component.name] = license;
    if (license !== null && isOpenFor(component.name, type, license, framework)) open.add(component.name);
  }
  const meets = (cls: 1 | 2 | 3) =>
    framework.components.every((c) => !c.required || c.class < cls || open.has(c.name));
  const mofClass: MofClass = !meets(3) ? null : !meets(2) ? 'III' : !meets(1) ? 'II' : 'I';
  return { mofClass, components, open };
}

function isOpenFor(name: string, type: ContentType, license: string, framework: MofFramework): boolean {
  if (framework.openLicenses[type].includes(license)) return true;
  return (type === 'code' || PARAMETERS.has(name)) && isOsiApproved(license);
}

const RANK: Record<Exclude<MofClass, null>, number> = { I: 3, II: 2, III: 1 };

/** The most open class among several releases. */
export function bestClass(classes: readonly MofClass[]): MofClass {
  return classes.reduce<MofClass>((best, c) => (c !== null && (best === null || RANK[c] > RANK[best]) ? c : best), null);
}
