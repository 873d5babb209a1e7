// Every model detector Openness runs. Adding one: a folder beside this file, one line here.
import type { ModelDetector } from '../detector';
import { configModelDetector } from './config';
import { ggufModelDetector } from './gguf';
import { javascriptModelDetector } from './javascript';
import { notebookModelDetector } from './notebook';
import { opsModelDetector } from './ops';
import { pythonModelDetector } from './python';

export const MODEL_DETECTORS: readonly ModelDetector[] = [configModelDetector, opsModelDetector, ggufModelDetector, pythonModelDetector, notebookModelDetector, javascriptModelDetector];

export function detectorsFor(path: string): ModelDetector[] {
  return MODEL_DETECTORS.filter((d) => d.accepts(path));
}
