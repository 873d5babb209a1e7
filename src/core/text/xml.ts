// XML with positions, for the manifests that are XML (pom.xml, *.csproj, *.nuspec …). saxes checks
// well-formedness and decodes text; the raw offsets it does not give (names, attribute values, text)
// are recovered from the source around the positions it reports.
import { SaxesParser } from 'saxes';
import type { ParseProblem } from '../ecosystems/ecosystem';
import type { SourceRange } from '../types';
import { LineIndex } from './lineIndex';

export interface XmlElement {
  /** The local name (a `prefix:` is dropped). */
  readonly name: string;
  /** Values by attribute name as written (`Include`, `xsi:schemaLocation`), entities decoded. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The text directly inside, entities decoded, trimmed. */
  readonly text: string;
  /** Offset of the name in the start tag. */
  readonly offset: number;
  /** Offset just after the start tag's `>`. */
  readonly tagEnd: number;
  /** Where the trimmed text is written; the name's place when the element holds other elements. */
  readonly textOffset: number;
  readonly textLength: number;
}

/** A stretch of the source text. */
export interface XmlSpan {
  readonly offset: number;
  readonly length: number;
}

export interface ParsedXml {
  readonly text: string;
  /** The document element, as far as it could be read (undefined when nothing was). */
  readonly root: XmlElement | undefined;
  readonly lines: LineIndex;
  /** The first well-formedness error only: one clear problem, not a cascade. */
  readonly problem: ParseProblem | undefined;
}

interface OpenElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly offset: number;
  /** Offset just after the start tag's `>`. */
  readonly contentStart: number;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

export function parseXml(text: string): ParsedXml {
  const lines = new LineIndex(text);
  const parser = new SaxesParser();
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let problem: ParseProblem | undefined;
  let lastClosed: XmlElement | undefined;

  const report = (offset: number, message: string): void => {
    if (problem) return;
    const at = lines.position(Math.min(offset, text.length));
    problem = {
      range: { start: at, end: { line: at.line, character: at.character + 1 } },
      message: `Invalid XML: ${message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')} (line ${at.line + 1}, column ${at.character + 1})`,
    };
  };

  parser.on('opentag', (tag) => {
    // saxes reports each event with its position just after the tag's `>`; `<` cannot occur inside one.
    const tagEnd = parser.position;
    const tagStart = text.lastIndexOf('<', tagEnd - 1) + 1;
    const name = localName(tag.name);
    stack.push({
      name,
      attributes: tag.attributes,
      children: [],
      text: '',
      offset: tagStart + tag.name.length - name.length,
      contentStart: tagEnd,
    });
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', (tag) => {
    const open = stack.pop();
    if (!open) return;
    const contentEnd = tag.isSelfClosing ? open.contentStart : Math.max(open.contentStart, text.lastIndexOf('</', parser.position - 1));
    const element = finish(text, open, contentEnd);
    lastClosed = element;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
  });
  parser.on('error', (error) => {
    // saxes reports a tag's errors after reading it: point at the tag's start instead.
    const end = parser.position;
    const offset = text[end - 1] === '>' ? text.lastIndexOf('<', end - 1) : end;
    const closing = /^<\/([^\s>]+)/.exec(text.slice(offset, end))?.[1];
    // Before reporting a stray close tag, saxes closes the elements left open: the last is the culprit.
    if (/unexpected close tag/.test(error.message) && closing && lastClosed && lastClosed.name !== closing) {
      report(offset, `<${lastClosed.name}> (line ${lines.position(lastClosed.offset).line + 1}) is not closed before </${closing}>`);
    } else {
      report(offset, error.message);
    }
  });

  try {
    parser.write(text).close();
  } catch (error) {
    // saxes throws only when an error handler itself fails; keep whatever was read.
    report(parser.position, error instanceof Error ? error.message : String(error));
  }
  // Elements left open by a truncated file still count, with what they hold so far.
  while (stack.length) {
    const element = finish(text, stack.pop()!, text.length);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
  }
  if (!root && !problem) report(0, 'no root element');
  return { text, root, lines, problem };
}

function finish(source: string, open: OpenElement, contentEnd: number): XmlElement {
  const value = open.text.trim();
  let textOffset = open.offset;
  let textLength = open.name.length;
  if (value && !open.children.length) {
    let start = open.contentStart;
    let end = contentEnd;
    while (start < end && isSpace(source.charCodeAt(start))) start++;
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
    textOffset = start;
    textLength = end - start;
  }
  return { name: open.name, attributes: open.attributes, children: open.children, text: value, offset: open.offset, tagEnd: open.contentStart, textOffset, textLength };
}

/** Where the value of the attribute `name` (as written) is, inside its quotes; found only when asked. */
export function attributeSpan(xml: ParsedXml, element: XmlElement, name: string): XmlSpan | undefined {
  ATTRIBUTE.lastIndex = element.offset + element.name.length;
  for (let m = ATTRIBUTE.exec(xml.text); m && m.index < element.tagEnd; m = ATTRIBUTE.exec(xml.text)) {
    if (m[1] !== name) continue;
    const written = m[2] ?? m[3]!;
    return { offset: m.index + m[0].length - written.length - 1, length: written.length };
  }
  return undefined;
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Every child element named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** The text of the first child named `name`, or undefined when it is missing or empty. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.text || undefined;
}

/** Where an element's text is written. */
export function textRange(element: XmlElement, lines: LineIndex): SourceRange {
  return lines.range(element.textOffset, element.textLength);
}

/** Where an element's name is written in its start tag. */
export function nameRange(element: XmlElement, lines: LineIndex): SourceRange {
  return lines.range(element.offset, element.name.length);
}
