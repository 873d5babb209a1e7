// Helpers for this folder's tests: fixture files and what a range covers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceRange } from '../../types';
import type { SourceFile } from '../ecosystem';

export const FIXTURES = join(__dirname, 'fixtures').replace(/\\/g, '/');

/** A fixture as the scanner would hand it over. */
export function fixture(relativePath: string): SourceFile {
  const path = `${FIXTURES}/${relativePath}`;
  return { path, text: readFileSync(path, 'utf8') };
}

/** The text a range covers. */
export function covered(text: string, range: SourceRange): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

/** `name@line:character-character`, a compact form to compare ranges exactly. */
export function at(name: string, range: SourceRange): string {
  const end = range.end.line === range.start.line ? `${range.end.character}` : `${range.end.line}:${range.end.character}`;
  return `${name}@${range.start.line}:${range.start.character}-${end}`;
}
