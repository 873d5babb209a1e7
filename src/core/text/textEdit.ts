// The one edit between two versions of a text, found fast: re-reading an edited file reuses what lies
// outside it.

/** Characters compared at once while the texts agree. */
const CHUNK = 1024;

/** Where two texts differ: `start` is where they part, `end` where the new text joins the old again; `delta` the change in length. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly delta: number;
}

/** The one edit that turns `before` into `after` (their common start and end left out). */
export function editBetween(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  // Whole chunks first: comparing two slices is one native comparison.
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let common = 0;
  const most = shorter - start;
  while (common + CHUNK <= most && before.slice(before.length - common - CHUNK, before.length - common) === after.slice(after.length - common - CHUNK, after.length - common)) common += CHUNK;
  while (common < most && before.charCodeAt(before.length - common - 1) === after.charCodeAt(after.length - common - 1)) common++;
  return { start, end: after.length - common, delta: after.length - before.length };
}
