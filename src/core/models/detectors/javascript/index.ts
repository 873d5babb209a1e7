// The JavaScript/TypeScript model detector: model ids passed to AI SDKs in .js/.ts/.jsx/.tsx files
// (and their .mjs/.cjs/.mts/.cts forms; never declaration files).
import type { ModelDetection, TextModelDetector } from '../../detector';
import { LastFileTokens } from '../lastFileTokens';
import { findModelReferences, mightNameAModel } from './references';
import { retokenize, tokenize, type Tokens } from './tokenizer';

const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
/** `<tag>` is JSX in these; in .ts/.mts/.cts it is a type assertion. */
const JSX_EXTENSIONS = /\.(?:[cm]?js|[jt]sx)$/;

/** The tokens of the file read last, re-used when it is read again after an edit. */
const lastFile = new LastFileTokens<Tokens>();

export const javascriptModelDetector: TextModelDetector = {
  kind: 'text',
  id: 'javascript',
  accepts(path: string): boolean {
    return SOURCE_EXTENSIONS.test(path) && !DECLARATION_FILE.test(path) && !path.includes('/node_modules/');
  },
  detect(file): ModelDetection {
    try {
      if (!mightNameAModel(file.text)) return { references: [], problems: [] };
      const options = { jsx: JSX_EXTENSIONS.test(file.path) };
      const tokens = lastFile.read(file.path, file.text, (previous) => (previous ? retokenize(previous, file.text, options) : tokenize(file.text, options)));
      return { references: findModelReferences(tokens), problems: [] };
    } catch (error) {
      // The reader is built never to throw; should it still, the file loses its models, not the scan.
      return { references: [], problems: [{ range: null, message: `Could not look for AI models in this file: ${error instanceof Error ? error.message : String(error)}` }] };
    }
  },
};
