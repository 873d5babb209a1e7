// The Python model detector: `.py` files, read with a small tokenizer and a light call reader.
import type { ModelReference, TextModelDetector } from '../../detector';
import { FILE_START, LineIndex } from '../../../text/lineIndex';
import type { CellLocation, SourceRange } from '../../../types';
import { LastFileTokens } from '../lastFileTokens';
import { findModelMentions, type ModelMention } from './findModels';
import { retokenize, tokenize, type Tokens } from './tokenizer';

/** The tokens of the file read last, re-used when it is read again after an edit. */
const lastFile = new LastFileTokens<Tokens>();

export const pythonModelDetector: TextModelDetector = {
  kind: 'text',
  id: 'python',
  accepts: (path) => /\.pyw?$/i.test(path),
  detect(file) {
    try {
      const tokens = lastFile.read(file.path, file.text, (previous) => (previous ? retokenize(previous, file.text) : tokenize(file.text)));
      const mentions = findModelMentions(tokens);
      const lines = mentions.length ? new LineIndex(file.text) : undefined;
      return { references: mentions.map((m) => toReference(m, lines!.range(m.offset, m.id.length))), problems: [] };
    } catch (error) {
      return { references: [], problems: [{ range: FILE_START, message: `Could not read this Python file for models: ${String(error)}` }] };
    }
  },
};

export function toReference(mention: ModelMention, range: SourceRange, cell?: CellLocation): ModelReference {
  const { id, provider, via, clientPackage, selfHosted } = mention;
  return {
    id,
    range,
    via,
    ...(provider && { provider }),
    ...(clientPackage && { clientPackage }),
    ...(selfHosted && { selfHosted }),
    ...(cell && { cell }),
  };
}
