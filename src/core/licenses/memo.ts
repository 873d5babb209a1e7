// Licence strings repeat across a scan (thousands of "MIT"): remember recent results of pure functions.

/** `fn` with its results remembered, up to `limit` keys (then forgotten all at once). */
export function memoize<R>(fn: (key: string) => R, limit = 4096): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    let result = cache.get(key);
    if (result === undefined && !cache.has(key)) {
      if (cache.size >= limit) cache.clear();
      result = fn(key);
      cache.set(key, result);
    }
    return result as R;
  };
}
