// JSON with positions (jsonc-parser), and problems worded for people.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ParseProblem } from '../ecosystems/ecosystem';
import { LineIndex } from './lineIndex';

export type { Node as JsonNode } from 'jsonc-parser';

const WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing brace',
  CloseBracketExpected: 'expected a closing bracket',
  EndOfFileExpected: 'unexpected content after the end',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

export interface ParsedJson {
  /** The tree jsonc-parser recovers, even from broken text (undefined when nothing is left). */
  readonly root: Node | undefined;
  readonly lines: LineIndex;
  /** The first syntax error only: one clear problem, not a cascade. */
  readonly problem: ParseProblem | undefined;
}

/** Parses strict JSON (comments and trailing commas are errors) keeping every node's offsets. */
export function parseJson(text: string, lines = new LineIndex(text)): ParsedJson {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (!first) return { root, lines, problem: undefined };
  const range = lines.range(first.offset, Math.max(first.length, 1));
  const code = printParseErrorCode(first.error);
  const message = `Invalid JSON: ${WORDS[code] ?? code} (line ${range.start.line + 1}, column ${range.start.character + 1})`;
  return { root, lines, problem: { range, message } };
}

/** Parses a file that must hold a JSON object (`what` names it in the problem when it does not). */
export function parseJsonObject(text: string, what: string): { object: Node | undefined; lines: LineIndex; problems: ParseProblem[] } {
  const { root, lines, problem } = parseJson(text);
  const problems: ParseProblem[] = problem ? [problem] : [];
  if (root && root.type !== 'object') problems.push({ range: lines.range(root.offset, 1), message: `${what} should hold a JSON object` });
  return { object: root?.type === 'object' ? root : undefined, lines, problems };
}

/** A property of an object node whose key is a string. */
export interface JsonProperty {
  readonly key: string;
  /** The key's own node, for its range. */
  readonly keyNode: Node;
  readonly value: Node | undefined;
}

/** The properties of an object node, in order; none when the node is not an object. */
export function* objectProperties(node: Node | undefined): Generator<JsonProperty> {
  if (node?.type !== 'object') return;
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (keyNode?.type === 'string' && typeof keyNode.value === 'string') yield { key: keyNode.value, keyNode, value };
  }
}

/** The value of a string node; undefined for anything else. */
export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

/** The value node of the property named `key` of an object node. */
export function propertyValue(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  return node.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
}

/** Where the text inside a string node's quotes is. */
export function stringContent(node: Node): { start: number; end: number } {
  const start = node.offset + 1;
  return { start, end: Math.max(start, node.offset + node.length - 1) };
}

/** The string inside a string node's quotes, as a range. */
export function stringContentRange(node: Node, lines: LineIndex) {
  const { start, end } = stringContent(node);
  return lines.range(start, end - start);
}

/** A plain JS value of a node (objects, arrays, primitives). */
export { getNodeValue as nodeValue } from 'jsonc-parser';
