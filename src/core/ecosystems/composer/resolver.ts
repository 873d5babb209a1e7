// Finds what is known about a Composer dependency: the installed package (vendor/composer/installed.json,
// then the package's own composer.json and licence files) and composer.lock's entry.
import { memo, readText, type EngineContext } from '../../context';
import { displayPath, joinPath } from '../../fs/paths';
import { normalizeDeclared, resolveDeclaredLicense } from '../../licenses';
import type { Evidence } from '../../types';
import type { DeclaredDependency, Resolution, Resolver } from '../ecosystem';

interface PackageRecord {
  readonly version?: string;
  readonly license?: unknown;
  /** The package's folder, from installed.json's `install-path` (Composer 2) or `vendor/<name>`. */
  readonly dir?: string;
  /** Installed or locked from a `path` repository: the project's own code. */
  readonly local: boolean;
}

interface PackageIndex {
  readonly file: string;
  readonly packages: ReadonlyMap<string, PackageRecord>;
}

interface RawPackage {
  readonly name?: unknown;
  readonly version?: unknown;
  readonly license?: unknown;
  readonly 'install-path'?: unknown;
  readonly dist?: { readonly type?: unknown };
}

export function createComposerResolver(directory: string, context: EngineContext): Resolver {
  return {
    resolve: (dependency) => memo(context, `composer:resolve:${directory}:${dependency.name.toLowerCase()}`, () => resolve(directory, dependency, context)),
  };
}

async function resolve(directory: string, dependency: DeclaredDependency, context: EngineContext): Promise<Resolution> {
  const name = dependency.name.toLowerCase();
  const vendor = await vendorDirectory(directory, context);
  const installedIndex = await readIndex(context, joinPath(vendor, 'composer', 'installed.json'), joinPath(vendor, 'composer'));
  const lockIndex = await readIndex(context, joinPath(directory, 'composer.lock'), undefined);
  const installed = installedIndex?.packages.get(name);
  const locked = lockIndex?.packages.get(name);
  if (installed?.local || locked?.local || dependency.locator === 'path') {
    return { version: null, license: null, evidence: [], internal: 'a package from a path repository' };
  }

  const evidence: Evidence[] = [];
  let license: string | null = null;
  const declare = (source: Evidence['source'], file: string, raw: unknown): void => {
    const normalized = normalizeDeclared(raw);
    if (normalized.kind !== 'expression') return;
    license ??= normalized.expression;
    evidence.push({ source, file: displayPath(context.root, file, context.home), detail: `license: ${JSON.stringify(raw)}` });
  };

  if (installed && installedIndex) declare('package-metadata', installedIndex.file, installed.license);
  const packageDir = installed?.dir ?? joinPath(vendor, name);
  if (license === null) {
    // installed.json says nothing: the package's own composer.json, then its licence files.
    const manifest = joinPath(packageDir, 'composer.json');
    const text = await readText(context, manifest);
    if (text !== undefined || installed) {
      const own = await resolveDeclaredLicense(context, licenseField(text), { packageDir, metadataFile: manifest, field: 'license' });
      license = own.expression;
      evidence.push(...own.evidence);
    }
  }
  // The lockfile's record, or the one this dependency was read from.
  const lockRaw = dependency.declaredLicense ?? locked?.license;
  if (lockIndex && lockRaw !== undefined) declare('lockfile', lockIndex.file, lockRaw);
  return { version: installed?.version ?? locked?.version ?? null, license, evidence };
}

function licenseField(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return (JSON.parse(text) as { license?: unknown }).license;
  } catch {
    return undefined;
  }
}

/** An absolute `$COMPOSER_VENDOR_DIR` holds the installed packages outside the project: the host must allow reads there. */
export function composerCacheRoots(env: EngineContext['env']): string[] {
  const fromEnv = env['COMPOSER_VENDOR_DIR'];
  return fromEnv?.startsWith('/') ? [fromEnv] : [];
}

/** `$COMPOSER_VENDOR_DIR`, else composer.json's `config.vendor-dir`, else `vendor`. */
function vendorDirectory(directory: string, context: EngineContext): Promise<string> {
  return memo(context, `composer:vendor:${directory}`, async () => {
    const fromEnv = context.env['COMPOSER_VENDOR_DIR'];
    if (fromEnv) return fromEnv.startsWith('/') ? fromEnv : joinPath(directory, fromEnv);
    const text = await readText(context, joinPath(directory, 'composer.json'));
    try {
      const configured = text === undefined ? undefined : (JSON.parse(text) as { config?: { 'vendor-dir'?: unknown } }).config?.['vendor-dir'];
      if (typeof configured === 'string' && configured) return configured.startsWith('/') ? configured : joinPath(directory, configured);
    } catch {
      // composer.json's own scan reports the syntax error.
    }
    return joinPath(directory, 'vendor');
  });
}

/**
 * installed.json (Composer 1: an array; Composer 2: `{ packages: [...] }`, with install paths relative
 * to vendor/composer) or composer.lock (`packages` and `packages-dev`), by lower-case name.
 */
function readIndex(context: EngineContext, file: string, installBase: string | undefined): Promise<PackageIndex | undefined> {
  return memo(context, `composer:index:${file}`, async () => {
    const text = await readText(context, file);
    if (text === undefined) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return undefined;
    }
    const lists: unknown[] = Array.isArray(json)
      ? [json]
      : [(json as { packages?: unknown }).packages, (json as { 'packages-dev'?: unknown })['packages-dev']];
    const packages = new Map<string, PackageRecord>();
    for (const list of lists) {
      if (!Array.isArray(list)) continue;
      for (const raw of list as RawPackage[]) {
        if (typeof raw?.name !== 'string') continue;
        const installPath = raw['install-path'];
        packages.set(raw.name.toLowerCase(), {
          version: typeof raw.version === 'string' ? raw.version : undefined,
          license: raw.license,
          dir: installBase && typeof installPath === 'string' ? joinPath(installBase, installPath) : undefined,
          local: raw.dist?.type === 'path',
        });
      }
    }
    return { file, packages };
  });
}
