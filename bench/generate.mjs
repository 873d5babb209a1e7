#!/usr/bin/env node
// Generates the benchmark's synthetic monorepo, deterministically from a seed:
//   node bench/generate.mjs [--seed <seed>] [--out <dir>] [--force]
// 20,000 files: 200 package.json (a root with 199 workspaces), a package-lock.json of 5,000 packages,
// a production node_modules of 2,000 packages, 50 Python services with virtualenvs (500 installed
// distributions), 2,000 Python/TypeScript files that use AI models (one of 5,000 lines), 20 notebooks,
// and ordinary sources, docs and assets to fill up. Beside the tree, <dir>.manifest.json records what
// was generated and the truth about every licence file (for the agreement figures).
// The tree is reused while the generator's sources and the seed are unchanged.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateNpm } from './generate/npm.mjs';
import { generatePython } from './generate/python.mjs';
import { createRandom } from './generate/random.mjs';
import * as src from './generate/sources.mjs';
import { NOUNS, TECH_WORDS, VERBS, camel, snake } from './generate/words.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_TREE = join(here, '.work', 'monorepo');
const DEFAULT_SEED = 'openness-bench-1';
const TOTAL_FILES = 20_000;
const MODEL_FILES = { python: 1000, typescript: 1000 };
const NOTEBOOKS = 20;
const LARGE_PYTHON_LINES = 5000;

