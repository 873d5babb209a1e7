#!/usr/bin/env node
// `npm run bench`: Openness at monorepo scale, against the floor (merely reading the same files),
// license-checker (the same node_modules) and licensee (the same LICENSE texts).
//   node bench/run.mjs [--runs 3] [--warm] [--profile]
//     --runs     fresh processes per timed command (medians are reported)
//     --warm     keep the OS page cache (by default it is dropped before each cold run, when allowed)
//     --profile  write and summarise the CPU profiles even for targets that pass
// Generates the tree if missing (bench/generate.mjs), packages the VSIX (vsce runs the production
// build, which is then what is measured; without a VSIX, dist/ is rebuilt with `npm run build` when
// older than its sources), bundles the harnesses, measures, prints the table and writes
// bench/.work/results.json. Nothing here uses the network.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTree } from './generate.mjs';
import { bundleHarnesses, bundleKind, distIsStale, npmRun, packageVsix } from './lib/builds.mjs';
import { summarizeProfile } from './lib/cpuProfile.mjs';
import { identificationAgreement, installedAccuracy } from './lib/licenses.mjs';
import { commandExists, dropPageCache, hasGnuTime, measure, median, run } from './lib/processes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = dirname(here);
const work = join(here, '.work');
const out = join(work, 'out');
const harness = join(work, 'harness');
const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 1) : 3;
const WARM_ONLY = args.includes('--warm');
const ALWAYS_PROFILE = args.includes('--profile');
const EDITS = 200;
const ACTIVATIONS = 7;
const LICENSEE_CLI_SAMPLE = 5;
const node = process.execPath;
const benchStarted = performance.now();

const TARGETS = {
  scanVsFloor: 2, // Openness full scan ≤ 2× the floor
  npmVsChecker: 6, // ≥ 6× faster than license-checker
  identifyVsLicensee: 10, // ≥ 10× faster per file
  rediagnoseMs: 5, // median < 5 ms
  activationMs: 20, // require + activate < 20 ms
  bundleBytes: 1_000_000, // main bundle < 1 MB
  blockMs: 50, // the scan never blocks the extension host longer than this
  cancelMs: 100, // a cancel stops the scan within this
};

const log = (message) => process.stderr.write(`· ${message}\n`);
mkdirSync(out, { recursive: true });

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1073741824),
    node: process.version,
    os: `${process.platform} ${release()}`,
    peakMemory: hasGnuTime() ? '/usr/bin/time -v (maximum resident set size)' : 'process.resourceUsage().maxRSS (preloaded hook)',
    /** Other work on the machine skews every figure: the 1-minute load average before and after. */
    loadBefore: Math.round(loadavg()[0] * 100) / 100,
  },
  notes: [],
  figures: {},
};
const note = (text) => {
  results.notes.push(text);
  log(text);
};

