// Licence URLs that name one licence unambiguously: NuGet's legacy `<licenseUrl>`, a POM's
// `<license><url>`. A URL to a project's own LICENSE file says nothing by itself and maps to nothing.
import { normalizeDeclared } from './normalize';

/** Pages whose last path segment is an SPDX id (or close to one). */
const ID_PAGES = /^(?:opensource\.org\/licen[cs]es?|spdx\.org\/licenses|choosealicense\.com\/licenses)\/([^/]+)$/;

/** Old OSI page names that are not ids. */
const OSI_ALIASES: Readonly<Record<string, string>> = {
  'mit-license': 'MIT',
  'bsd-license': 'BSD-2-Clause',
  'apache2.0': 'Apache-2.0',
};

/** Canonical pages (host and path, lower case, no scheme, `www.`, extension or trailing slash). */
const PAGES: Readonly<Record<string, string>> = {
  'apache.org/licenses/license-2.0': 'Apache-2.0',
  'apache.org/licenses/license-1.1': 'Apache-1.1',
  'mit-license.org': 'MIT',
  'gnu.org/licenses/gpl-2.0': 'GPL-2.0-only',
  'gnu.org/licenses/old-licenses/gpl-2.0': 'GPL-2.0-only',
  'gnu.org/licenses/gpl-3.0': 'GPL-3.0-only',
  'gnu.org/licenses/lgpl-2.1': 'LGPL-2.1-only',
  'gnu.org/licenses/old-licenses/lgpl-2.1': 'LGPL-2.1-only',
  'gnu.org/licenses/lgpl-3.0': 'LGPL-3.0-only',
  'gnu.org/licenses/agpl-3.0': 'AGPL-3.0-only',
  'eclipse.org/legal/epl-v10': 'EPL-1.0',
  'eclipse.org/org/documents/epl-v10': 'EPL-1.0',
  'eclipse.org/legal/epl-2.0': 'EPL-2.0',
  'eclipse.org/legal/epl-v20': 'EPL-2.0',
  'eclipse.org/org/documents/edl-v10': 'BSD-3-Clause',
  'mozilla.org/mpl/2.0': 'MPL-2.0',
  'mozilla.org/en-us/mpl/2.0': 'MPL-2.0',
  'creativecommons.org/publicdomain/zero/1.0': 'CC0-1.0',
  'creativecommons.org/publicdomain/zero/1.0/legalcode': 'CC0-1.0',
  'unlicense.org': 'Unlicense',
  'boost.org/license_1_0': 'BSL-1.0',
  'json.org/license': 'JSON',
};

/** A recognised SPDX expression from `text`, or undefined (free text that only became a LicenseRef). */
function recognised(text: string): string | undefined {
  const normalized = normalizeDeclared(text);
  return normalized.kind === 'expression' && !normalized.expression.startsWith('LicenseRef-') ? normalized.expression : undefined;
}

function pageKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[?#].*$/, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')
    .replace(/\.(html?|php|txt|md|json)$/, '');
}

/** The licence a URL names, as an SPDX expression; undefined when the URL does not say. */
export function licenseFromUrl(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url.trim())) return undefined;
  // licenses.nuget.org/<expression> is how NuGet itself writes an expression as a URL.
  const nuget = /^https?:\/\/licenses\.nuget\.org\/(.+?)\/?$/i.exec(url.trim());
  if (nuget) {
    try {
      return recognised(decodeURIComponent(nuget[1]!));
    } catch {
      return undefined;
    }
  }
  const key = pageKey(url);
  const page = PAGES[key] ?? (key.endsWith('.mit-license.org') ? 'MIT' : undefined);
  if (page) return page;
  const id = ID_PAGES.exec(key)?.[1];
  if (id) return OSI_ALIASES[id] ?? recognised(id);
  // Declared-licence mappings also know a few vendor URLs (Microsoft's .NET library licence …).
  const mapped = normalizeDeclared(url.trim());
  return mapped.kind === 'expression' && !/^LicenseRef-https?-/i.test(mapped.expression) ? mapped.expression : undefined;
}
