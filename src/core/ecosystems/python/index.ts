// The Python package ecosystem (PyPI): requirements files, pyproject.toml, setup.cfg, Pipfile and the
// lockfiles of pip-tools, Poetry, uv, pipenv and PEP 751; licences from the project's virtualenv.
import type { Ecosystem, ParsedManifest, SourceFile } from '../ecosystem';
import { FILE_START } from '../../text/lineIndex';
import { activeVirtualenv } from './environments';
import { parsePipfile } from './pipfile';
import { parsePipfileLock } from './pipfileLock';
import { parsePoetryLock } from './poetryLock';
import { parsePylock } from './pylock';
import { parsePyproject } from './pyproject';
import { parseRequirementsFile } from './requirementsFile';
import { createPythonResolver } from './resolver';
import { pythonFileKind, roleOfKind, type PythonFileKind } from './roles';
import { parseSetupCfg } from './setupCfg';
import { parseUvLock } from './uvLock';

const PARSERS: Readonly<Record<PythonFileKind, (file: SourceFile) => ParsedManifest>> = {
  requirements: (file) => parseRequirementsFile(file, 'requirements'),
  constraints: (file) => parseRequirementsFile(file, 'constraints'),
  pyproject: parsePyproject,
  'setup-cfg': parseSetupCfg,
  pipfile: parsePipfile,
  'pipfile-lock': parsePipfileLock,
  'poetry-lock': parsePoetryLock,
  'uv-lock': parseUvLock,
  pylock: parsePylock,
};

export const python: Ecosystem = {
  id: 'pypi',
  displayName: 'Python',
  // Virtualenvs under other names (`env`, `.env`) are skipped by discovery for their pyvenv.cfg.
  toolDirectories: ['.venv', 'venv', 'site-packages', 'dist-packages', '__pypackages__', '__pycache__', '.tox', '.nox', '.eggs'],
  roleOf(path) {
    const kind = pythonFileKind(path);
    return kind && roleOfKind(kind);
  },
  parse(file) {
    const kind = pythonFileKind(file.path);
    if (!kind) return { dependencies: [], problems: [] };
    if (file.text.slice(0, 8192).includes('\0')) return { dependencies: [], problems: [{ range: FILE_START, message: 'Binary file: not a text manifest' }] };
    return PARSERS[kind](file);
  },
  cacheRoots(env) {
    // The activated virtualenv may live outside the workspace (virtualenvwrapper, pipx, uv's cache).
    const active = activeVirtualenv(env);
    return active ? [active] : [];
  },
  createResolver: createPythonResolver,
};