/** A digest of the generator's own sources: any change regenerates the tree. */
function generatorVersion() {
  const hash = createHash('sha256');
  for (const file of ['generate.mjs', ...readdirSync(join(here, 'generate')).sort().map((f) => `generate/${f}`)]) {
    hash.update(file).update(readFileSync(join(here, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

class TreeWriter {
  constructor(root) {
    this.root = root;
    this.count = 0;
    this.bytes = 0;
    this.paths = new Set();
    this.dirs = new Set();
  }

  write(path, content) {
    if (this.paths.has(path)) throw new Error(`generated twice: ${path}`);
    this.paths.add(path);
    const full = join(this.root, path);
    const dir = dirname(full);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    writeFileSync(full, content);
    this.count++;
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }

  /** A symbolic link (not counted as a file), as npm links workspace members into node_modules. */
  link(path, target) {
    const full = join(this.root, path);
    mkdirSync(dirname(full), { recursive: true });
    symlinkSync(target, full);
  }

  /** Writes under `dir` with a name from `make`, adding a counter when the name is taken. */
  writeUnique(dir, make, extension, content) {
    let path = `${dir}/${make()}${extension}`;
    for (let n = 2; this.paths.has(path); n++) path = `${dir}/${make()}${n}${extension}`;
    this.write(path, content);
    return path;
  }
}

function gitFolder(random, writer) {
  writer.write('.git/HEAD', 'ref: refs/heads/main\n');
  writer.write('.git/config', '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n[remote "origin"]\n\turl = git@example.com:acme/platform.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n');
  writer.write('.git/description', "Unnamed repository; edit this file 'description' to name the repository.\n");
  writer.write('.git/refs/heads/main', random.hex(40) + '\n');
  writer.write('.git/index', random.bytes(4096));
  // Objects the scan must never read (some look like sources by content).
  for (let i = 0; i < 35; i++) writer.write(`.git/objects/${random.hex(2)}/${random.hex(38)}`, random.bytes(random.int(100, 4000)));
}

function rootFiles(random, writer) {
  writer.write('README.md', '# Acme platform\n\nWeb apps, services and shared packages in one repository.\n\n' + src.markdown(random));
  writer.write('.gitignore', 'node_modules/\n.venv/\ndist/\n*.log\n.env\n');
  writer.write('tsconfig.base.json', JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, declaration: true } }, null, 2) + '\n');
  writer.write('docker-compose.yml', `services:\n  ollama:\n    image: ollama/ollama:latest\n    ports: ["11434:11434"]\n  api:\n    build: ./apps\n    environment:\n      OPENAI_MODEL: gpt-4o-mini\n      EMBEDDING_MODEL: text-embedding-3-small\n      LOCAL_MODEL: llama3.1:8b\n`);
  writer.write('Dockerfile', 'FROM ollama/ollama:latest\nRUN ollama serve & sleep 5 && ollama pull llama3.2 && ollama pull nomic-embed-text\n');
  writer.write('.env.example', 'OPENAI_API_KEY=\nOPENAI_MODEL=gpt-4o\nANTHROPIC_MODEL=claude-3-5-sonnet-20240620\n');
  writer.write('Modelfile', 'FROM llama3.1:8b\nPARAMETER temperature 0.2\nSYSTEM You answer questions about Acme orders.\n');
}

/** Filler: ordinary files in the proportions of a TypeScript/Python monorepo. */
const FILLER_KINDS = [
  [30, 'ts'], [8, 'tsx'], [6, 'test.ts'], [2, 'd.ts'], [4, 'js'], [10, 'py'], [14, 'md'], [5, 'json'], [3, 'yaml'],
  [8, 'css'], [2, 'html'], [5, 'svg'], [3, 'png'],
];

function fillerFile(random, kind, places) {
  const name = () => camel([random.pick(VERBS), random.pick(NOUNS)]);
  const pyName = () => snake([random.pick(VERBS), random.pick(NOUNS)]);
  const pkg = random.pick(random.chance(0.75) ? places.packages : places.apps);
  const service = random.pick(places.services);
  switch (kind) {
    case 'ts': return [`${pkg}/src/${random.pick(['', 'lib/', 'utils/', 'domain/'])}`.replace(/\/$/, ''), name, '.ts', () => src.ordinaryTypeScript(random, random.int(20, 300))];
    case 'tsx': return [`${pkg}/src/components`, () => camel([random.pick(NOUNS), random.pick(['List', 'Card', 'Panel', 'Form'])]).replace(/^./, (c) => c.toUpperCase()), '.tsx', () => src.ordinaryTsx(random)];
    case 'test.ts': return [`${pkg}/src/__tests__`, name, '.test.ts', () => src.ordinaryTest(random)];
    case 'd.ts': return [`${pkg}/types`, name, '.d.ts', () => src.declarationFile(random)];
    case 'js': return [`${pkg}/scripts`, name, random.pick(['.js', '.mjs', '.cjs']), () => src.ordinaryJavaScript(random, random.int(20, 120))];
    case 'py': return [`${service}/${random.pick(['app', 'app/core', 'tests'])}`, pyName, '.py', () => src.ordinaryPython(random, random.int(20, 250))];
    case 'md': return [random.chance(0.5) ? `docs/${random.pick(['guides', 'adr', 'runbooks', 'api'])}` : pkg, () => snake([random.pick(NOUNS), random.pick(['notes', 'guide', 'design', 'changelog'])]).replace(/_/g, '-'), '.md', () => src.markdown(random)];
    case 'json': return [`${pkg}/src/i18n`, () => random.pick(['en', 'fr', 'de', 'es', 'ja', 'pt-BR', 'it', 'nl', 'sv', 'pl']) + '-' + random.pick(NOUNS), '.json', () => src.i18nJson(random)];
    case 'yaml': return [random.chance(0.3) ? '.github/workflows' : `${pkg}/config`, name, '.yml', () => src.workflowYaml(random)];
    case 'css': return [`${pkg}/src/styles`, name, '.module.css', () => src.css(random)];
    case 'html': return [`${pkg}/public`, name, '.html', () => src.html(random)];
    case 'svg': return [`${pkg}/public/icons`, () => random.pick(NOUNS) + '-' + random.pick(TECH_WORDS), '.svg', () => src.svg(random)];
    case 'png': return [`${pkg}/public/images`, () => random.pick(NOUNS) + '-' + random.pick(TECH_WORDS), '.png', () => src.png(random)];
    default: throw new Error(kind);
  }
}

function generateTree({ out, seed }) {
  const started = performance.now();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const random = createRandom(seed);
  const writer = new TreeWriter(out);
  const counts = {};
  const measure = (label, fn) => {
    const before = writer.count;
    const result = fn();
    counts[label] = writer.count - before;
    return result;
  };

  measure('git', () => gitFolder(random.fork('git'), writer));
  measure('root', () => rootFiles(random.fork('root'), writer));
  const npm = measure('npm', () => generateNpm(random, writer));
  const services = measure('python', () => generatePython(random, writer));
  const places = { packages: npm.workspaceMembers.filter((d) => d.startsWith('packages/')), apps: npm.workspaceMembers.filter((d) => d.startsWith('apps/')), services: services.map((s) => s.dir) };

  // Files that use models: Python in the services (one of them 5,000 lines long), TypeScript in the packages and apps.
  const models = random.fork('models');
  const largePython = `${places.services[0]}/app/evaluation_pipeline.py`;
  measure('modelSources', () => {
    writer.write(largePython, src.largePythonWithModels(models, LARGE_PYTHON_LINES));
    for (let i = 1; i < MODEL_FILES.python; i++) {
      writer.writeUnique(`${models.pick(places.services)}/app/${models.pick(['', 'llm/', 'jobs/', 'api/'])}`.replace(/\/$/, ''), () => snake([models.pick(VERBS), models.pick(NOUNS)]), '.py', src.pythonWithModels(models, models.int(40, 400)));
    }
    for (let i = 0; i < MODEL_FILES.typescript; i++) {
      const member = models.pick(models.chance(0.6) ? places.packages : places.apps);
      writer.writeUnique(`${member}/src/${models.pick(['', 'ai/', 'server/', 'lib/'])}`.replace(/\/$/, ''), () => camel([models.pick(VERBS), models.pick(NOUNS)]), '.ts', src.typescriptWithModels(models, models.int(30, 300)));
    }
  });
  measure('notebooks', () => {
    const nb = random.fork('notebooks');
    for (let i = 0; i < NOTEBOOKS; i++) {
      const dir = i < NOTEBOOKS / 2 ? 'notebooks' : `${nb.pick(places.services)}/notebooks`;
      writer.writeUnique(dir, () => `${String(i + 1).padStart(2, '0')}-${nb.pick(NOUNS)}-${nb.pick(['eval', 'exploration', 'finetune', 'baseline'])}`, '.ipynb', src.notebook(nb));
    }
  });
  measure('filler', () => {
    const fill = random.fork('filler');
    while (writer.count < TOTAL_FILES) {
      const [dir, name, extension, content] = fillerFile(fill, fill.weighted(FILLER_KINDS), places);
      writer.writeUnique(dir, name, extension, content());
    }
  });

  const manifest = {
    generator: generatorVersion(),
    seed,
    tree: relative(dirname(out), out),
    files: writer.count,
    bytes: writer.bytes,
    counts,
    generationMs: Math.round(performance.now() - started),
    packageJsonFiles: 1 + npm.workspaceMembers.length,
    lockPackages: npm.lockPackages,
    installedPackages: npm.installed.length,
    largePython,
    largePackageJson: npm.rootManifest,
    licenseFiles: npm.licenseFiles,
    installed: npm.installed,
    python: services,
  };
  writeFileSync(manifestPath(out), JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

function manifestPath(tree) {
  return `${tree}.manifest.json`;
}

/** The tree's manifest, generating the tree first when it is missing or was made by another generator. */
export function ensureTree({ out = DEFAULT_TREE, seed = DEFAULT_SEED, force = false, log = () => {} } = {}) {
  if (!force && existsSync(out) && existsSync(manifestPath(out))) {
    const manifest = JSON.parse(readFileSync(manifestPath(out), 'utf8'));
    if (manifest.generator === generatorVersion() && manifest.seed === seed) return { manifest, generated: false };
  }
  log(`Generating the synthetic monorepo in ${relative(process.cwd(), out) || out} …`);
  return { manifest: generateTree({ out, seed }), generated: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : args[at + 1];
  };
  const { manifest, generated } = ensureTree({
    out: resolve(option('--out', DEFAULT_TREE)),
    seed: option('--seed', DEFAULT_SEED),
    force: args.includes('--force'),
    log: (m) => console.log(m),
  });
  console.log(`${generated ? 'Generated' : 'Up to date'}: ${manifest.files} files, ${(manifest.bytes / 1048576).toFixed(1)} MB (${Object.entries(manifest.counts).map(([k, v]) => `${k} ${v}`).join(', ')})${generated ? ` in ${(manifest.generationMs / 1000).toFixed(1)} s` : ''}`);
}
