// One requirement as pip accepts it on a line (or after `-e`): a PEP 508 requirement, a URL or VCS
// reference (`git+https://…#egg=name`), an archive (`./wheels/numpy-1.26.4-….whl`), or a local path
// (`.`, `./libs/core`), which is the project's own code rather than a dependency.
import { parseRequirement } from './pep508';

export type LineRequirement =
  | {
      readonly kind: 'dependency';
      readonly name: string;
      /** Offsets of the name in the text given (end exclusive). */
      readonly nameStart: number;
      readonly nameEnd: number;
      /** Version specifier or URL as written, or null. */
      readonly spec: string | null;
    }
  | { readonly kind: 'local' }
  | { readonly kind: 'error'; readonly message: string; readonly start: number; readonly end: number };

const URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const NAME = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
const WHEEL = /\.whl$/i;
const SDIST = /\.(?:tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tar|zip)$/i;

/** Reads `text` (already without comments and options); offsets are into `text`. */
export function readLineRequirement(text: string): LineRequirement {
  const start = text.length - text.trimStart().length;
  const body = text.trim();
  if (URL.test(body) || body.startsWith('file:')) return fromLocation(text, start, true);
  const pep508 = parseRequirement(text);
  if (pep508.ok) {
    const r = pep508.requirement;
    return { kind: 'dependency', name: r.name, nameStart: r.nameStart, nameEnd: r.nameEnd, spec: r.specifier ?? r.url };
  }
  if (/^[.~/\\]/.test(body) || /[/\\]/.test(body) || /^[A-Za-z]:/.test(body)) return fromLocation(text, start, false);
  return { kind: 'error', message: pep508.message, start: pep508.start, end: pep508.end };
}

/**
 * A URL or path. An archive (`numpy-1.26.4-….whl`, `click-8.1.7.tar.gz`) is named by its file name;
 * a remote URL (VCS or not) by its `#egg=` fragment; a local folder is the project's own code.
 */
function fromLocation(text: string, start: number, isUrl: boolean): LineRequirement {
  const location = text.trim();
  const hash = location.indexOf('#');
  const path = (hash === -1 ? location : location.slice(0, hash)).replace(/[?].*$/, '');
  const fileStart = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1;
  const file = path.slice(fileStart);
  const archiveName = WHEEL.test(file) ? /^[^-]+/.exec(file) : SDIST.test(file) ? /^.+?(?=-\d)/.exec(file) : null;
  if (archiveName) {
    return { kind: 'dependency', name: archiveName[0], nameStart: start + fileStart, nameEnd: start + fileStart + archiveName[0].length, spec: location };
  }
  if (!isUrl || location.startsWith('file:')) return { kind: 'local' };
  const egg = hash === -1 ? null : /(?:^|&)egg=/.exec(location.slice(hash + 1));
  if (egg) {
    const at = hash + 1 + egg.index + egg[0].length;
    NAME.lastIndex = at;
    const name = NAME.exec(location);
    if (name) return { kind: 'dependency', name: name[0], nameStart: start + at, nameEnd: start + at + name[0].length, spec: location };
  }
  return {
    kind: 'error',
    message: 'The package name is not written here: use `name @ URL` or add `#egg=name` so its licence can be checked',
    start,
    end: start + location.length,
  };
}
