import assert from 'node:assert/strict';
import { test } from 'node:test';
import { literalStrings, statements, tokenizeRuby, type Token } from './ruby';

/** The literal (non-interpolated) strings among tokens. */
const literals = (tokens: readonly Token[]) => tokens.filter((t) => t.kind === 'string' && !t.dynamic).map((t) => t.value);

const values = (text: string) => tokenizeRuby(text).tokens.filter((t) => t.kind !== 'newline').map((t) => `${t.kind}:${t.value}`);

test('literals: quotes, escapes, %-literals with nesting, symbols, labels, hash rockets', () => {
  assert.deepEqual(values(`gem 'it\\'s', "a\\"b", %q(x (y) z), %w[MIT Apache-2.0], :sym, key: 1, :old => :style, "k": 2`), [
    'identifier:gem',
    "string:it's",
    'operator:,',
    'string:a"b',
    'operator:,',
    'string:x (y) z',
    'operator:,',
    'words:MIT Apache-2.0',
    'operator:,',
    'symbol:sym',
    'operator:,',
    'label:key',
    'number:1',
    'operator:,',
    'symbol:old',
    'operator:=>',
    'symbol:style',
    'operator:,',
    'label:k',
    'number:2',
  ]);
});

test('contents of comments, heredocs, regexps and interpolations never pass for code', () => {
  const text = [
    "gem 'a' # gem 'commented'",
    's.description = <<~DESC',
    "  It's got gem 'inside' and an unbalanced \" quote",
    '  DESC',
    "x = name =~ /gem 'regexp'/",
    'y = "#{gem \'interp\'}"',
    '=begin',
    "gem 'block-commented'",
    '=end',
    "gem 'b'",
    '__END__',
    "gem 'after-end'",
  ].join('\n');
  const { tokens, problem } = tokenizeRuby(text);
  assert.equal(problem, undefined);
  assert.deepEqual(literals(tokens), ['a', 'b']);
});

test('division and modulo stay operators; a command argument is a literal', () => {
  assert.deepEqual(values('a = b / 2 % 3'), ['identifier:a', 'operator:=', 'identifier:b', 'operator:/', 'number:2', 'operator:%', 'number:3']);
  assert.deepEqual(values('foo %w[x y]'), ['identifier:foo', 'words:x y']);
  assert.deepEqual(values('list << "x"'), ['identifier:list', 'operator:<<', 'string:x']);
});

test('string offsets are where the contents are written', () => {
  const text = "  gem \"rails\", '~> 7.1'";
  const [, name, , requirement] = tokenizeRuby(text).tokens;
  assert.equal(text.slice(name!.offset, name!.offset + name!.length), 'rails');
  assert.equal(text.slice(requirement!.offset, requirement!.offset + requirement!.length), '~> 7.1');
});

test('statements: lines, continuations, brackets across lines, do-blocks with parameters, end', () => {
  const text = ['group :a, :b do', "  gem 'x',", "    '1.0'", "  foo(1,", '    2)', 'end', "list.each do |g| gem g end", 'a; b'].join('\n');
  const shape = statements(tokenizeRuby(text).tokens).map((s) => (s.kind === 'end' ? 'end' : `${s.tokens.map((t) => t.value).join(' ')}${s.opensBlock ? ' {' : ''}`));
  assert.deepEqual(shape, ['group a , b {', 'gem x , 1.0', 'foo ( 1 , 2 )', 'end', 'list . each {', 'gem g', 'end', 'a', 'b']);
});

test('an unterminated literal is a problem at its start; the tokens before it are kept', () => {
  for (const [text, offset, what] of [
    ["gem 'ok'\ngem 'broken", 13, 'string'],
    ['x = %w[a b', 4, '%w literal'],
    ['d = <<~EOS\nnever ends', 4, 'heredoc EOS'],
    ['=begin\nnot closed', 0, '=begin comment'],
  ] as const) {
    const { problem } = tokenizeRuby(text);
    assert.equal(problem?.offset, offset, text);
    assert.equal(problem?.message, `Unterminated ${what}`);
  }
  assert.deepEqual(literals(tokenizeRuby("gem 'ok'\ngem 'broken").tokens), ['ok']);
});

test('literalStrings: only arguments made of literals', () => {
  const of = (text: string) => literalStrings(tokenizeRuby(text).tokens).map((w) => w.value);
  assert.deepEqual(of("'a'"), ['a']);
  assert.deepEqual(of('"a".freeze'), ['a']);
  assert.deepEqual(of('%q<rack>.freeze'), ['rack']);
  assert.deepEqual(of('%w[MIT Apache-2.0]'), ['MIT', 'Apache-2.0']);
  assert.deepEqual(of('["Ruby".freeze, "BSD-2-Clause".freeze]'), ['Ruby', 'BSD-2-Clause']);
  assert.deepEqual(of("['a',]"), ['a']);
  assert.deepEqual(of("ENV['V'] || '1.0'"), []);
  assert.deepEqual(of('"v#{x}"'), []);
  assert.deepEqual(of("['a' + 'b']"), []);
});
