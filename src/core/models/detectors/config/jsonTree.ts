// JSON read into a config tree, through the engine's JSON parser (jsonc-parser keeps offsets).
import { objectProperties, parseJson, stringContent, type JsonNode } from '../../../text/json';
import type { LineIndex } from '../../../text/lineIndex';
import { OTHER, type ConfigNode, type MapEntry, type ReadTree } from './configTree';
import { textSpan } from './reference';

export function readJson(text: string, lines: LineIndex): ReadTree {
  const { root, problem } = parseJson(text, lines);
  return { root: root ? convert(root, text) : OTHER, problem };
}

function convert(node: JsonNode, text: string): ConfigNode {
  switch (node.type) {
    case 'object': {
      const entries: MapEntry[] = [];
      for (const { key, value } of objectProperties(node)) if (value) entries.push({ key, value: convert(value, text) });
      return { kind: 'map', entries };
    }
    case 'array':
      return { kind: 'list', items: (node.children ?? []).map((item) => convert(item, text)) };
    case 'string': {
      const { start, end } = stringContent(node);
      return { kind: 'string', ...textSpan(text, node.value as string, start, end) };
    }
    default:
      return OTHER;
  }
}
