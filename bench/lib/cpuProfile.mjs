// Summarises a V8 .cpuprofile by function: self time (the samples where the function itself was
// running), heaviest first. Functions in an esbuild bundle are placed in their source module through
// the `// src/…` comments esbuild writes at each module's start in non-minified bundles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** For a bundle: line (0-based) → the source module it comes from. */
function moduleLocator(file) {
  let lines;
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    return () => undefined;
  }
  const starts = [];
  lines.forEach((line, i) => {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (m) starts.push([i, m[1]]);
  });
  return (line) => {
    let found;
    for (const [start, module] of starts) {
      if (start > line) break;
      found = module;
    }
    return found;
  };
}

export function summarizeProfile(file, { top = 15 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const locators = new Map();
  const locate = (url, line) => {
    if (!url.startsWith('file://')) return url || '';
    const path = fileURLToPath(url);
    if (!locators.has(path)) locators.set(path, moduleLocator(path));
    return locators.get(path)(line) ?? path.split('/').slice(-2).join('/');
  };
  const functions = new Map();
  for (const [id, us] of selfUs) {
    const { callFrame } = byId.get(id);
    const name = callFrame.functionName || (callFrame.url ? '(anonymous)' : '(native)');
    const where = locate(callFrame.url, callFrame.lineNumber);
    const key = `${name}\0${where}`;
    const entry = functions.get(key) ?? { function: name, module: where, selfMs: 0 };
    entry.selfMs += us / 1000;
    functions.set(key, entry);
  }
  const ranked = [...functions.values()].sort((a, b) => b.selfMs - a.selfMs);
  const byModule = new Map();
  for (const f of ranked) byModule.set(f.module, (byModule.get(f.module) ?? 0) + f.selfMs);
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    totalMs: round(totalMs),
    functions: ranked.slice(0, top).map((f) => ({ ...f, selfMs: round(f.selfMs), share: round((f.selfMs / totalMs) * 100) })),
    modules: [...byModule].sort((a, b) => b[1] - a[1]).slice(0, top).map(([module, ms]) => ({ module, selfMs: round(ms), share: round((ms / totalMs) * 100) })),
  };
}