/** Runs a step; a failure becomes "not available" for its rows instead of ending the benchmark. */
async function step(name, fn) {
  const started = performance.now();
  log(`${name} …`);
  try {
    const value = await fn();
    log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    note(`${name}: not available (${message})`);
    results.figures[name] = { unavailable: message };
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The tree and the builds

const { manifest, generated } = ensureTree({ log });
const tree = join(work, manifest.tree);
results.tree = {
  path: relative(repo, tree),
  generator: manifest.generator,
  seed: manifest.seed,
  files: manifest.files,
  megabytes: Math.round((manifest.bytes / 1048576) * 10) / 10,
  counts: manifest.counts,
  packageJsonFiles: manifest.packageJsonFiles,
  lockPackages: manifest.lockPackages,
  installedPackages: manifest.installedPackages,
  licenseFilesWithoutField: manifest.licenseFiles.length,
  pythonDistributions: manifest.python.reduce((n, s) => n + s.installed.length, 0),
  generatedNow: generated,
};

const vsixFile = join(work, 'openness.vsix');
const vsix = await step('vsix', () => {
  rmSync(vsixFile, { force: true });
  const packaged = packageVsix(repo, vsixFile);
  if (packaged.error) throw new Error(`vsce package failed: ${packaged.error}`);
  return packaged;
});

// A packaged VSIX means dist/ was just built from the current sources (production build): measure that.
const built = await step('build', () => {
  if (vsix || !distIsStale(repo)) return { rebuilt: false };
  const build = npmRun(repo, 'build');
  if (!build.ok) throw new Error(`npm run build failed: ${build.output.trim().split('\n').slice(-3).join(' ')}`);
  return { rebuilt: true };
});
const cli = join(repo, 'dist/cli.js');
const extension = join(repo, 'dist/extension.js');
const data = join(repo, 'dist/data');
const haveDist = existsSync(cli) && existsSync(extension) && existsSync(join(data, 'license-texts.json'));
results.build = {
  rebuilt: built?.rebuilt ?? false,
  bundle: haveDist ? bundleKind(extension) : 'missing',
};
const haveHarnesses = haveDist && (await step('harnesses', async () => (await bundleHarnesses(repo, harness), true))) === true;

// ---------------------------------------------------------------------------------------------
// Timed processes

const canDrop = !WARM_ONLY && dropPageCache();
results.cache = canDrop ? 'cold: page cache dropped before each cold run' : 'warm page cache (could not drop it, or --warm)';
if (!canDrop && !WARM_ONLY) note('The OS page cache cannot be dropped here: "cold" runs are fresh processes on a warm page cache.');

function timed(label, command, commandArgs, { stdout, cold } = {}) {
  if (cold && canDrop) dropPageCache();
  const result = measure(command, commandArgs, { cwd: repo, stdout, node: command === node, workDir: work });
  if (result.error || result.status !== 0) {
    throw new Error(`${label} exited with ${result.status}: ${(result.error?.message ?? result.stderr).trim().split('\n').slice(-3).join(' ')}`);
  }
  return result;
}

const summary = (samples) => ({ medianMs: median(samples.map((s) => s.ms)), medianMaxRssKb: median(samples.map((s) => s.maxRssKb)), samplesMs: samples.map((s) => Math.round(s.ms)) });

const fullScan = haveDist
  ? await step('fullScan', () => {
      const floorArgs = [join(here, 'floor.mjs'), tree];
      const scanArgs = [cli, 'scan', tree, '--format', 'json'];
      const floorOut = join(out, 'floor.json');
      const cold = { floor: [], openness: [] };
      const warm = { floor: [], openness: [] };
      // Interleaved, so drift on a shared machine touches both alike. Cold runs only when the page
      // cache can be dropped: otherwise they would be warm runs, measured twice.
      for (let i = 0; canDrop && i < RUNS; i++) {
        cold.floor.push(timed('floor', node, floorArgs, { stdout: floorOut, cold: true }));
        cold.openness.push(timed('openness scan', node, scanArgs, { cold: true }));
      }
      timed('floor', node, floorArgs, { stdout: floorOut });
      timed('openness scan', node, scanArgs);
      for (let i = 0; i < RUNS; i++) {
        warm.floor.push(timed('floor', node, floorArgs, { stdout: floorOut }));
        warm.openness.push(timed('openness scan', node, scanArgs));
      }
      const floorReads = JSON.parse(readFileSync(floorOut, 'utf8'));
      return {
        command: `node dist/cli.js scan ${relative(repo, tree)} --format json > /dev/null`,
        cold: canDrop ? { openness: summary(cold.openness), floor: summary(cold.floor) } : undefined,
        warm: { openness: summary(warm.openness), floor: summary(warm.floor) },
        floorReads: { files: floorReads.files, megabytes: Math.round((floorReads.bytes / 1048576) * 10) / 10, directories: floorReads.directories, missing: floorReads.missing },
      };
    })
  : undefined;
if (fullScan) results.figures.fullScan = fullScan;

const readTrace = haveHarnesses
  ? await step('readTrace', () => JSON.parse(run(node, [join(harness, 'readTrace.cjs'), '--root', tree, '--data', data], { cwd: repo })))
  : undefined;
if (readTrace) results.figures.readTrace = readTrace;

// The node_modules part alone: license-checker reads the root package and its node_modules; Openness
// scans the root package.json and package-lock.json (the lockfile lists every installed package, and
// 3,000 dev packages that are not installed), with everything else excluded and models off.
const checkerBin = join(repo, 'node_modules/license-checker/bin/license-checker');
const npmPart = haveDist
  ? await step('npmPart', () => {
      if (!existsSync(checkerBin)) throw new Error('license-checker is not installed');
      const keep = new Set(['package.json', 'package-lock.json', 'node_modules']);
      const excludes = readdirSync(tree).filter((name) => !keep.has(name)).flatMap((name) => ['--exclude', name]);
      const opennessArgs = [cli, 'scan', tree, '--no-models', '--format', 'json', ...excludes];
      const checkerArgs = [checkerBin, '--json', '--start', tree];
      const floorArgs = [join(here, 'floor.mjs'), tree, '--no-models', ...excludes];
      const opennessOut = join(out, 'openness-npm.json');
      const checkerOut = join(out, 'license-checker.json');
      const samples = { openness: [], checker: [], floor: [] };
      for (let i = 0; i < RUNS; i++) {
        samples.checker.push(timed('license-checker', node, checkerArgs, { stdout: checkerOut, cold: true }));
        samples.openness.push(timed('openness npm scan', node, opennessArgs, { stdout: opennessOut, cold: true }));
        samples.floor.push(timed('floor', node, floorArgs, { stdout: join(out, 'floor-npm.json'), cold: true }));
      }
      const accuracy = installedAccuracy(manifest.installed, JSON.parse(readFileSync(opennessOut, 'utf8')), JSON.parse(readFileSync(checkerOut, 'utf8')));
      return {
        opennessCommand: `node dist/cli.js scan <tree> --no-models --format json ${excludes.filter((a) => a !== '--exclude').map((e) => `--exclude ${e}`).join(' ')}`,
        opennessArgs: opennessArgs.slice(3),
        checkerCommand: 'license-checker --json --start <tree>',
        openness: summary(samples.openness),
        checker: summary(samples.checker),
        floor: summary(samples.floor),
        floorReads: JSON.parse(readFileSync(join(out, 'floor-npm.json'), 'utf8')).files,
        accuracy,
      };
    })
  : undefined;
if (npmPart) results.figures.npmPart = npmPart;

const rediagnosis = haveHarnesses
  ? await step('rediagnosis', () => JSON.parse(run(node, [join(harness, 'rediagnose.cjs'), '--root', tree, '--data', data, '--python', join(tree, manifest.largePython), '--manifest', join(tree, manifest.largePackageJson), '--edits', String(EDITS)], { cwd: repo })))
  : undefined;
if (rediagnosis) results.figures.rediagnosis = rediagnosis;

const responsiveness = haveHarnesses
  ? await step('responsiveness', () => JSON.parse(run(node, [join(harness, 'responsiveness.cjs'), '--root', tree, '--data', data], { cwd: repo })))
  : undefined;
if (responsiveness) results.figures.responsiveness = responsiveness;

const activation = haveHarnesses
  ? await step('activation', () => {
      const samples = [];
      for (let i = 0; i < ACTIVATIONS; i++) samples.push(JSON.parse(run(node, [join(harness, 'activate.cjs'), '--extension', extension, '--package', join(repo, 'package.json'), '--root', tree], { cwd: repo })));
      return {
        requireMs: median(samples.map((s) => s.requireMs)),
        activateMs: median(samples.map((s) => s.activateMs)),
        totalMs: median(samples.map((s) => s.requireMs + s.activateMs)),
        subscriptions: samples[0].subscriptions,
        faked: samples[0].faked,
        samples: samples.map((s) => ({ requireMs: s.requireMs, activateMs: s.activateMs })),
      };
    })
  : undefined;
if (activation) results.figures.activation = activation;

// LICENSE identification: the 1,000 LICENSE files of the packages that declare no licence.
const licenseList = join(out, 'license-files.txt');
const licenseFiles = manifest.licenseFiles.map((f) => ({ ...f, absolute: join(tree, f.path) }));
writeFileSync(licenseList, licenseFiles.map((f) => f.absolute).join('\n') + '\n');
// Each side runs in RUNS fresh processes; per-file figures are medians over the runs (a run's mean is
// its total over the files), so one run's pauses on a busy machine do not decide the ratio.
const identificationRuns = (runs) => ({
  loadMs: median(runs.map((r) => r.loadMs)),
  perFileMeanMs: median(runs.map((r) => r.perFile.reduce((a, b) => a + b, 0) / r.perFile.length)),
  perFileMedianMs: median(runs.map((r) => median(r.perFile))),
  results: runs[0].results,
});
const opennessIdentify = haveHarnesses
  ? await step('identifyOpenness', () =>
      identificationRuns(Array.from({ length: RUNS }, () => {
        const r = JSON.parse(run(node, [join(harness, 'identify.cjs'), '--data', data, '--list', licenseList], { cwd: repo }));
        return { loadMs: r.loadMs, perFile: r.samplesMs, results: r.results };
      })))
  : undefined;
const licensee = await step('licensee', () => {
  if (!commandExists('ruby') || !commandExists('licensee')) throw new Error('licensee is not installed (Debian package ruby-licensee)');
  const batches = Array.from({ length: RUNS }, () => {
    const batch = JSON.parse(run('ruby', [join(here, 'licensee.rb')], { cwd: repo, input: readFileSync(licenseList, 'utf8'), timeout: 240_000 }));
    return { version: batch.version, loadMs: batch.loadMs, perFile: batch.results.map((r) => r.ms), results: batch.results };
  });
  const sample = licenseFiles.filter((_, i) => i % Math.floor(licenseFiles.length / LICENSEE_CLI_SAMPLE) === 0).slice(0, LICENSEE_CLI_SAMPLE);
  const cliMs = sample.map((f) => timed('licensee detect', 'licensee', ['detect', '--json', dirname(f.absolute)], { stdout: join(out, 'licensee-detect.json') }).ms);
  return {
    version: batches[0].version,
    ...identificationRuns(batches),
    cliPerInvocationMs: median(cliMs),
    cliSample: sample.map((f) => relative(tree, dirname(f.absolute))),
  };
});
const withoutResults = ({ results: _results, ...figures }) => figures;
if (opennessIdentify) {
  results.figures.identification = {
    files: licenseFiles.length,
    runs: RUNS,
    openness: withoutResults(opennessIdentify),
    licensee: licensee ? withoutResults(licensee) : 'not available',
    agreement: licensee ? identificationAgreement(licenseFiles, opennessIdentify.results, licensee.results) : undefined,
  };
}

// Sizes: the VSIX, the main bundle that ships in it, and the data files loaded on first use.
const dataFiles = existsSync(data) ? Object.fromEntries(readdirSync(data).filter((f) => f.endsWith('.json')).map((f) => [f, statSync(join(data, f)).size])) : {};
results.figures.sizes = {
  vsixBytes: vsix?.bytes ?? null,
  vsixError: vsix ? undefined : results.figures.vsix?.unavailable,
  mainBundleBytes: existsSync(extension) ? statSync(extension).size : null,
  mainBundleBuild: results.build.bundle,
  mainBundleInVsix: vsix?.entries?.['extension/dist/extension.js'] ?? null,
  cliBytes: existsSync(cli) ? statSync(cli).size : null,
  dataFiles,
  dataFilesInVsix: vsix ? Object.fromEntries(Object.entries(vsix.entries ?? {}).filter(([name]) => name.startsWith('extension/dist/data/'))) : null,
  vsixEntries: vsix ? Object.keys(vsix.entries ?? {}).length : null,
};

// ---------------------------------------------------------------------------------------------
// Verdicts

const rows = [];
const row = (section, figure, value, target, pass) => rows.push({ section, figure, value, target: target ?? '', result: pass === undefined ? '' : pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL' });
const ms = (v) => (v === null || v === undefined ? 'n/a' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 10 ? `${v.toFixed(0)} ms` : `${v.toFixed(2)} ms`);
const mb = (kb) => (kb === null || kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const bytes = (b) => (b === null || b === undefined ? 'n/a' : b >= 1048576 ? `${(b / 1048576).toFixed(2)} MiB (${b.toLocaleString('en')} B)` : `${(b / 1024).toFixed(0)} KiB (${b.toLocaleString('en')} B)`);
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
const unavailable = (name) => results.figures[name]?.unavailable ?? 'not available';
const verdicts = {};
const judge = (name, pass, margin) => {
  verdicts[name] = { pass, margin };
  return pass;
};

if (fullScan) {
  for (const mode of ['cold', 'warm']) {
    const m = fullScan[mode];
    if (!m) continue;
    const label = mode === 'cold' ? 'cold (fresh process, page cache dropped)' : 'warm (fresh process, page cache warm)';
    const r = m.openness.medianMs / m.floor.medianMs;
    row('Full scan', `Openness CLI, ${label}`, `${ms(m.openness.medianMs)}, peak ${mb(m.openness.medianMaxRssKb)}`);
    row('Full scan', `Floor (bench/floor.mjs), ${mode}`, `${ms(m.floor.medianMs)}, peak ${mb(m.floor.medianMaxRssKb)}`);
    row('Full scan', `Openness ÷ floor, ${mode}`, ratio(r), `≤ ${TARGETS.scanVsFloor}×`, judge(`scanVsFloor.${mode}`, r <= TARGETS.scanVsFloor, `${(r / TARGETS.scanVsFloor).toFixed(2)}× the target`));
  }
  if (readTrace) {
    row('Full scan', 'Files read: Openness / floor', `${readTrace.reads.successfulReads.toLocaleString('en')} (${(readTrace.reads.bytes / 1048576).toFixed(1)} MB) / ${fullScan.floorReads.files.toLocaleString('en')} (${fullScan.floorReads.megabytes} MB)`);
    row('Full scan', 'Openness in-process, instrumented: discovery / whole scan', `${ms(readTrace.discoverMs)} / ${ms(readTrace.scanMs)}`);
  }
} else {
  row('Full scan', 'Openness CLI vs floor', unavailable('fullScan'), `≤ ${TARGETS.scanVsFloor}×`, null);
}

const npmSection = `node_modules (2,000 installed), ${canDrop ? 'cold' : 'warm'} runs`;
if (npmPart) {
  const r = npmPart.checker.medianMs / npmPart.openness.medianMs;
  row(npmSection, 'Openness (root package.json + lockfile, --no-models)', `${ms(npmPart.openness.medianMs)}, peak ${mb(npmPart.openness.medianMaxRssKb)}`);
  row(npmSection, 'license-checker --json --start <tree>', `${ms(npmPart.checker.medianMs)}, peak ${mb(npmPart.checker.medianMaxRssKb)}`);
  row(npmSection, `Floor for the same files (${npmPart.floorReads.toLocaleString('en')} reads, same excludes)`, `${ms(npmPart.floor.medianMs)}, peak ${mb(npmPart.floor.medianMaxRssKb)}`);
  row(npmSection, 'Openness speed-up over license-checker', ratio(r), `≥ ${TARGETS.npmVsChecker}×`, judge('npmVsChecker', r >= TARGETS.npmVsChecker, `${(r / TARGETS.npmVsChecker).toFixed(2)}× the target`));
  const headroom = npmPart.checker.medianMs / npmPart.floor.medianMs;
  row(npmSection, '  license-checker ÷ floor (the most any tool reading these files can gain)', `${ratio(headroom)}${headroom < TARGETS.npmVsChecker ? ` — ${TARGETS.npmVsChecker}× would need Openness faster than the floor` : ''}`);
  row(npmSection, '  Openness ÷ floor', ratio(npmPart.openness.medianMs / npmPart.floor.medianMs));
  const a = npmPart.accuracy;
  const misses = (list) => list.slice(0, 4).map(([label, n]) => `${label} ×${n}`).join(', ') || 'none';
  row(npmSection, 'Licences right vs truth: Openness / license-checker', `${a.opennessCorrect} / ${a.checkerCorrect} of ${a.packages}`);
  row(npmSection, '  Openness wrong on', misses(a.opennessMisses));
  row(npmSection, '  license-checker wrong on', misses(a.checkerMisses));
} else {
  row(npmSection, 'Openness vs license-checker', unavailable('npmPart'), `≥ ${TARGETS.npmVsChecker}×`, null);
}

const id = results.figures.identification;
if (id && typeof id.licensee === 'object') {
  const r = id.licensee.perFileMeanMs / id.openness.perFileMeanMs;
  row('LICENSE identification (1,000 files)', 'Openness per file (mean / median)', `${ms(id.openness.perFileMeanMs)} / ${ms(id.openness.perFileMedianMs)} (+ ${ms(id.openness.loadMs)} corpus load once)`);
  row('LICENSE identification (1,000 files)', `licensee ${id.licensee.version} per file, in one Ruby process (mean / median)`, `${ms(id.licensee.perFileMeanMs)} / ${ms(id.licensee.perFileMedianMs)} (+ ${ms(id.licensee.loadMs)} load once)`);
  row('LICENSE identification (1,000 files)', '`licensee detect --json <dir>` per invocation', ms(id.licensee.cliPerInvocationMs));
  row('LICENSE identification (1,000 files)', 'Openness speed-up per file (means)', ratio(r), `≥ ${TARGETS.identifyVsLicensee}×`, judge('identifyVsLicensee', r >= TARGETS.identifyVsLicensee, `${(r / TARGETS.identifyVsLicensee).toFixed(2)}× the target`));
  const g = id.agreement;
  row('LICENSE identification (1,000 files)', 'Agreement Openness = licensee', `${((g.agree / g.files) * 100).toFixed(1)}% (${g.agree}/${g.files})`);
  const variants = (list) => list.map(([variant, n]) => `${variant} ×${n}`).join(', ') || 'none';
  row('LICENSE identification (1,000 files)', 'Right vs truth: Openness / licensee', `${g.opennessCorrect} / ${g.licenseeCorrect}`);
  row('LICENSE identification (1,000 files)', `Disagreements (${g.files - g.agree}): right`, `Openness ${g.disagreementsRight.openness}, licensee ${g.disagreementsRight.licensee}, neither ${g.disagreementsRight.neither}`);
  row('LICENSE identification (1,000 files)', '  Openness wrong on', variants(g.opennessWrongByVariant));
  row('LICENSE identification (1,000 files)', '  licensee wrong on', variants(g.licenseeWrongByVariant));
} else if (id) {
  row('LICENSE identification (1,000 files)', 'Openness per file (mean)', ms(id.openness.perFileMeanMs));
  row('LICENSE identification (1,000 files)', 'licensee', unavailable('licensee'), `≥ ${TARGETS.identifyVsLicensee}×`, null);
} else {
  row('LICENSE identification (1,000 files)', 'Openness vs licensee', unavailable('identifyOpenness'), `≥ ${TARGETS.identifyVsLicensee}×`, null);
}

if (rediagnosis) {
  for (const r of rediagnosis) {
    const name = r.label === 'python' ? `${r.lines.toLocaleString('en')}-line Python file (${r.findingsOnOpen} model references)` : `${r.lines.toLocaleString('en')}-line package.json (${r.findingsOnOpen} dependencies)`;
    row('Re-diagnosis per keystroke', `${name}: median / p95 over ${r.edits.n} edits`, `${ms(r.edits.median)} / ${ms(r.edits.p95)} (first scan ${ms(r.openMs)})`, `median < ${TARGETS.rediagnoseMs} ms`, judge(`rediagnosis.${r.label}`, r.edits.median < TARGETS.rediagnoseMs, `${(r.edits.median / TARGETS.rediagnoseMs).toFixed(2)}× the target`));
  }
} else {
  row('Re-diagnosis per keystroke', 'scanText on an edited file', unavailable('rediagnosis'), `median < ${TARGETS.rediagnoseMs} ms`, null);
}

if (responsiveness) {
  const r = responsiveness;
  row('Extension', 'Longest event-loop block during an in-process full scan (async reads, the extension\'s checkpoint)', `${ms(r.maxBlockMs)} (p99 ${ms(r.p99BlockMs)}; scan ${ms(r.scanMs)})`, `≤ ${TARGETS.blockMs} ms`, judge('block', r.maxBlockMs <= TARGETS.blockMs, `${(r.maxBlockMs / TARGETS.blockMs).toFixed(2)}× the target`));
  row('Extension', 'Cancellation: from the request to the scan stopping', r.cancelMs === null ? 'the scan finished before the cancel' : ms(r.cancelMs), `≤ ${TARGETS.cancelMs} ms`, r.cancelMs === null ? null : judge('cancel', r.cancelMs <= TARGETS.cancelMs, `${(r.cancelMs / TARGETS.cancelMs).toFixed(2)}× the target`));
} else {
  row('Extension', 'Event-loop blocking and cancellation', unavailable('responsiveness'), `≤ ${TARGETS.blockMs} ms / ≤ ${TARGETS.cancelMs} ms`, null);
}

if (activation) {
  row('Extension', `Activation: require dist/extension.js + activate() (median of ${ACTIVATIONS} processes)`, `${ms(activation.requireMs)} + ${ms(activation.activateMs)} = ${ms(activation.totalMs)}`, `< ${TARGETS.activationMs} ms`, judge('activation', activation.totalMs < TARGETS.activationMs, `${(activation.totalMs / TARGETS.activationMs).toFixed(2)}× the target`));
} else {
  row('Extension', 'Activation', unavailable('activation'), `< ${TARGETS.activationMs} ms`, null);
}
const sizes = results.figures.sizes;
const bundleSize = sizes.mainBundleInVsix?.size ?? sizes.mainBundleBytes;
row('Extension', `Main bundle dist/extension.js (${sizes.mainBundleInVsix ? 'as shipped in the VSIX' : `${sizes.mainBundleBuild} build`})`, bytes(bundleSize), '< 1 MB', bundleSize === null ? null : judge('bundle', bundleSize < TARGETS.bundleBytes, `${(bundleSize / TARGETS.bundleBytes).toFixed(2)}× the target`));
row('Extension', 'VSIX (vsce package --no-dependencies)', sizes.vsixBytes === null ? `not available (${sizes.vsixError})` : bytes(sizes.vsixBytes));
for (const [name, size] of Object.entries(sizes.dataFiles)) {
  const packed = sizes.dataFilesInVsix?.[`extension/dist/data/${name}`];
  row('Extension', `Lazily loaded data: dist/data/${name}`, `${bytes(size)}${packed ? `, ${(packed.compressed / 1024).toFixed(0)} KiB compressed in the VSIX` : ''}`);
}

// Where the time goes, when a speed target fails (or when asked): CPU profiles summarised by function.
function profiled(name, commandArgs, nodeFlags = []) {
  return step(name, () => {
    const dir = join(work, 'profiles', name);
    rmSync(dir, { recursive: true, force: true });
    run(node, ['--cpu-prof', '--cpu-prof-dir', dir, ...nodeFlags, ...commandArgs], { cwd: repo });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    return { file: relative(repo, join(dir, file)), ...summarizeProfile(join(dir, file), { top: 15 }) };
  });
}
const failed = (prefix) => Object.entries(verdicts).some(([name, v]) => name.startsWith(prefix) && !v.pass);
results.profiles = {};
if (haveHarnesses && (ALWAYS_PROFILE || failed('scanVsFloor'))) {
  results.profiles.fullScan = await profiled('fullScan', [join(harness, 'cli-profile.cjs'), 'scan', tree, '--format', 'json']);
}
if (haveHarnesses && npmPart && (ALWAYS_PROFILE || failed('npmVsChecker'))) {
  results.profiles.npmPart = await profiled('npmPart', [join(harness, 'cli-profile.cjs'), 'scan', tree, ...npmPart.opennessArgs]);
}
if (haveHarnesses && (ALWAYS_PROFILE || failed('activation'))) {
  // Sampled every 100 µs: activation is over in tens of milliseconds.
  results.profiles.activation = await profiled('activation', [join(harness, 'activate.cjs'), '--extension', join(harness, 'extension-profile.cjs'), '--package', join(repo, 'package.json'), '--root', tree], ['--cpu-prof-interval', '100']);
}
for (const session of ['python', 'package.json']) {
  if (haveHarnesses && (ALWAYS_PROFILE || failed(`rediagnosis.${session}`))) {
    results.profiles[`rediagnosis.${session}`] = await profiled(`rediagnosis-${session.replace('.', '-')}`, [join(harness, 'rediagnose.cjs'), '--root', tree, '--data', data, '--python', join(tree, manifest.largePython), '--manifest', join(tree, manifest.largePackageJson), '--edits', String(EDITS), '--only', session]);
  }
}

// ---------------------------------------------------------------------------------------------
// Report

results.machine.loadAfter = Math.round(loadavg()[0] * 100) / 100;
results.rows = rows;
results.verdicts = verdicts;
results.benchSeconds = Math.round((performance.now() - benchStarted) / 100) / 10;
writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2) + '\n');

const m = results.machine;
const t = results.tree;
const lines = [
  '',
  `Openness benchmark — ${m.cpus} × ${m.model}, ${m.memoryGb} GB, Node ${m.node}, ${m.os}`,
  `Tree: ${t.files.toLocaleString('en')} files, ${t.megabytes} MB (${t.path}; ${t.packageJsonFiles} package.json, lockfile of ${t.lockPackages.toLocaleString('en')}, ${t.installedPackages.toLocaleString('en')} installed, ${t.pythonDistributions} Python distributions); bundles: ${results.build.bundle} build`,
  `Timing: median of ${RUNS} fresh process${RUNS === 1 ? '' : 'es'}; ${results.cache}; peak memory by ${m.peakMemory}; load average ${m.loadBefore} before, ${m.loadAfter} after`,
  '',
];
const figureWidth = Math.max(...rows.map((r) => r.figure.length));
let section;
for (const r of rows) {
  if (r.section !== section) {
    section = r.section;
    lines.push(section);
  }
  lines.push(`  ${r.result.padEnd(4)}  ${r.figure.padEnd(figureWidth)}  ${r.value}${r.target ? `   (target ${r.target})` : ''}`);
}
const judged = Object.values(verdicts);
lines.push('', `Targets: ${judged.filter((v) => v.pass).length} pass, ${judged.filter((v) => !v.pass).length} fail${rows.some((r) => r.result === 'n/a') ? `, ${rows.filter((r) => r.result === 'n/a').length} not measured` : ''}.`);
const PROFILE_TITLES = {
  fullScan: 'the full scan (non-minified CLI bundle of the same sources)',
  npmPart: 'the node_modules part (non-minified CLI bundle, --no-models, root package.json and lockfile only)',
  'rediagnosis.python': 'the Python re-diagnosis session (open + edits, one process)',
  'rediagnosis.package.json': 'the package.json re-diagnosis session (open + edits, one process)',
  activation: 'activation (the whole process: Node start, require of a non-minified extension bundle, activate)',
};
for (const [name, p] of Object.entries(results.profiles)) {
  if (!p) continue;
  lines.push('', `Where the time goes in ${PROFILE_TITLES[name]}: ${ms(p.totalMs)} profiled (${p.file}); self time, top 15:`);
  for (const f of p.functions) lines.push(`  ${String(f.selfMs.toFixed(0)).padStart(6)} ms ${String(f.share.toFixed(1)).padStart(5)}%  ${f.function}${f.module ? `  (${f.module})` : ''}`);
  lines.push('  by module:');
  for (const f of p.modules.slice(0, 8)) lines.push(`  ${String(f.selfMs.toFixed(0)).padStart(6)} ms ${String(f.share.toFixed(1)).padStart(5)}%  ${f.module || '(native: fs calls, GC, idle, V8)'}`);
}
if (readTrace && failed('scanVsFloor')) {
  const r = readTrace;
  lines.push('', `File-system calls of the in-process scan (floor: ${fullScan.floorReads.files.toLocaleString('en')} reads, ${fullScan.floorReads.missing.toLocaleString('en')} missing, ${fullScan.floorReads.directories.toLocaleString('en')} listings):`);
  lines.push(`  readFile ${r.reads.readFile.toLocaleString('en')}, readPrefix ${r.reads.readPrefix}, stat ${r.reads.stat.toLocaleString('en')}, readDirectory ${r.reads.readDirectory.toLocaleString('en')}; ${r.reads.failedReads.toLocaleString('en')} reads failed; ${r.reads.distinctFiles.toLocaleString('en')} distinct files read`);
  lines.push(`  read again: ${r.repeatedReads.map((x) => `${x.kind} ×${x.extraReads} (${(x.extraBytes / 1048576).toFixed(1)} MB)`).join(', ') || 'nothing'}`);
  lines.push(`  failed reads: ${r.failedReads.map((x) => `${x.kind} ×${x.calls}`).join(', ')}`);
  lines.push(`  stats: ${r.stats.map((x) => `${x.kind} ×${x.calls}`).join(', ')}`);
}
if (results.notes.length) lines.push('', 'Notes:', ...results.notes.map((n) => `  - ${n}`));
lines.push('', `Results: ${relative(repo, join(work, 'results.json'))} (benchmark took ${results.benchSeconds} s)`, '');
process.stdout.write(lines.join('\n'));
