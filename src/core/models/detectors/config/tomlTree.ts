// TOML read into a config tree, through the positional TOML reader (smol-toml keeps no offsets).
import { parseToml, spanRange, type TomlValue } from '../../../text/toml';
import type { LineIndex } from '../../../text/lineIndex';
import { OTHER, type ConfigNode, type ReadTree } from './configTree';
import { textSpan } from './reference';

export function readToml(text: string, lines: LineIndex): ReadTree {
  const { root, problems } = parseToml(text);
  const first = problems[0];
  const problem = first && {
    range: spanRange(lines, first),
    message: `Invalid TOML: ${first.message} (line ${lines.position(first.start).line + 1})`,
  };
  return { root: convert(root, text), problem };
}

function convert(value: TomlValue, text: string): ConfigNode {
  switch (value.kind) {
    case 'table':
      return { kind: 'map', entries: [...value.entries].map(([key, entry]) => ({ key, value: convert(entry.value, text) })) };
    case 'array':
      return { kind: 'list', items: value.items.map((item) => convert(item, text)) };
    case 'string':
      return { kind: 'string', ...textSpan(text, value.value, value.contentStart, value.contentEnd) };
    default:
      return OTHER;
  }
}
