// NuGet: SDK-style projects with central package management, packages.config, packages.lock.json,
// and the .nuspec files of the global packages folder.
import { basename, extname } from '../../fs/paths';
import type { Ecosystem, ManifestRole } from '../ecosystem';
import { parseNuGetLock } from './lockfile';
import { parsePackagesConfig } from './packagesConfig';
import { parseMsBuildProject } from './project';
import { createNuGetResolver, nugetCacheRoots } from './resolver';

const PROJECT_EXTENSIONS = new Set(['.csproj', '.fsproj', '.vbproj']);
const MSBUILD_FILES = new Set(['directory.build.props', 'directory.build.targets', 'directory.packages.props']);

export const nuget: Ecosystem = {
  id: 'nuget',
  displayName: 'NuGet',
  toolDirectories: ['bin', 'obj'],
  roleOf(path): ManifestRole | undefined {
    const name = basename(path).toLowerCase();
    if (name === 'packages.lock.json') return 'lockfile';
    if (name === 'packages.config' || MSBUILD_FILES.has(name) || PROJECT_EXTENSIONS.has(extname(name))) return 'manifest';
    return undefined;
  },
  parse(file) {
    const name = basename(file.path).toLowerCase();
    if (name === 'packages.lock.json') return parseNuGetLock(file);
    if (name === 'packages.config') return parsePackagesConfig(file);
    return parseMsBuildProject(file);
  },
  cacheRoots: nugetCacheRoots,
  createResolver: createNuGetResolver,
};
