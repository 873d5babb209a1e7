// Which files the Python ecosystem reads, from their names alone.
import type { ManifestRole } from '../ecosystem';
import { basename, dirname } from '../../fs/paths';

export type PythonFileKind =
  | 'requirements'
  | 'constraints'
  | 'pyproject'
  | 'setup-cfg'
  | 'pipfile'
  | 'pipfile-lock'
  | 'poetry-lock'
  | 'uv-lock'
  | 'pylock';

const BY_NAME: Readonly<Record<string, PythonFileKind>> = {
  'pyproject.toml': 'pyproject',
  'setup.cfg': 'setup-cfg',
  Pipfile: 'pipfile',
  'Pipfile.lock': 'pipfile-lock',
  'poetry.lock': 'poetry-lock',
  'uv.lock': 'uv-lock',
  'pylock.toml': 'pylock',
};

/**
 * `requirements.txt`, `requirements-dev.txt`, `dev-requirements.txt`, pip-tools' `requirements.in`,
 * anything in a `requirements/` folder; `.in` only with those names, since autotools and
 * setuptools (`MANIFEST.in`) use the extension too.
 */
const REQUIREMENTS = /^(?:.*[-_.])?requirements(?:[-_.].*)?\.(?:txt|in)$/i;
const CONSTRAINTS = /^(?:.*[-_.])?constraints(?:[-_.].*)?\.txt$/i;
const PYLOCK = /^pylock\.[^.\/]+\.toml$/;

export function pythonFileKind(path: string): PythonFileKind | undefined {
  const name = basename(path);
  const known = BY_NAME[name];
  if (known) return known;
  if (PYLOCK.test(name)) return 'pylock';
  if (CONSTRAINTS.test(name)) return 'constraints';
  if (REQUIREMENTS.test(name)) return 'requirements';
  if (/\.(?:txt|in)$/.test(name) && basename(dirname(path)) === 'requirements') return 'requirements';
  return undefined;
}

const LOCKFILES: ReadonlySet<PythonFileKind> = new Set<PythonFileKind>(['constraints', 'pipfile-lock', 'poetry-lock', 'uv-lock', 'pylock']);

export function roleOfKind(kind: PythonFileKind): ManifestRole {
  return LOCKFILES.has(kind) ? 'lockfile' : 'manifest';
}
