// Finds what is known about a Python dependency on disk, offline: the distribution installed in the
// project's virtualenv (its core metadata and licence files), else the version a lockfile pins.
// Listings, metadata and licences are computed once per scan (memo), however many manifests ask.
import { memo, type EngineContext } from '../../context';
import { decodeText } from '../../fs/fileSystem';
import { displayPath, isInside, joinPath } from '../../fs/paths';
import type { Evidence } from '../../types';
import type { DeclaredDependency, Resolution, Resolver } from '../ecosystem';
import { headerEnd, parseCoreMetadata, type CoreMetadata } from './coreMetadata';
import { licenseOfDistribution, type DistributionLicense } from './distributionLicense';
import { environmentsFor, sitePackagesOf, type InstalledDistribution } from './environments';
import { lockedVersion } from './lockedVersions';
import { normalizeName } from './names';

/** Enough for the header block of nearly every METADATA; longer headers are read whole. */
const HEADER_BYTES = 16 * 1024;

interface Installed {
  readonly distribution: InstalledDistribution;
  readonly metadata: CoreMetadata;
}

export function createPythonResolver(directory: string, context: EngineContext): Resolver {
  return {
    resolve: (dependency) => memo(context, `pypi:resolve:${directory}:${normalizeName(dependency.name)}`, () => resolve(directory, dependency, context)),
  };
}

async function resolve(directory: string, dependency: DeclaredDependency, context: EngineContext): Promise<Resolution> {
  const installed = await findInstalled(directory, normalizeName(dependency.name), context);
  if (installed) {
    const local = await installedFromProject(installed.distribution, context);
    if (local) return { version: installed.metadata.version ?? null, license: null, evidence: [], internal: local };
    const license = await distributionLicense(installed, context);
    return { version: installed.metadata.version ?? null, license: license.expression, evidence: license.evidence };
  }
  const locked = await lockedVersion(directory, dependency.name, context);
  if (!locked) return { version: null, license: null, evidence: [] };
  const evidence: Evidence = {
    source: 'lockfile',
    file: displayPath(context.root, locked.file, context.home),
    detail: `version ${locked.version}; not installed, so no licence metadata to read`,
  };
  return { version: locked.version, license: null, evidence: [evidence] };
}

/** The first virtualenv, nearest first, with a distribution of that (normalised) name. */
async function findInstalled(directory: string, key: string, context: EngineContext): Promise<Installed | undefined> {
  for (const venv of await environmentsFor(directory, context)) {
    for (const index of await sitePackagesOf(venv, context)) {
      for (const distribution of index.get(key) ?? []) {
        const metadata = await readMetadata(distribution, context);
        // The folder name is only a hint; the metadata's own Name decides.
        if (metadata?.name && normalizeName(metadata.name) === key) return { distribution, metadata };
      }
    }
  }
  return undefined;
}

/** The header block only: read a prefix, and the whole file only when the headers run past it. */
function readMetadata(distribution: InstalledDistribution, context: EngineContext): Promise<CoreMetadata | undefined> {
  return memo(context, `pypi:metadata:${distribution.metadataFile}`, async () => {
    try {
      const prefix = await context.fs.readPrefix(distribution.metadataFile, HEADER_BYTES);
      const text = decodeText(prefix);
      const whole = prefix.length === HEADER_BYTES && headerEnd(text) === -1;
      return parseCoreMetadata(whole ? decodeText(await context.fs.readFile(distribution.metadataFile)) : text);
    } catch {
      return undefined;
    }
  });
}

function distributionLicense(installed: Installed, context: EngineContext): Promise<DistributionLicense> {
  return memo(context, `pypi:license:${installed.distribution.metadataFile}`, () => licenseOfDistribution(context, installed.distribution, installed.metadata));
}

/**
 * PEP 610: a distribution installed from a folder of the workspace (an editable install of the
 * project or a workspace member) is the project's own code.
 */
async function installedFromProject(distribution: InstalledDistribution, context: EngineContext): Promise<string | undefined> {
  if (distribution.format !== 'dist-info') return undefined;
  return memo(context, `pypi:direct-url:${distribution.path}`, async () => {
    try {
      const directUrl = JSON.parse(decodeText(await context.fs.readFile(joinPath(distribution.path, 'direct_url.json')))) as { url?: unknown; dir_info?: unknown };
      if (typeof directUrl.url !== 'string' || !directUrl.url.startsWith('file://') || directUrl.dir_info === undefined) return undefined;
      const path = decodeURIComponent(new URL(directUrl.url).pathname);
      return isInside(context.root, path) ? `installed from the workspace folder ${displayPath(context.root, path)}` : undefined;
    } catch {
      return undefined;
    }
  });
}
