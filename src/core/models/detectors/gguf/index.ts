// Local GGUF model files (llama.cpp, Ollama, LM Studio): the header names the model, its licence and
// the model it was made from.
import { basename } from '../../../fs/paths';
import { FILE_START } from '../../../text/lineIndex';
import type { HeaderModelDetector, ModelDetection, ModelReference } from '../../detector';
import { readGgufHeader, type GgufMetadata } from './ggufHeader';

/** Enough for every `general.*` key, which writers put before the tokenizer's large arrays. */
const HEADER_BYTES = 1024 * 1024;

export const ggufModelDetector: HeaderModelDetector = {
  kind: 'header',
  id: 'gguf',
  headerBytes: HEADER_BYTES,
  accepts: (path) => path.toLowerCase().endsWith('.gguf'),
  detect(path: string, header: Uint8Array): ModelDetection {
    const read = readGgufHeader(header);
    if (!read.ok) return { references: [], problems: [{ range: FILE_START, message: `Not read as a model: ${read.reason}` }] };
    const { metadata, version } = read;
    const name = text(metadata, 'general.name');
    const license = text(metadata, 'general.license');
    const licenseName = text(metadata, 'general.license.name');
    const baseModel = text(metadata, 'general.base_model.0.repo_url') ?? text(metadata, 'general.base_model.0.name');
    const facts = [
      name && `name "${name}"`,
      license && `license "${license}"`,
      licenseName && `license name "${licenseName}"`,
      baseModel && `base model ${baseModel}`,
    ].filter(Boolean);
    const reference: ModelReference = {
      id: name ?? text(metadata, 'general.basename') ?? basename(path),
      range: FILE_START,
      provider: 'gguf',
      via: 'GGUF header',
      localEvidence: {
        ...(license && { license }),
        ...(name && { name }),
        ...(baseModel && { baseModel }),
        detail: `GGUF v${version} header${facts.length ? `: ${facts.join(', ')}` : ' names no model or licence'}`,
      },
    };
    // A file shorter than the prefix asked for ended inside its own header.
    const truncated = read.pairs < read.declared && header.length < HEADER_BYTES;
    const problems = truncated ? [{ range: FILE_START, message: `The GGUF header is truncated: the file ends after ${read.pairs} of ${read.declared} metadata entries` }] : [];
    return { references: [reference], problems };
  },
};

function text(metadata: GgufMetadata, key: string): string | undefined {
  const value = metadata.get(key);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
