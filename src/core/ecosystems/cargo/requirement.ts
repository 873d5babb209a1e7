// Cargo's version requirements: comma-separated comparators, where a bare version means a caret
// requirement (`1.2` is `^1.2`; npm would read it as exact). Matching uses node-semver.
import { Range, maxSatisfying, satisfies } from 'semver';

const PART = String.raw`(?:\*|[xX]|\d+)`;
/** One comparator, as Cargo's semver crate accepts it. */
const COMPARATOR = new RegExp(
  String.raw`^\s*(?:>=|<=|[=><~^])?\s*(?:\*|\d+(?:\.${PART}(?:\.${PART}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)?)?)\s*$`,
);

/** Whether Cargo accepts the requirement (checked without building a range: parsing runs on every edit). */
export function isCargoRequirement(requirement: string): boolean {
  return requirement.split(',').every((comparator) => COMPARATOR.test(comparator));
}

/** The requirement as a node-semver range, or null when it is not a valid Cargo requirement. */
function cargoRange(requirement: string): Range | null {
  if (!isCargoRequirement(requirement)) return null;
  try {
    return new Range(requirement.split(',').map((part) => part.trim().replace(/^(?=\d)/, '^')).join(' '));
  } catch {
    return null;
  }
}

/** The newest of `versions` that `requirement` accepts (any version when there is none). */
export function newestMatching(versions: readonly string[], requirement: string | null): string | null {
  if (requirement === null) return maxSatisfying([...versions], '*', { includePrerelease: true });
  const range = cargoRange(requirement);
  return range ? maxSatisfying([...versions], range) : null;
}

export function matches(version: string, requirement: string | null): boolean {
  if (requirement === null) return true;
  const range = cargoRange(requirement);
  return range !== null && satisfies(version, range);
}
