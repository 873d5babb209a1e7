// The JavaScript/TypeScript model detector: model ids passed to AI SDKs in .js/.ts/.jsx/.tsx files
// (and their .mjs/.cjs/.mts/.cts forms; never declaration files).
import type { ModelDetection, TextModelDetector } from '../../detector';
import { findModelReferences } from './references';

const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
/** `<tag>` is JSX in these; in .ts/.mts/.cts it is a type assertion. */
const JSX_EXTENSIONS = /\.(?:[cm]?js|[jt]sx)$/;

export const javascriptModelDetector: TextModelDetector = {
  kind: 'text',
  id: 'javascript',
  accepts(path: string): boolean {
    return SOURCE_EXTENSIONS.test(path) && !DECLARATION_FILE.test(path) && !path.includes('/node_modules/');
  },
  detect(file): ModelDetection {
    try {
      return { references: findModelReferences(file.text, { jsx: JSX_EXTENSIONS.test(file.path) }), problems: [] };
    } catch (error) {
      // The reader is built never to throw; should it still, the file loses its models, not the scan.
      return { references: [], problems: [{ range: null, message: `Could not look for AI models in this file: ${error instanceof Error ? error.message : String(error)}` }] };
    }
  },
};
