// Licences in Ollama's model store: `manifests/<registry>/<namespace>/<name>/<tag>` lists the model's
// layers; its `application/vnd.ollama.image.license` layers are licence texts in `blobs/sha256-…`.
import type { EngineContext } from '../../context';
import { decodeText, readTextIfExists } from '../../fs/fileSystem';
import { displayPath, joinPath } from '../../fs/paths';
import { combineExpressions } from '../../licenses';
import type { LocalModelEvidence } from './evidence';

const LICENSE_LAYER = 'application/vnd.ollama.image.license';
/** Licence texts are tens of kilobytes; a larger "licence" blob is not read whole. */
const LICENSE_PREFIX_BYTES = 512 * 1024;
/** Parts of a name become folder names: nothing else (no `..`) may reach the path. */
const NAME_PART = /^[A-Za-z0-9][\w.-]*$/;
const HOST = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?$/;

/** `llama3.1:8b` → registry.ollama.ai/library/llama3.1/8b; `hf.co/org/repo:Q4_K_M`; `user/model` → …/latest. */
export function ollamaManifestPath(store: string, id: string): string | undefined {
  const slash = id.lastIndexOf('/');
  const colon = id.indexOf(':', slash + 1);
  const tag = colon === -1 ? 'latest' : id.slice(colon + 1);
  const parts = (colon === -1 ? id : id.slice(0, colon)).split('/');
  // A first part with a dot is a registry host (`hf.co`, `registry.ollama.ai`).
  const host = parts.length > 1 && parts[0].includes('.') ? parts.shift()! : 'registry.ollama.ai';
  if (parts.length === 1) parts.unshift('library');
  if (parts.length !== 2 || !HOST.test(host) || ![...parts, tag].every((p) => NAME_PART.test(p))) return undefined;
  return joinPath(store, 'manifests', host, parts[0], parts[1], tag);
}

/** The blobs of the manifest's licence layers; undefined when the manifest is not JSON. */
function licenseBlobs(manifest: string, store: string): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest);
  } catch {
    return undefined;
  }
  const layers: unknown = (parsed as { layers?: unknown } | null)?.layers;
  if (!Array.isArray(layers)) return [];
  return layers
    .map((layer: { mediaType?: unknown; digest?: unknown } | null) => (layer?.mediaType === LICENSE_LAYER ? layer.digest : undefined))
    .filter((digest): digest is string => typeof digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(digest))
    .map((digest) => joinPath(store, 'blobs', digest.replace(':', '-')));
}

export async function ollamaLicenseEvidence(id: string, store: string, context: EngineContext): Promise<LocalModelEvidence | undefined> {
  // Ollama matches names case-insensitively and writes them as pulled, usually lower-case.
  let path = ollamaManifestPath(store, id);
  let text = path && (await readTextIfExists(context.fs, path));
  if (path && text === undefined && id !== id.toLowerCase()) {
    path = ollamaManifestPath(store, id.toLowerCase());
    text = path && (await readTextIfExists(context.fs, path));
  }
  if (!path || text === undefined) return undefined;
  const manifestEvidence = (detail: string): LocalModelEvidence => ({ license: null, evidence: { source: 'model-file', file: displayPath(context.root, path, context.home), detail } });
  const blobs = licenseBlobs(text, store);
  if (!blobs) return manifestEvidence('Ollama manifest is not valid JSON');
  if (!blobs.length) return manifestEvidence(`Ollama model ${id} has no licence layer`);
  const ids: string[] = [];
  const details: string[] = [];
  let shown: string | undefined;
  for (const blob of blobs) {
    const licenseText = await context.fs.readPrefix(blob, LICENSE_PREFIX_BYTES).then(decodeText, () => undefined);
    if (licenseText === undefined) continue;
    shown ??= blob;
    const identification = await context.licenseTexts.identify(licenseText);
    if (identification.id) ids.push(identification.id);
    // An unidentified licence (Llama's, Gemma's) is recognisable by its title.
    const title = licenseText.split('\n').map((l) => l.trim()).find(Boolean)?.slice(0, 80);
    details.push(identification.id || !title ? identification.detail : `"${title}": ${identification.detail}`);
  }
  if (!shown) return undefined;
  return {
    license: combineExpressions(ids, 'AND'),
    evidence: { source: 'model-file', file: displayPath(context.root, shown, context.home), detail: `Ollama licence of ${id}: ${details.join('; ')}` },
  };
}
