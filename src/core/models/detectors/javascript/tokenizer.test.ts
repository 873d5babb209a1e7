import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Syntax } from './syntax';
import { retokenize, T, tokenize, type TokenKind, type Tokens } from './tokenizer';

const NAMES = Object.fromEntries(Object.entries(T).map(([name, kind]) => [kind, name])) as Record<TokenKind, string>;

/** Every token's value, in order. */
const valuesOf = (tokens: Tokens): string[] => Array.from({ length: tokens.count }, (_, i) => tokens.value(i));

/** `Kind:value` for every token, for compact assertions. */
function lex(text: string, jsx = false): string[] {
  return lexTokens(tokenize(text, { jsx }));
}

function lexTokens(tokens: Tokens): string[] {
  return valuesOf(tokens).map((value, i) => `${NAMES[tokens.kind[i] as TokenKind]}:${value}`);
}

describe('tokenize', () => {
  it('reads identifiers, punctuators, numbers and cooked strings', () => {
    assert.deepEqual(lex(`const a = obj?.b ?? 'it\\'s' + "tab\\there" + 0x1F + 1.5e-3;`), [
      'Ident:const', 'Ident:a', 'Punct:=', 'Ident:obj', 'Punct:?.', 'Ident:b', 'Punct:??', "String:it's", 'Punct:+',
      'String:tab\there', 'Punct:+', 'Number:0x1F', 'Punct:+', 'Number:1.5e-3', 'Punct:;',
    ]);
    assert.deepEqual(lex('x = a?.5:b'), ['Ident:x', 'Punct:=', 'Ident:a', 'Punct:?', 'Number:.5', 'Punct::', 'Ident:b']);
    assert.deepEqual(lex(`'\\u{1F600}\\x41\\u0042'`), ['String:😀AB']);
  });

  it('skips comments, and remembers line breaks for automatic semicolon insertion', () => {
    const tokens = tokenize("a // 'gpt-4o'\n/* model: 'x'\n */ b /** @example openai('gpt-4o') */ c", { jsx: false });
    assert.deepEqual(valuesOf(tokens), ['a', 'b', 'c']);
    assert.deepEqual([...tokens.newlineBefore], [0, 1, 0]);
  });

  it('splits template literals around their substitutions, nested ones included', () => {
    assert.deepEqual(lex('`plain ${a + `in ${b}`} tail` + `gpt-4o`'), [
      'TemplateHead:plain ', 'Ident:a', 'Punct:+', 'TemplateHead:in ', 'Ident:b', 'TemplateTail:', 'TemplateTail: tail',
      'Punct:+', 'Template:gpt-4o',
    ]);
    assert.deepEqual(lex('`${ {a: 1}.a }`'), ['TemplateHead:', 'Punct:{', 'Ident:a', 'Punct::', 'Number:1', 'Punct:}', 'Punct:.', 'Ident:a', 'TemplateTail:']);
  });

  it('tells regular expressions from division', () => {
    assert.deepEqual(lex('a = b / c / d'), ['Ident:a', 'Punct:=', 'Ident:b', 'Punct:/', 'Ident:c', 'Punct:/', 'Ident:d']);
    assert.deepEqual(lex(`x = /'[/"]+'/g.test(s)`), ['Ident:x', 'Punct:=', `Regex:/'[/"]+'/g`, 'Punct:.', 'Ident:test', 'Punct:(', 'Ident:s', 'Punct:)']);
    assert.deepEqual(lex('return /a\\/b/'), ['Ident:return', 'Regex:/a\\/b/']);
    assert.deepEqual(lex('f(x) / 2'), ['Ident:f', 'Punct:(', 'Ident:x', 'Punct:)', 'Punct:/', 'Number:2']);
    // A "regex" with no closing slash on its line was a division after all.
    assert.deepEqual(lex("(/ 'x'"), ['Punct:(', 'Punct:/', 'String:x']);
  });

  it('reads JSX text as text, so apostrophes in it open no strings', () => {
    const tokens = lex(`const el = <p className="note">Don't pick {model === 'o3' ? <b>it's slow</b> : null} here</p>; call('gpt-4o')`, true);
    assert.deepEqual(tokens, [
      'Ident:const', 'Ident:el', 'Punct:=', 'String:note', 'Punct:{', 'Ident:model', 'Punct:===', 'String:o3', 'Punct:?',
      'Punct::', 'Ident:null', 'Punct:}', 'Punct:;', 'Ident:call', 'Punct:(', 'String:gpt-4o', 'Punct:)',
    ]);
    assert.deepEqual(lex('x = <>a / b</> / 2', true), ['Ident:x', 'Punct:=', 'Punct:/', 'Number:2']);
  });

  it('leaves TypeScript generics alone', () => {
    assert.deepEqual(lex('const id = <T,>(x: T) => x', true), [
      'Ident:const', 'Ident:id', 'Punct:=', 'Punct:<', 'Ident:T', 'Punct:,', 'Punct:>', 'Punct:(', 'Ident:x', 'Punct::', 'Ident:T',
      'Punct:)', 'Punct:=>', 'Ident:x',
    ]);
    assert.deepEqual(lex("let n = <number>f('a')"), ['Ident:let', 'Ident:n', 'Punct:=', 'Punct:<', 'Ident:number', 'Punct:>', 'Ident:f', 'Punct:(', 'String:a', 'Punct:)']);
    assert.deepEqual(lex('if (a < b && c > d) {}', true), ['Ident:if', 'Punct:(', 'Ident:a', 'Punct:<', 'Ident:b', 'Punct:&&', 'Ident:c', 'Punct:>', 'Ident:d', 'Punct:)', 'Punct:{', 'Punct:}']);
  });

  it('marks strings cut short by a line break or the end of the file as broken', () => {
    assert.deepEqual(lex("a = 'open\nb = `tail"), ['Ident:a', 'Punct:=', 'BrokenString:open', 'Ident:b', 'Punct:=', 'BrokenString:tail']);
    assert.deepEqual(lex('#!/usr/bin/env node\nrun()'), ['Ident:run', 'Punct:(', 'Punct:)']);
  });

  it('never throws, and keeps tokens in order within the text, whatever it is given', () => {
    const fixtures = join(__dirname, 'fixtures');
    const sources = readdirSync(fixtures).map((f) => readFileSync(join(fixtures, f), 'utf8'));
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const noise = ['`', '${', '}', '{', '/', '*/', '/*', "'", '"', '<', '>', '\\', '\n', '</', '<>', ')', '('];
    for (let round = 0; round < 300; round++) {
      const source = sources[round % sources.length];
      const from = random(source.length);
      let text = source.slice(from, from + random(2000));
      for (let k = random(6); k > 0; k--) {
        const at = random(text.length + 1);
        text = text.slice(0, at) + noise[random(noise.length)] + text.slice(at);
      }
      for (const jsx of [false, true]) {
        const tokens = tokenize(text, { jsx });
        for (let i = 0; i < tokens.count; i++) {
          assert.ok(tokens.start[i] < tokens.end[i] && tokens.end[i] <= text.length, `token ${i} of round ${round}`);
          if (i > 0) assert.ok(tokens.start[i] >= tokens.end[i - 1], `order at ${i} of round ${round}`);
        }
        const syntax = new Syntax(tokens);
        for (let i = 0; i < syntax.count; i++) assert.ok(syntax.parent[i] < i);
      }
    }
  });
});

