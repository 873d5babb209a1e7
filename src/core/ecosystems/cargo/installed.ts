// Finds a crate's files on disk: vendored into the workspace (`cargo vendor`: `vendor/<name>` or
// `vendor/<name>-<version>`), in Cargo's download folder ($CARGO_HOME/registry/src/<host>-<hash>/
// <name>-<version>), or in a git checkout ($CARGO_HOME/git/checkouts/<repo>-<hash>/<short commit>).
import { valid } from 'semver';
import { memo, type EngineContext } from '../../context';
import { joinPath } from '../../fs/paths';
import { listDirectories, readTomlFile } from './files';
import { newestMatching } from './requirement';
import { indexHost, type CrateSource } from './source';
import { stringAt } from '../../text/toml';

export interface InstalledCrate {
  readonly dir: string;
  readonly manifest: string;
  readonly version: string | null;
  /** `package.license` and `package.license-file` as written. */
  readonly license: string | undefined;
  readonly licenseFile: string | undefined;
}

export interface CrateQuery {
  readonly name: string;
  /** The exact version, when a lockfile pins it. */
  readonly version: string | null;
  /** Otherwise the newest installed version this accepts is taken (any, when null). */
  readonly requirement: string | null;
  readonly source: CrateSource;
}

interface Candidate {
  readonly dir: string;
  /** Null for `vendor/<name>`, whose version only its Cargo.toml says. */
  readonly version: string | null;
}

/** The legacy git index of crates.io keeps this folder name; the sparse index's hash changes with Cargo versions. */
const CRATES_IO_GIT_FOLDER = 'github.com-1ecc6299db9ec823';
const CRATES_IO_HOST = 'index.crates.io';
/** Cargo names a source's folders `<name>-<16 hex digits of a hash of its URL>`. */
const HASHED_FOLDER = /^(.+)-[0-9a-f]{16}$/;
/** Crates in git checkouts are searched this deep (`crates/<group>/<name>/Cargo.toml`). */
const CHECKOUT_DEPTH = 3;

export async function findInstalled(
  query: CrateQuery,
  places: { readonly cargoHome: string | undefined; readonly vendorDirectories: readonly string[] },
  context: EngineContext,
): Promise<InstalledCrate | undefined> {
  for (const vendor of places.vendorDirectories) {
    const found = await findVendored(vendor, query, context);
    if (found) return found;
  }
  if (!places.cargoHome) return undefined;
  return query.source.kind === 'git'
    ? findInCheckouts(places.cargoHome, query.name, query.source, context)
    : findInRegistries(places.cargoHome, query, context);
}

/** A crate's Cargo.toml, read once per scan. */
export function readCrate(dir: string, context: EngineContext): Promise<InstalledCrate | undefined> {
  return memo(context, `cargo:crate:${dir}`, async () => {
    const manifest = joinPath(dir, 'Cargo.toml');
    const document = await readTomlFile(manifest, context);
    if (!document) return undefined;
    return {
      dir,
      manifest,
      version: stringAt(document.root, 'package', 'version')?.value ?? null,
      license: stringAt(document.root, 'package', 'license')?.value,
      licenseFile: stringAt(document.root, 'package', 'license-file')?.value,
    };
  });
}

/** `serde-1.0.210` → serde, 1.0.210; `sha-1-0.10.1` → sha-1, 0.10.1 (crate names have no dots). */
export function splitNameVersion(folder: string): { name: string; version: string } | undefined {
  for (let dash = folder.indexOf('-'); dash > 0; dash = folder.indexOf('-', dash + 1)) {
    const version = folder.slice(dash + 1);
    // Only valid()'s verdict is used: its result drops build metadata (`0.11.0+wasi-snapshot-preview1`).
    if (/^\d/.test(version) && valid(version) !== null) return { name: folder.slice(0, dash), version };
  }
  return undefined;
}

/** The folders of a download or vendor folder, by crate name. */
function crateIndex(dir: string, context: EngineContext): Promise<ReadonlyMap<string, readonly Candidate[]>> {
  return memo(context, `cargo:crate-index:${dir}`, async () => {
    const index = new Map<string, Candidate[]>();
    for (const entry of await listDirectories(dir, context)) {
      const split = splitNameVersion(entry.name);
      const name = split?.name ?? entry.name;
      const list = index.get(name) ?? [];
      list.push({ dir: joinPath(dir, entry.name), version: split?.version ?? null });
      index.set(name, list);
    }
    return index;
  });
}

