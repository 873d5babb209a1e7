// Myers' O((N+M)·D) difference of two token sequences, reduced to what licence matching needs: the
// largest block of changed tokens, and which tokens were inserted and deleted.

export interface TokenDiff {
  /** Tokens of `b` not matched in `a`, and tokens of `a` not matched in `b`, in order. */
  readonly inserted: readonly number[];
  readonly deleted: readonly number[];
  /**
   * The largest change block: consecutive edits with no common token between them, measured as the
   * larger of its insertions and deletions (a 7-word sentence added, or 7 words replaced, is 7).
   */
  readonly largestChange: number;
}

/** The diff of `a` → `b`, or undefined when it needs more than `maxEdits` insertions and deletions. */
export function diffTokens(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): TokenDiff | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return summarize(a, b, trace, d, k, offset);
    }
  }
  return undefined;
}

interface Edit {
  readonly insert: boolean;
  /** Where the edit starts, in a and b. */
  readonly x: number;
  readonly y: number;
}

function summarize(a: ArrayLike<number>, b: ArrayLike<number>, trace: readonly Int32Array[], d: number, k: number, offset: number): TokenDiff {
  const edits: Edit[] = [];
  for (let step = d; step > 0; step--) {
    const v = trace[step]!;
    const insert = k === -step || (k !== step && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = insert ? k + 1 : k - 1;
    const x = v[offset + prevK]!;
    edits.push({ insert, x, y: x - prevK });
    k = prevK;
  }
  edits.reverse();
  const inserted: number[] = [];
  const deleted: number[] = [];
  let largestChange = 0;
  let blockInserts = 0;
  let blockDeletes = 0;
  let end: { x: number; y: number } | undefined;
  for (const edit of edits) {
    if (!end || end.x !== edit.x || end.y !== edit.y) blockInserts = blockDeletes = 0;
    if (edit.insert) {
      inserted.push(b[edit.y]!);
      blockInserts++;
      end = { x: edit.x, y: edit.y + 1 };
    } else {
      deleted.push(a[edit.x]!);
      blockDeletes++;
      end = { x: edit.x + 1, y: edit.y };
    }
    largestChange = Math.max(largestChange, blockInserts, blockDeletes);
  }
  return { inserted, deleted, largestChange };
}
