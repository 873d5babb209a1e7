// The JavaScript/TypeScript model detector: model ids passed to AI SDKs in .js/.ts/.jsx/.tsx files
// (and their .mjs/.cjs/.mts/.cts forms; never declaration files).
import type { ModelDetection, TextModelDetector } from '../../detector';
import { findModelReferences, mightNameAModel } from './references';
import { retokenize, tokenize, type Tokens } from './tokenizer';

const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
/** `<tag>` is JSX in these; in .ts/.mts/.cts it is a type assertion. */
const JSX_EXTENSIONS = /\.(?:[cm]?js|[jt]sx)$/;

/** The last file's tokens: the next text to read is most often that file after a keystroke. */
let previous: Tokens | undefined;

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
      const tokens = previous ? retokenize(previous, file.text, options) : tokenize(file.text, options);
      previous = tokens;
      return { references: findModelReferences(tokens), problems: [] };
    } catch (error) {
      // The reader is built never to throw; should it still, the file loses its models, not the scan.
      return { references: [], problems: [{ range: null, message: `Could not look for AI models in this file: ${error instanceof Error ? error.message : String(error)}` }] };
    }
  },
};
