import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeSpan, child, childText, nameRange, parseXml, textRange } from './xml';

test('elements with local names, decoded text and attributes, and where each is written', () => {
  const text = '<?xml version="1.0"?>\n<m:project xmlns:m="urn:x" id=\'p&amp;1\'>\n  <name>  A &amp; B  </name>\n  <empty/><mixed>x<![CDATA[<y>]]>z</mixed>\n</m:project>';
  const xml = parseXml(text);
  const { root, lines, problem } = xml;
  assert.equal(problem, undefined);
  assert.equal(root?.name, 'project');
  assert.deepEqual(nameRange(root!, lines), { start: { line: 1, character: 3 }, end: { line: 1, character: 10 } });
  // Values are decoded, spans are the raw text's.
  assert.deepEqual({ ...root!.attributes }, { 'xmlns:m': 'urn:x', id: 'p&1' });
  const id = attributeSpan(xml, root!, 'id')!;
  assert.equal(text.slice(id.offset, id.offset + id.length), 'p&amp;1');
  assert.equal(attributeSpan(xml, root!, 'missing'), undefined);
  // The search stops at the end of the start tag.
  assert.equal(attributeSpan(xml, child(root, 'name')!, 'id'), undefined);
  const name = child(root, 'name')!;
  assert.equal(name.text, 'A & B');
  assert.deepEqual(textRange(name, lines), { start: { line: 2, character: 10 }, end: { line: 2, character: 19 } });
  assert.equal(childText(root, 'empty'), undefined);
  assert.equal(childText(root, 'mixed'), 'x<y>z');
  assert.equal(childText(root, 'missing'), undefined);
});

test('an element holding elements has its name as text range', () => {
  const { root, lines } = parseXml('<a>\n  <b>1</b>\n</a>');
  assert.deepEqual(textRange(root!, lines), { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } });
});

test('well-formedness errors: one problem, at the tag that shows it, and the tree read so far', () => {
  const unclosed = parseXml('<project>\n  <dependency>\n    <artifactId>x\n  </dependency>\n</project>');
  assert.deepEqual(unclosed.problem, {
    range: { start: { line: 3, character: 2 }, end: { line: 3, character: 3 } },
    message: 'Invalid XML: <artifactId> (line 3) is not closed before </dependency> (line 4, column 3)',
  });
  assert.equal(child(child(unclosed.root, 'dependency'), 'artifactId')?.text, 'x');

  const truncated = parseXml('<project>\n  <name>cut');
  assert.match(truncated.problem!.message, /^Invalid XML: unclosed tag/);
  assert.equal(childText(truncated.root, 'name'), 'cut');

  const entity = parseXml('<a>&nbsp;</a>');
  assert.match(entity.problem!.message, /undefined entity/);

  for (const text of ['', 'plain text', '\u0000\u0001', '<', '<a b=>', '<a></b>', '<a/><b/>']) {
    const { problem } = parseXml(text);
    assert.ok(problem?.range, JSON.stringify(text));
  }
});