describe('Syntax', () => {
  const parse = (text: string): Syntax => new Syntax(tokenize(text, { jsx: false }));

  it('pairs brackets, template heads with their tails, and knows what encloses each token', () => {
    const syntax = parse('f(a, [b], { c: `x${d}y` })');
    const value = valuesOf(syntax.tokens);
    assert.equal(syntax.match[1], syntax.count - 1);
    assert.equal(value[syntax.match[4]], ']');
    const head = value.indexOf('x');
    assert.equal(syntax.tokens.kind[syntax.match[head]], T.TemplateTail);
    assert.equal(syntax.parent[head + 1], head);
    assert.deepEqual(syntax.items(1).map((s) => value.slice(s.start, s.end).join(' ')), ['a', '[ b ]', '{ c : x d y }']);
  });

  it('cuts unclosed brackets off at the closer that ends their parent, and ignores stray closers', () => {
    const syntax = parse('call(a, { b: [c ), d) ] } e');
    const value = valuesOf(syntax.tokens);
    assert.equal(value[syntax.match[1]], ')');
    assert.equal(syntax.match[1], value.indexOf(')'));
    const brace = value.indexOf('{');
    assert.ok(syntax.match[brace] < syntax.match[1], 'the unclosed { ends before the call closes');
    assert.equal(syntax.parent[value.indexOf('e')], -1);
    const unclosed = parse('a({ b: 1');
    assert.equal(unclosed.match[1], unclosed.count);
    assert.deepEqual(unclosed.items(1).length, 1);
  });

  it('skips type annotations up to what ends them', () => {
    const syntax = parse('let m: Record<string, Array<string>> = {}, n: (a: number) => void\nconst x = 1');
    const value = valuesOf(syntax.tokens);
    assert.equal(value[syntax.skipType(3, syntax.count)], '=');
    const n = value.indexOf('n');
    assert.equal(value[syntax.skipType(n + 2, syntax.count)], 'const');
  });
});

