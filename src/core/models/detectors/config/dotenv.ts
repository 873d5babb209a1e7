// `.env` files: `OPENAI_MODEL=gpt-4o`, `export LLM_MODEL="llama3"`, comments ignored.
import type { LineIndex } from '../../../text/lineIndex';
import type { ModelReference } from '../../detector';
import { isModelVariable, providerOfKey } from './modelKeys';
import { referenceAt, type TextSpan } from './reference';

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*/;

export function findDotenvModels(text: string, lines: LineIndex): ModelReference[] {
  const out: ModelReference[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
    const content = text.slice(start, end).replace(/\r$/, '');
    const match = ASSIGNMENT.exec(content);
    if (!match || !isModelVariable(match[1])) continue;
    const value = valueSpan(content, match[0].length);
    if (!value) continue;
    const reference = referenceAt({ ...value, start: start + value.start, end: start + value.end }, lines, {
      via: `env ${match[1]}`,
      provider: providerOfKey(match[1]),
    });
    if (reference) out.push(reference);
  }
  return out;
}

/** The value after `KEY=` on one line: inside its quotes, or up to a ` #` comment. */
function valueSpan(line: string, from: number): TextSpan | undefined {
  const quote = line[from];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = line.indexOf(quote, from + 1);
    if (close === -1) return undefined; // multi-line values hold text, not ids
    const value = line.slice(from + 1, close);
    return { value, start: from + 1, end: close, exact: !(quote === '"' && value.includes('\\')) };
  }
  const comment = line.slice(from).search(/(^|[ \t])#/);
  const value = (comment === -1 ? line.slice(from) : line.slice(from, from + comment)).trimEnd();
  return { value, start: from, end: from + value.length, exact: true };
}
