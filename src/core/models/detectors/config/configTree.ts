// The shape YAML, JSON and TOML files are read into, so one set of rules finds models in all three.
import type { ParseProblem } from '../../../ecosystems/ecosystem';
import type { TextSpan } from './reference';

/** A string value and where its content is. */
export interface StringNode extends TextSpan {
  readonly kind: 'string';
}

export interface MapNode {
  readonly kind: 'map';
  readonly entries: readonly MapEntry[];
}

export interface MapEntry {
  readonly key: string;
  readonly value: ConfigNode;
}

export interface ListNode {
  readonly kind: 'list';
  readonly items: readonly ConfigNode[];
}

/** Numbers, booleans, dates, nulls, aliases, block text: nothing a model id is written as. */
export interface OtherNode {
  readonly kind: 'other';
}

export type ConfigNode = StringNode | MapNode | ListNode | OtherNode;

export const OTHER: OtherNode = { kind: 'other' };

/** The value of `key` in a map (the last one, as parsers keep it). */
export function entryValue(map: MapNode, key: string): ConfigNode | undefined {
  for (let i = map.entries.length - 1; i >= 0; i--) if (map.entries[i].key === key) return map.entries[i].value;
  return undefined;
}

/** A file read into a tree, with what was wrong with its syntax. */
export interface ReadTree {
  readonly root: ConfigNode;
  /** The first syntax error only: one clear problem, not a cascade. */
  readonly problem: ParseProblem | undefined;
}