describe('retokenize', () => {
  const fixtures = join(__dirname, 'fixtures');
  const sources = readdirSync(fixtures).map((f) => readFileSync(join(fixtures, f), 'utf8'));
  /** Everything tokenizing says, for comparing whole results. */
  const everything = (tokens: Tokens) => ({
    values: lexTokens(tokens),
    start: [...tokens.start],
    end: [...tokens.end],
    newlineBefore: [...tokens.newlineBefore],
    punct: [...tokens.punct],
    lineStarts: [...tokens.lineStarts],
    indexed: tokens.indexed.map((list) => [...list]),
  });

  it('gives what tokenizing the edited text gives, keystroke after keystroke', () => {
    let seed = 5;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    // Edits that change how the rest of a line or file is read: strings, templates, comments, regular
    // expressions, JSX and braces opened or closed, line breaks added or removed.
    const typed = ['`', '${', '}', '{', '(', ')', "'", '"', '/', '/*', '*/', '//', '\\', '\n', '\r\n', '\u2028', '<div>', '</div>', '<', 'x', ' ', 'import a from "b";\n', "model: 'gpt-4o', "];
    for (const source of sources) {
      for (const jsx of [false, true]) {
        let text = source;
        let tokens = tokenize(text, { jsx });
        for (let n = 0; n < 40; n++) {
          const at = random(text.length + 1);
          const kind = random(3);
          const next = kind === 0 ? text.slice(0, at) + typed[random(typed.length)] + text.slice(at)
            : kind === 1 ? text.slice(0, at) + text.slice(at + 1 + random(30))
            : text.slice(0, at) + text.slice(Math.max(0, at - random(120)), at) + text.slice(at);
          tokens = retokenize(tokens, next, { jsx });
          assert.deepEqual(everything(tokens), everything(tokenize(next, { jsx })), `edit ${n} at ${at}`);
          text = next;
        }
      }
    }
  });

  it('gives the same tokens for the same text, and reads anew when JSX is read differently', () => {
    const text = "const a = 'x';\nconst b = <T,>(v: T) => v;\n";
    const tokens = tokenize(text, { jsx: false });
    assert.equal(retokenize(tokens, text, { jsx: false }), tokens);
    assert.deepEqual(everything(retokenize(tokens, text, { jsx: true })), everything(tokenize(text, { jsx: true })));
  });

  it('keeps every punctuator when a dense text outgrows the first guess of its token count', () => {
    const text = ';'.repeat(4000);
    const tokens = tokenize(text, { jsx: false });
    const syntax = new Syntax(tokens);
    assert.equal(tokens.count, 4000);
    for (let i = 0; i < tokens.count; i++) assert.ok(syntax.is(i, ';'), `token ${i}`);
  });
});