/** The candidate the query asks for: its pinned version, else the newest its requirement accepts. */
function choose(candidates: readonly { readonly dir: string; readonly version: string }[], query: CrateQuery): string | undefined {
  if (query.version !== null) return candidates.find((c) => c.version === query.version)?.dir;
  const newest = newestMatching(candidates.map((c) => c.version), query.requirement);
  return candidates.find((c) => c.version === newest)?.dir;
}

async function findVendored(vendor: string, query: CrateQuery, context: EngineContext): Promise<InstalledCrate | undefined> {
  const candidates = [];
  for (const candidate of (await crateIndex(vendor, context)).get(query.name) ?? []) {
    const version = candidate.version ?? (await readCrate(candidate.dir, context))?.version;
    if (version) candidates.push({ dir: candidate.dir, version });
  }
  const dir = choose(candidates, query);
  return dir === undefined ? undefined : readCrate(dir, context);
}

async function findInRegistries(cargoHome: string, query: CrateQuery, context: EngineContext): Promise<InstalledCrate | undefined> {
  const src = joinPath(cargoHome, 'registry', 'src');
  const candidates = [];
  for (const folder of await listDirectories(src, context)) {
    if (!holdsSource(folder.name, query.source)) continue;
    for (const candidate of (await crateIndex(joinPath(src, folder.name), context)).get(query.name) ?? []) {
      if (candidate.version) candidates.push({ dir: candidate.dir, version: candidate.version });
    }
  }
  const dir = choose(candidates, query);
  return dir === undefined ? undefined : readCrate(dir, context);
}

/** Whether a `registry/src` folder holds the crates of `source`. */
function holdsSource(folder: string, source: CrateSource): boolean {
  const host = HASHED_FOLDER.exec(folder)?.[1];
  const cratesIo = folder === CRATES_IO_GIT_FOLDER || host === CRATES_IO_HOST;
  if (source.kind === 'crates-io') return cratesIo;
  // A registry named in the manifest but configured nowhere cannot be told apart from others.
  return source.kind === 'registry-index' && !cratesIo && host === indexHost(source.index);
}

/** A git dependency's crate, in the checkout of the commit a lockfile or `rev` pins. */
async function findInCheckouts(
  cargoHome: string,
  name: string,
  source: Extract<CrateSource, { kind: 'git' }>,
  context: EngineContext,
): Promise<InstalledCrate | undefined> {
  const commit = source.rev?.toLowerCase();
  if (!commit || !/^[0-9a-f]{7,40}$/.test(commit)) return undefined;
  // Cargo names a checkout folder after the repository's last path segment, lower-cased for GitHub.
  const repository = (source.url.replace(/\/+$/, '').split('/').pop() ?? '').replace(/\.git$/, '').toLowerCase();
  const checkouts = joinPath(cargoHome, 'git', 'checkouts');
  for (const folder of await listDirectories(checkouts, context)) {
    if (HASHED_FOLDER.exec(folder.name)?.[1].toLowerCase() !== repository) continue;
    for (const revision of await listDirectories(joinPath(checkouts, folder.name), context)) {
      const short = revision.name.toLowerCase();
      if (!commit.startsWith(short) && !short.startsWith(commit)) continue;
      const dir = (await cratesInTree(joinPath(checkouts, folder.name, revision.name), context)).get(name);
      if (dir) return readCrate(dir, context);
    }
  }
  return undefined;
}

/** The crates of a checked-out repository, by package name. */
function cratesInTree(root: string, context: EngineContext): Promise<ReadonlyMap<string, string>> {
  return memo(context, `cargo:tree:${root}`, async () => {
    const crates = new Map<string, string>();
    let level = [root];
    for (let depth = 0; depth <= CHECKOUT_DEPTH && level.length; depth++) {
      const next: string[] = [];
      for (const dir of level) {
        const document = await readTomlFile(joinPath(dir, 'Cargo.toml'), context);
        const name = document && stringAt(document.root, 'package', 'name')?.value;
        if (name && !crates.has(name)) crates.set(name, dir);
        for (const entry of await listDirectories(dir, context)) {
          if (!entry.symlink && !entry.name.startsWith('.') && entry.name !== 'target') next.push(joinPath(dir, entry.name));
        }
      }
      level = next;
    }
    return crates;
  });
}
