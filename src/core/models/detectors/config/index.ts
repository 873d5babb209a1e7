// Models named in configuration files: YAML, JSON and TOML keys (`model`, `base_model`, `*_model`,
// `_name_or_path` …) and `.env` variables (`OPENAI_MODEL=gpt-4o`).
import type { SourceFile } from '../../../ecosystems/ecosystem';
import { basename } from '../../../fs/paths';
import { LineIndex } from '../../../text/lineIndex';
import type { ModelDetection, TextModelDetector } from '../../detector';
import { findConfigModels } from './configModels';
import { entryValue, OTHER, type ReadTree } from './configTree';
import { findDotenvModels } from './dotenv';
import { readJson } from './jsonTree';
import { readToml } from './tomlTree';
import { readYaml } from './yamlTree';

/** Folders of editor settings, not of the project's configuration. */
const EDITOR_FOLDERS = new Set(['.vscode', '.idea']);

/**
 * Files package ecosystems and tools own (manifests, lockfiles, compiler settings), and the large
 * Hugging Face artifacts that never name another model (vocabularies, weight maps).
 */
const NOT_CONFIG = new Set([
  'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'composer.json', 'deno.json', 'pnpm-lock.yaml',
  'pnpm-workspace.yaml', '.yarnrc.yml', 'cargo.toml', 'tokenizer.json', 'vocab.json', 'special_tokens_map.json',
  'added_tokens.json', 'packages.lock.json', 'composer.lock', 'pipfile.lock',
]);

/** Every model key and variable contains one of these words. */
const MODEL_WORDS = /model|name_?or_?path/i;

type Format = 'yaml' | 'json' | 'toml' | 'dotenv';

function formatOf(path: string): Format | undefined {
  if (path.split('/').some((segment) => EDITOR_FOLDERS.has(segment))) return undefined;
  const name = basename(path).toLowerCase();
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env')) return 'dotenv';
  if (NOT_CONFIG.has(name) || /^[tj]sconfig\b.*\.json$/.test(name) || name.endsWith('.index.json')) return undefined;
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.toml')) return 'toml';
  return undefined;
}

const READERS: Record<Exclude<Format, 'dotenv'>, (text: string, lines: LineIndex) => ReadTree> = {
  yaml: readYaml,
  json: readJson,
  toml: readToml,
};

export const configModelDetector: TextModelDetector = {
  kind: 'text',
  id: 'config',
  accepts: (path) => formatOf(path) !== undefined,
  detect(file: SourceFile): ModelDetection {
    const format = formatOf(file.path);
    const name = basename(file.path).toLowerCase();
    const promptfoo = name.startsWith('promptfooconfig');
    // Most files (CI workflows, manifests, data) never mention a model: not parsed, nor linted.
    if (!format || (!promptfoo && !MODEL_WORDS.test(file.text))) return { references: [], problems: [] };
    const lines = new LineIndex(file.text);
    if (format === 'dotenv') return { references: findDotenvModels(file.text, lines), problems: [] };
    const { root, problem } = READERS[format](file.text, lines);
    // pyproject.toml belongs to Python packaging; only its `[tool.*]` tables configure tools that may name models.
    const scanned = name === 'pyproject.toml' && root.kind === 'map' ? (entryValue(root, 'tool') ?? OTHER) : root;
    const references = findConfigModels(scanned, lines, { promptfoo });
    // Templated YAML (Helm charts, Jinja, cookiecutter) is not YAML until rendered: its syntax is not judged.
    const templated = format === 'yaml' && /\{\{|\{%/.test(file.text);
    return { references, problems: problem && !templated ? [problem] : [] };
  },
};
