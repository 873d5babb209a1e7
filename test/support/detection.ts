// Helpers shared by the model detectors' tests: run a detector on a text or a fixture, find where a
// string is written, summarise references.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelDetection, ModelReference, TextModelDetector } from '../../src/core/models/detector';
import { LineIndex } from '../../src/core/text/lineIndex';
import type { SourceRange } from '../../src/core/types';

/** `detect(path, text)` and `detectFixture(name)` for one detector and its fixtures folder. */
export function detectorHarness(detector: TextModelDetector, fixtures: string) {
  const detect = (path: string, text: string): ModelDetection & { text: string } => ({ text, ...detector.detect({ path, text }) });
  const detectFixture = (name: string, path = `/project/${name}`) => detect(path, readFileSync(join(fixtures, name), 'utf8'));
  return { detect, detectFixture };
}

/** The range of the `occurrence`-th `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): SourceRange {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.notEqual(offset, -1, `"${needle}" #${occurrence} is in the text`);
  }
  return new LineIndex(text).range(offset, needle.length);
}

/** [id, provider, via] of each reference: what most assertions compare. */
export const brief = (refs: readonly ModelReference[]) => refs.map((r) => [r.id, r.provider ?? null, r.via]);
