// The bundles the benchmark measures: dist/ (rebuilt with `npm run build` when older than its
// sources), the VSIX, and the benchmark's own harnesses, bundled from bench/harness with esbuild.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS } from '../../scripts/bundleOptions.mjs';

const BUILT = ['dist/cli.js', 'dist/extension.js', 'dist/data/license-texts.json', 'dist/data/models.json'];
const SOURCES = ['src', 'scripts', 'package.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Whether dist/ is missing a bundle or older than a source it is built from. */
export function distIsStale(repo) {
  const built = BUILT.map((f) => join(repo, f));
  if (built.some((f) => !existsSync(f))) return true;
  const oldest = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return SOURCES.some((s) => newestMtime(join(repo, s)) > oldest);
}

/** A production bundle is minified and has no source map. */
export function bundleKind(file) {
  return readFileSync(file, 'utf8').includes('//# sourceMappingURL=') ? 'development' : 'production';
}

export function npmRun(repo, script) {
  const result = spawnSync('npm', ['run', script], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/**
 * Packages the VSIX with vsce (which runs `vscode:prepublish`, the production build, first).
 * Returns its size and the files in it, or why it could not be made.
 */
export function packageVsix(repo, out) {
  const vsce = join(repo, 'node_modules/.bin/vsce');
  if (!existsSync(vsce)) return { error: 'vsce is not installed' };
  const result = spawnSync(vsce, ['package', '--no-dependencies', '--out', out], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
  if (result.status !== 0 || !existsSync(out)) {
    const lines = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.split('\n').map((l) => l.trim()).filter((l) => /error|ERROR/.test(l));
    return { error: lines[0] ?? `vsce exited with ${result.status}` };
  }
  return { bytes: statSync(out).size, entries: zipEntries(out) };
}

/** name → { size, compressed } from a zip's listing (unzip -v), when unzip is installed. */
function zipEntries(file) {
  const result = spawnSync('unzip', ['-v', file], { encoding: 'utf8' });
  if (result.status !== 0) return {};
  const entries = {};
  for (const line of result.stdout.split('\n')) {
    const m = /^\s*(\d+)\s+\S+\s+(\d+)\s+\S+\s+\S+\s+\S+\s+\S+\s+(\S.*)$/.exec(line);
    if (m) entries[m[3]] = { size: Number(m[1]), compressed: Number(m[2]) };
  }
  return entries;
}

/**
 * Bundles the harnesses (bench/harness/*.ts entry points) into `outDir` with the engine's sources, as
 * the shipped bundles are built, and non-minified CLI and extension bundles for profiling (names kept
 * so a profile reads).
 */
export async function bundleHarnesses(repo, outDir) {
  const common = { ...BUNDLE_OPTIONS, logLevel: 'error', keepNames: true };
  const entries = ['rediagnose', 'identify', 'readTrace', 'activate', 'responsiveness'];
  await Promise.all([
    ...entries.map((name) => esbuild.build({ ...common, entryPoints: [join(repo, 'bench/harness', `${name}.ts`)], outfile: join(outDir, `${name}.cjs`) })),
    esbuild.build({ ...common, entryPoints: [join(repo, 'src/cli/main.ts')], outfile: join(outDir, 'cli-profile.cjs') }),
    esbuild.build({ ...common, entryPoints: [join(repo, 'src/extension/extension.ts')], outfile: join(outDir, 'extension-profile.cjs'), external: ['vscode'] }),
  ]);
  // The profiling CLI loads its data files from beside itself, as dist/cli.js does.
  cpSync(join(repo, 'dist/data'), join(outDir, 'data'), { recursive: true });
}
