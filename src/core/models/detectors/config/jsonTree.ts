// JSON read into a config tree, through the engine's JSON parser (jsonc-parser keeps offsets).
import { parseJson, type JsonNode } from '../../../text/json';
import type { LineIndex } from '../../../text/lineIndex';
import { OTHER, type ConfigNode, type MapEntry, type ReadTree } from './configTree';

export function readJson(text: string, lines: LineIndex): ReadTree {
  const { root, problem } = parseJson(text, lines);
  return { root: root ? convert(root, text) : OTHER, problem };
}

function convert(node: JsonNode, text: string): ConfigNode {
  switch (node.type) {
    case 'object': {
      const entries: MapEntry[] = [];
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (typeof key?.value === 'string' && value) entries.push({ key: key.value, value: convert(value, text) });
      }
      return { kind: 'map', entries };
    }
    case 'array':
      return { kind: 'list', items: (node.children ?? []).map((item) => convert(item, text)) };
    case 'string': {
      const start = node.offset + 1;
      const end = Math.max(start, node.offset + node.length - 1);
      return { kind: 'string', value: node.value as string, start, end, exact: text.slice(start, end) === node.value };
    }
    default:
      return OTHER;
  }
}
