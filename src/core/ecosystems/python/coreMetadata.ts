// The header block of an installed distribution's core metadata (`*.dist-info/METADATA`,
// `*.egg-info/PKG-INFO`): RFC 822-style `Field: value` lines, continued on lines that start with
// white space, ended by the first empty line. What follows is the long description, which may quote
// licences of other projects: it is never read as licence evidence.

export interface CoreMetadata {
  readonly name?: string;
  readonly version?: string;
  /** PEP 639. */
  readonly licenseExpression?: string;
  /** The legacy field: a short name ("MIT", "Apache 2.0") or a whole licence text. */
  readonly license?: string;
  readonly classifiers: readonly string[];
  /** PEP 639 `License-File:` paths, relative to the distribution's licence folder. */
  readonly licenseFiles: readonly string[];
}

/** The end of the header block, or -1 when `text` does not reach it. */
export function headerEnd(text: string): number {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? m.index : -1;
}

export function parseCoreMetadata(text: string): CoreMetadata {
  const end = headerEnd(text);
  const headers = (end === -1 ? text : text.slice(0, end)).split(/\r?\n/);
  const fields: [string, string][] = [];
  for (const line of headers) {
    if (/^[ \t]/.test(line) && fields.length) {
      // Continuation: setuptools indents by 8 spaces; the core metadata spec's form is 7 spaces and `|`.
      fields[fields.length - 1][1] += '\n' + line.replace(/^ {7}\||^[ \t]{1,8}/, '');
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) fields.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  const first = (name: string) => fields.find(([k]) => k === name)?.[1].trim() || undefined;
  const all = (name: string) => fields.filter(([k, v]) => k === name && v.trim()).map(([, v]) => v.trim());
  return {
    name: first('name'),
    version: first('version'),
    licenseExpression: first('license-expression'),
    license: first('license'),
    classifiers: all('classifier'),
    licenseFiles: all('license-file'),
  };
}
