// Turns a string found where a model is expected into a model reference with its exact range.
import type { LineIndex } from '../../../text/lineIndex';
import type { ModelReference } from '../../detector';
import { modelValue } from './modelValues';

/** A string in a file: `start`/`end` are offsets of its content (inside any quotes). */
export interface TextSpan {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** True when the source text between start and end is the value itself (no escapes or quotes inside). */
  readonly exact: boolean;
}

/** The span of `value`, written at `start`..`end` of `text`. */
export function textSpan(text: string, value: string, start: number, end: number): TextSpan {
  return { value, start, end, exact: text.slice(start, end) === value };
}

export interface ReferenceOptions {
  readonly via: string;
  readonly provider?: string;
  readonly selfHosted?: string;
}

/** The model the span names, or undefined when it names none (a path, URL, template, placeholder). */
export function referenceAt(span: TextSpan, lines: LineIndex, options: ReferenceOptions): ModelReference | undefined {
  const found = modelValue(span.value);
  if (!found || (found.offset > 0 && !span.exact)) return undefined;
  const { text, offset } = found;
  const provider = found.kind === 'gguf-file' ? 'gguf' : options.provider;
  // A string with escapes has no exact place for the id: its whole content is the range.
  const range = span.exact ? lines.range(span.start + offset, text.length) : lines.range(span.start, span.end - span.start);
  const { via, selfHosted } = options;
  return { id: text, range, via, ...(provider && { provider }), ...(selfHosted && { selfHosted }) };
}
