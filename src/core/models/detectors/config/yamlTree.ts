// YAML (every document of a stream) read into a config tree with each string's exact offsets.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Node } from 'yaml';
import type { LineIndex } from '../../../text/lineIndex';
import { OTHER, type ConfigNode, type MapEntry, type ReadTree } from './configTree';
import { textSpan } from './reference';

export function readYaml(text: string, lines: LineIndex): ReadTree {
  const documents = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(documents) ? documents : [];
  const error = list.flatMap((d) => d.errors)[0];
  const problem = error && {
    range: lines.range(error.pos[0], Math.max(error.pos[1] - error.pos[0], 1)),
    message: `Invalid YAML: ${error.message} (line ${lines.position(error.pos[0]).line + 1})`,
  };
  return { root: { kind: 'list', items: list.map((d) => convert(d.contents, text)) }, problem };
}

function convert(node: Node | null, text: string): ConfigNode {
  if (!node || isAlias(node)) return OTHER;
  if (isMap(node)) {
    const entries: MapEntry[] = [];
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.key.value !== null) entries.push({ key: String(pair.key.value), value: convert(pair.value as Node | null, text) });
    }
    return { kind: 'map', entries };
  }
  if (isSeq(node)) return { kind: 'list', items: node.items.map((item) => convert(item as Node | null, text)) };
  if (isScalar(node) && typeof node.value === 'string' && node.range) {
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    if (!quoted && node.type !== Scalar.PLAIN) return OTHER; // block scalars hold prose, not ids
    return { kind: 'string', ...textSpan(text, node.value, node.range[0] + (quoted ? 1 : 0), node.range[1] - (quoted ? 1 : 0)) };
  }
  return OTHER;
}
