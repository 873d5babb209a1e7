#!/usr/bin/env node
// The floor: a bare Node process that walks the same folders and reads the same files as an Openness
// scan of the tree, and does nothing else (no parsing beyond what tells it which files to read next,
// no licence identification, no model lookup). An Openness scan cannot be faster than this.
//   node bench/floor.mjs <tree> [--no-models] [--exclude <path>]…   → one line of JSON: { ms, files, bytes, … }
// (--no-models and --exclude as the CLI's: no model files; skip a path relative to the tree and all beneath it)
// Its rules follow src/core/scan/discover.ts and the npm and Python resolvers:
//   - never into .git and the other folders discovery skips; never into node_modules or a virtualenv
//     (a folder holding pyvenv.cfg) while walking the project;
//   - read every file an ecosystem or a model detector reads (manifests, lockfiles, sources,
//     notebooks, configuration files);
//   - from each package-lock.json, read every listed package's installed package.json, and its
//     licence files when the package.json declares no licence (or points at a file);
//   - from each requirements file and pyproject.toml, read the METADATA header (first 16 KB) of each
//     distribution it names in the nearest virtualenv, and its licence files when the header names no
//     licence.
// Where the rules are uncertain the floor reads less, never more: the ratio it gives is conservative.
// Every call is synchronous and one at a time, as the CLI's are (src/node/nodeFileSystem.ts): the
// fastest way Node has to read many small files, so the floor is as low as it can be.
import { closeSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const ALWAYS_SKIPPED = ['.git', '.hg', '.svn', '.vscode-test', '__pycache__', '.cache', '.idea'];
const TOOL_DIRECTORIES = [
  'node_modules', 'bower_components', '.yarn', '.pnpm-store', // npm
  '.venv', 'venv', 'site-packages', 'dist-packages', '__pypackages__', '.tox', '.nox', '.eggs', // Python
  'target', 'vendor', '.mvn', 'bin', 'obj', '.bundle', // Cargo, Go, Composer, Maven, NuGet, RubyGems
];
const SKIPPED = new Set([...ALWAYS_SKIPPED, ...TOOL_DIRECTORIES]);
const METADATA_HEADER_BYTES = 16 * 1024;

const NPM_MANIFESTS = new Set(['package.json', 'package-lock.json', 'npm-shrinkwrap.json']);
const PYTHON_MANIFESTS = /^(?:pyproject\.toml|setup\.cfg|Pipfile|Pipfile\.lock|poetry\.lock|uv\.lock|pylock(?:\.[^.]+)?\.toml|(?:.*[-_.])?(?:requirements|constraints)(?:[-_.].*)?\.(?:txt|in))$/;
const NOT_CONFIG = new Set(['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'composer.json', 'deno.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.yarnrc.yml', 'cargo.toml', 'tokenizer.json', 'vocab.json', 'special_tokens_map.json', 'added_tokens.json']);
const LICENSE_FILE = /^(?:un)?licen[cs]e(?:[-._][\w.+-]*)?$|^copying(?:[-._][\w.+-]*)?$/i;
const NOT_A_TEXT = /\.(?:[cm]?[jt]sx?|json|html?|xml|ya?ml|toml|py|rb|go|rs|java|kt|cs|php|c|h|cpp|sh|map|css|svg|png|jpe?g|gif)$/i;
const VENV_NAMES = ['.venv', 'venv', 'env', '.env'];

/** Whether a scan reads this file: as a manifest, or for models. */
function isRead(path, models) {
  const name = basename(path);
  const lower = name.toLowerCase();
  if (NPM_MANIFESTS.has(name) || PYTHON_MANIFESTS.test(name)) return true;
  if (!models) return false;
  if (/\.pyw?$/i.test(name) || /\.ipynb$/i.test(name)) return true;
  if (/\.(?:[cm]?[jt]s|[jt]sx)$/.test(name) && !/\.d\.[cm]?ts$/.test(name)) return true;
  if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env')) return true;
  if (/^(?:modelfile|makefile|gnumakefile)$/.test(lower) || /^(docker|container)file(\.(?!(md|txt|rst|dockerignore)$)[^.]+)?$/.test(lower)) return true;
  if (/\.(?:mk|sh|bash|zsh|modelfile|dockerfile|containerfile|gguf)$/.test(lower)) return true;
  if (NOT_CONFIG.has(lower) || /^[tj]sconfig\b.*\.json$/.test(lower) || lower.endsWith('.index.json')) return false;
  return /\.(?:ya?ml|json|toml)$/.test(lower) && !path.split('/').some((s) => s === '.vscode' || s === '.idea');
}

const stats = { files: 0, bytes: 0, directories: 0, missing: 0 };

function read(path) {
  try {
    const bytes = readFileSync(path);
    stats.files++;
    stats.bytes += bytes.length;
    return bytes;
  } catch {
    stats.missing++;
    return undefined;
  }
}

function readPrefix(path, length) {
  let fd;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(length);
    const bytesRead = readSync(fd, buffer, 0, length, 0);
    stats.files++;
    stats.bytes += bytesRead;
    return buffer.subarray(0, bytesRead);
  } catch {
    stats.missing++;
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function list(dir) {
  try {
    const entries = readdirSync(dir, { withFileTypes: true });
    stats.directories++;
    return entries;
  } catch {
    return [];
  }
}

function walk(root, { models, exclude }) {
  const files = [];
  const queue = [root];
  const excluded = (path) => exclude.some((e) => path === `${root}/${e}` || path.startsWith(`${root}/${e}/`));
  for (let next = 0; next < queue.length; next++) {
    const dir = queue[next];
    const entries = list(dir);
    if (dir !== root && entries.some((e) => e.name === 'pyvenv.cfg')) continue;
    for (const entry of entries) {
      const path = `${dir}/${entry.name}`;
      if (excluded(path)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) queue.push(path);
      } else if (entry.isFile() && isRead(path, models)) {
        files.push(path);
      }
    }
  }
  return files;
}

function licenseFiles(dir) {
  for (const e of list(dir)) if (e.isFile() && LICENSE_FILE.test(e.name) && !NOT_A_TEXT.test(e.name)) read(`${dir}/${e.name}`);
}

function npmEvidence(lockfile, text) {
  let lock;
  try {
    lock = JSON.parse(text);
  } catch {
    return;
  }
  const base = dirname(lockfile);
  for (const [location, entry] of Object.entries(lock.packages ?? {})) {
    if (!location.includes('node_modules/') || entry.link) continue;
    const dir = `${base}/${location}`;
    const manifest = read(`${dir}/package.json`);
    if (!manifest) continue;
    let json;
    try {
      json = JSON.parse(manifest.toString('utf8'));
    } catch {
      continue;
    }
    const declared = json.license ?? json.licenses;
    const reference = typeof declared === 'string' && /^SEE LICEN[CS]E IN (.+)$/i.exec(declared.trim());
    if (reference) read(`${dir}/${reference[1]}`);
    else if (declared === undefined || declared === null || declared === '') licenseFiles(dir);
  }
}

const sitePackagesIndexes = new Map();

function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The nearest virtualenv's site-packages, listed once: normalised name → dist-info folder. */
function sitePackagesFor(dir, root) {
  if (!sitePackagesIndexes.has(dir)) sitePackagesIndexes.set(dir, nearestSitePackages(dir, root));
  return sitePackagesIndexes.get(dir);
}

function nearestSitePackages(dir, root) {
  for (let d = dir; d.length >= root.length; d = dirname(d)) {
    for (const name of VENV_NAMES) {
      const venv = `${d}/${name}`;
      const python = list(`${venv}/lib`).find((e) => e.isDirectory() && /^(?:python|pypy)\d/.test(e.name));
      if (!python) continue;
      const folder = `${venv}/lib/${python.name}/site-packages`;
      const index = new Map();
      for (const e of list(folder)) {
        if (e.isDirectory() && e.name.endsWith('.dist-info')) index.set(normalizeName(e.name.slice(0, e.name.indexOf('-'))), `${folder}/${e.name}`);
      }
      return index;
    }
    if (d === root) break;
  }
  return new Map();
}

const metadataRead = new Set();

function pythonEvidence(path, text, root) {
  const names = path.endsWith('.toml')
    ? [...text.matchAll(/^\s*"([A-Za-z0-9][A-Za-z0-9._-]*)/gm)].map((m) => m[1])
    : text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('-')).map((l) => l.split(/[\s=<>!~;[@]/)[0]);
  const index = sitePackagesFor(dirname(path), root);
  for (const name of names) {
    const distInfo = index.get(normalizeName(name));
    if (!distInfo || metadataRead.has(distInfo)) continue;
    metadataRead.add(distInfo);
    const header = readPrefix(`${distInfo}/METADATA`, METADATA_HEADER_BYTES)?.toString('utf8') ?? '';
    const end = header.indexOf('\n\n');
    const headers = end === -1 ? header : header.slice(0, end);
    const declaresLicense = /^License-Expression:/m.test(headers) || /^License: (?!UNKNOWN)/m.test(headers) || /^Classifier: License ::/m.test(headers);
    if (declaresLicense) continue;
    licenseFiles(distInfo);
    licenseFiles(`${distInfo}/licenses`);
  }
}

function floor(root, { models, exclude }) {
  const started = performance.now();
  const files = walk(root, { models, exclude });
  for (const path of files) {
    const bytes = read(path);
    if (!bytes) continue;
    const name = basename(path);
    if (name === 'package-lock.json' || name === 'npm-shrinkwrap.json') npmEvidence(path, bytes.toString('utf8'));
    else if (PYTHON_MANIFESTS.test(name)) pythonEvidence(path, bytes.toString('utf8'), root);
  }
  return { ms: performance.now() - started, discovered: files.length, ...stats };
}

if (!process.argv[2]) {
  process.stderr.write('usage: node bench/floor.mjs <tree> [--no-models] [--exclude <path>]…\n');
  process.exit(2);
}
const args = process.argv.slice(3);
const exclude = args.flatMap((a, i) => (args[i - 1] === '--exclude' ? [a.replace(/\/+$/, '')] : []));
const result = floor(resolve(process.argv[2]).split('\\').join('/'), { models: !args.includes('--no-models'), exclude });
process.stdout.write(JSON.stringify({ ...result, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
