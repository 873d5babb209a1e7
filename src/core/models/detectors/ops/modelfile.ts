// Ollama Modelfiles: `FROM llama3.1:8b` (a model tag) or `FROM ./model.Q4_K_M.gguf` (a local file).
import type { LineIndex } from '../../../text/lineIndex';
import type { ModelReference } from '../../detector';
import { referenceAt } from '../config/reference';

const FROM = /^([ \t]*FROM[ \t]+)(?:"([^"]*)"|(\S+))/i;

export function findModelfileModels(text: string, lines: LineIndex): ModelReference[] {
  const out: ModelReference[] = [];
  let inBlock = false;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    const content = text.slice(start, end);
    // `"""` blocks (TEMPLATE, SYSTEM, LICENSE) hold text whose lines may well start with "from".
    const wasInBlock = inBlock;
    if ((content.split('"""').length - 1) % 2 === 1) inBlock = !inBlock;
    if (wasInBlock) continue;
    const match = FROM.exec(content);
    if (!match) continue;
    const value = match[2] ?? match[3];
    const offset = start + match[1].length + (match[2] === undefined ? 0 : 1);
    const reference = referenceAt({ value, start: offset, end: offset + value.length, exact: true }, lines, { via: 'Modelfile FROM', provider: 'ollama' });
    if (reference) out.push(reference);
  }
  return out;
}
