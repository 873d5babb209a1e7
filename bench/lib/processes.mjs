// Runs the measured commands: wall time of a fresh process, its peak memory (GNU time's maximum
// resident set size, or, without /usr/bin/time, what a preloaded hook reads from
// process.resourceUsage() as a Node process exits), and the OS page cache dropped first when asked
// and allowed.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const RSS_HOOK = fileURLToPath(new URL('./reportMaxRss.cjs', import.meta.url));

let gnuTime;
export function hasGnuTime() {
  gnuTime ??= existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr.includes('Maximum resident set size');
  return gnuTime;
}

/** Drops the page cache (needs root and a writable /proc/sys); true when it did. */
export function dropPageCache() {
  try {
    spawnSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3\n');
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `command args` once. Node commands (`node: true`) are measured without GNU time through the
 * preload hook. `stdout`: a file to write standard output to (default /dev/null).
 */
export function measure(command, args, { cwd, stdout = '/dev/null', node = false, workDir }) {
  const out = openSync(stdout, 'w');
  const useTime = hasGnuTime();
  const rssFile = join(workDir, `.maxrss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const [file, argv, env] = useTime
    ? [GNU_TIME, ['-v', command, ...args], process.env]
    : node
      ? [command, ['-r', RSS_HOOK, ...args], { ...process.env, BENCH_MAXRSS_FILE: rssFile }]
      : [command, args, process.env];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, { cwd, env, stdio: ['ignore', out, 'pipe'], maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(out);
  let stderr = result.stderr ?? '';
  let maxRssKb = null;
  if (useTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    maxRssKb = m ? Number(m[1]) : null;
    stderr = stderr.slice(0, stderr.lastIndexOf('\tCommand being timed:')).trimEnd();
  } else if (existsSync(rssFile)) {
    maxRssKb = Number(readFileSync(rssFile, 'utf8'));
    rmSync(rssFile, { force: true });
  }
  const status = useTime ? (/Exit status: (\d+)/.exec(result.stderr ?? '')?.[1] ?? String(result.status)) : String(result.status);
  return { ms, maxRssKb, status: Number(status), stderr, error: result.error };
}

export function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a command to completion for its output (not measured); throws with its stderr on failure. */
export function run(command, args, { cwd, input, timeout } = {}) {
  const result = spawnSync(command, args, { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${(result.stderr || result.stdout || '').trim().split('\n').slice(-5).join('\n')}`);
  return result.stdout;
}

export function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}
