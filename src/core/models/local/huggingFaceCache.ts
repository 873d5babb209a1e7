// Model cards in the Hugging Face hub cache: `models--{org}--{name}/snapshots/{revision}/README.md`.
import type { EngineContext } from '../../context';
import { decodeText, readTextIfExists } from '../../fs/fileSystem';
import { displayPath, joinPath } from '../../fs/paths';
import { fromHuggingFaceLicense } from '../../licenses';
import type { DirectoryCache } from './directoryCache';
import type { LocalModelEvidence } from './evidence';
import { modelCardFacts } from './frontMatter';

/** Front matter sits at the top; a card's prose can be long. */
const CARD_PREFIX_BYTES = 256 * 1024;

export async function huggingFaceCardEvidence(repository: string, hub: string, dirs: DirectoryCache, context: EngineContext): Promise<LocalModelEvidence | undefined> {
  const folder = await dirs.find(hub, `models--${repository.replace('/', '--')}`);
  if (!folder || folder.kind !== 'directory') return undefined;
  const readme = await snapshotReadme(joinPath(hub, folder.name), dirs, context);
  if (!readme) return undefined;
  const card = await context.fs.readPrefix(readme, CARD_PREFIX_BYTES).then(decodeText, () => undefined);
  if (card === undefined) return undefined;
  const facts = modelCardFacts(card);
  const file = displayPath(context.root, readme, context.home);
  if (!facts) return { license: null, evidence: { source: 'model-card', file, detail: 'model card without front matter' } };
  const { license, licenseName, licenseLink, baseModel } = facts;
  // `license: other` names the actual licence in `license_name`.
  const declared = license === 'other' && licenseName ? licenseName : license;
  const detail = [
    license ? `license: "${license}"` : 'no license in the model card',
    licenseName && `license_name: "${licenseName}"`,
    licenseLink && `license_link: ${licenseLink}`,
    baseModel && `base_model: ${baseModel}`,
  ].filter(Boolean).join(', ');
  return { license: declared ? fromHuggingFaceLicense(declared) : null, evidence: { source: 'model-card', file, detail }, ...(baseModel && { baseModel }) };
}

/** The README of the revision `refs/main` points to, else of the newest snapshot that has one. */
async function snapshotReadme(folder: string, dirs: DirectoryCache, context: EngineContext): Promise<string | undefined> {
  const snapshots = joinPath(folder, 'snapshots');
  const main = await readTextIfExists(context.fs, joinPath(folder, 'refs', 'main'));
  const revision = main?.trim();
  if (revision && /^[0-9a-f]{40}$/.test(revision)) {
    const readme = joinPath(snapshots, revision, 'README.md');
    if ((await context.fs.stat(readme))?.kind === 'file') return readme;
  }
  let newest: { path: string; mtime: number } | undefined;
  for (const snapshot of await dirs.list(snapshots)) {
    const readme = joinPath(snapshots, snapshot.name, 'README.md');
    const stat = await context.fs.stat(readme);
    if (stat?.kind === 'file' && (!newest || stat.mtime > newest.mtime)) newest = { path: readme, mtime: stat.mtime };
  }
  return newest?.path;
}
