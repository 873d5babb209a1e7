// Where Openness's documentation lives.
import type { Verdict } from '../core/types';

const REPOSITORY = 'https://github.com/openness-dev/openness';

/** The documentation of a verdict, linked from diagnostics' codes and hover cards. */
export function docsLink(verdict: Verdict): string {
  return `${REPOSITORY}/blob/main/docs/verdicts.md#${verdict}`;
}
