import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { retokenize, tokenize, type Tokens } from './tokenizer';

const KIND_NAMES = ['name', 'number', 'string', 'op', 'newline'] as const;

/** The tokens as objects, for assertions. */
const list = (tokens: Tokens) =>
  Array.from({ length: tokens.count }, (_, i) => ({
    kind: KIND_NAMES[tokens.kind[i]],
    start: tokens.start[i],
    end: tokens.end[i],
    value: tokens.value(i),
    contentStart: tokens.contentStart(i),
    plain: tokens.plain[i] === 1,
    indent: tokens.indent[i],
  }));

/** Compact view: `name:x`, `op:(`, `str:…` (with `!` when not plain), `nl`. */
const view = (tokens: Tokens) =>
  list(tokens).map((t) => (t.kind === 'newline' ? 'nl' : t.kind === 'string' ? `str:${t.value}${t.plain ? '' : '!'}` : `${t.kind}:${t.value}`));

const strings = (text: string) => list(tokenize(text)).filter((t) => t.kind === 'string');

describe('python tokenizer', () => {
  it('reads names, numbers and operators, telling = from ==, :=, += and ** from *', () => {
    assert.deepEqual(view(tokenize('x = a == b; y := 1.5e-3 ** 2\nz += f(*a, **k) -> 0x1F\n')), [
      'name:x', 'op:=', 'name:a', 'op:==', 'name:b', 'op:;', 'name:y', 'op::=', 'number:1.5e-3', 'op:**', 'number:2', 'nl',
      'name:z', 'op:+=', 'name:f', 'op:(', 'op:*', 'name:a', 'op:,', 'op:**', 'name:k', 'op:)', 'op:->', 'number:0x1F', 'nl',
    ]);
  });

  it('gives string contents without prefix and quotes, with their offsets', () => {
    const text = `a = "gpt-4o"; b = 'x'; c = r"raw\\d"; d = u"u"`;
    const [gpt, x, raw, u] = strings(text);
    assert.equal(gpt.value, 'gpt-4o');
    assert.equal(gpt.contentStart, 5);
    assert.equal(text.slice(gpt.start, gpt.end), '"gpt-4o"');
    assert.equal(x.value, 'x');
    assert.equal(raw.value, 'raw\\d');
    assert.equal(raw.contentStart, text.indexOf('raw\\d'));
    assert.equal(text.slice(raw.start, raw.end), 'r"raw\\d"');
    assert.equal(u.value, 'u');
    assert.ok([gpt, x, raw, u].every((t) => t.plain));
  });

  it('marks bytes and interpolated f-strings as not plain, but not f-strings without fields', () => {
    const [bytes, rawBytes, interpolated, braces, constant, template] = strings(
      `b"gpt" Rb'x' f"{model}-mini" f"{{literal}}" F'gpt-4o' t"{x}"`,
    );
    assert.equal(bytes.plain, false);
    assert.equal(rawBytes.plain, false);
    assert.equal(interpolated.plain, false);
    assert.equal(interpolated.value, '{model}-mini');
    assert.equal(braces.plain, true);
    assert.equal(constant.plain, true);
    assert.equal(constant.value, 'gpt-4o');
    assert.equal(template.plain, false);
  });

  it('keeps nested quotes inside f-string fields in one string (PEP 701)', () => {
    const tokens = tokenize(`s = f"{d["model"]} and {f'{x!r:>{w}}'}" + "gpt"\n`);
    assert.deepEqual(view(tokens), ['name:s', 'op:=', `str:{d["model"]} and {f'{x!r:>{w}}'}!`, 'op:+', 'str:gpt', 'nl']);
  });

  it('reads triple-quoted strings across lines, with quotes and escapes inside', () => {
    const text = 'doc = """He said "gpt-4o" \\""" twice\n\'\'\'not the end\n"""\nx = 1\n';
    const tokens = tokenize(text);
    assert.deepEqual(view(tokens).slice(-5), ['nl', 'name:x', 'op:=', 'number:1', 'nl']);
    assert.equal(tokens.value(2), 'He said "gpt-4o" \\""" twice\n\'\'\'not the end\n');
  });

  it('skips comments, but not a # inside a string', () => {
    assert.deepEqual(view(tokenize('# model="gpt-4"\nx = "#not a comment"  # model="o1"\n')), ['name:x', 'op:=', 'str:#not a comment', 'nl']);
  });

  it('makes one logical line of bracketed and backslash-continued lines, with its indentation', () => {
    const tokens = list(tokenize('def f():\n    x = call(a,\n             b)\n    y = 1 + \\\n        2\n\n    # comment only\n\treturn x\n'));
    const lines = tokens.filter((t) => t.indent >= 0).map((t) => `${t.value}@${t.indent}`);
    assert.deepEqual(lines, ['def@0', 'x@4', 'y@4', 'return@8']);
    assert.equal(tokens.filter((t) => t.kind === 'newline').length, 4);
  });

  it('handles CRLF line ends', () => {
    assert.deepEqual(view(tokenize('a = "x"\r\nb = (1,\r\n 2)\r\n')), ['name:a', 'op:=', 'str:x', 'nl', 'name:b', 'op:=', 'op:(', 'number:1', 'op:,', 'number:2', 'op:)', 'nl']);
  });

  it('ends an unterminated string at the end of its line and carries on', () => {
    const tokens = tokenize('a = "unterminated\nb = "ok"\n');
    assert.deepEqual(view(tokens), ['name:a', 'op:=', 'str:unterminated!', 'nl', 'name:b', 'op:=', 'str:ok', 'nl']);
  });

  it('runs an unterminated triple-quoted string to the end of the file', () => {
    assert.deepEqual(view(tokenize('x = 1\ny = """never closed\nz = "gpt-4o"\n')), ['name:x', 'op:=', 'number:1', 'nl', 'name:y', 'op:=', 'str:never closed\nz = "gpt-4o"\n!', 'nl']);
  });

  it('recovers from an unclosed bracket at the next def/class/import', () => {
    const tokens = tokenize('x = call(a,\n\ndef f():\n    return 1\n');
    assert.deepEqual(view(tokens), ['name:x', 'op:=', 'name:call', 'op:(', 'name:a', 'op:,', 'nl', 'name:def', 'name:f', 'op:(', 'op:)', 'op::', 'nl', 'name:return', 'number:1', 'nl']);
    assert.equal(tokens.indent[7], 0);
    assert.equal(tokens.indent[13], 4);
  });

  it('ignores stray closing brackets', () => {
    assert.deepEqual(view(tokenize(')]\nx = 1\n')), ['op:)', 'op:]', 'nl', 'name:x', 'op:=', 'number:1', 'nl']);
  });

  it('tokenizes a slice of a larger text with offsets into the whole text', () => {
    const text = 'IGNORED = 1\nmodel = "gpt"\nIGNORED = 2';
    const from = text.indexOf('model');
    const tokens = tokenize(text, [[from, text.indexOf('\nIGNORED = 2')]]);
    assert.deepEqual(view(tokens), ['name:model', 'op:=', 'str:gpt', 'nl']);
    assert.equal(tokens.contentStart(2), text.indexOf('gpt'));
    assert.equal(tokens.indent[0], 0);
  });

  it('reads non-ASCII names and never throws on arbitrary input', () => {
    assert.deepEqual(view(tokenize('modèle = "x"')), ['name:modèle', 'op:=', 'str:x', 'nl']);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = ['"', "'", '"""', 'f"', '{', '}', '(', ')', '[', ']', '\\', '\n', '#', ' ', 'a', '=', ':', 'rb', '\r', '\t', '0', '.'];
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 80 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const tokens = list(tokenize(text));
      for (const t of tokens) assert.ok(t.start >= 0 && t.end <= text.length && t.start <= t.end, JSON.stringify(text));
    }
  });
});

describe('python retokenize', () => {
  const fixtures = join(__dirname, 'fixtures');
  const sources = readdirSync(fixtures).map((name) => readFileSync(join(fixtures, name), 'utf8'));
  /** Everything tokenizing says, for comparing whole results. */
  const everything = (tokens: Tokens) => ({ tokens: list(tokens), partner: [...tokens.partner], lineEnds: [...tokens.lineEnds] });

  it('gives what tokenizing the edited text gives, keystroke after keystroke', () => {
    let seed = 11;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    // Edits that change how the rest of a line or file is read: strings and brackets opened or closed,
    // line ends added or removed (CRLF too), continuations, comments, statements.
    const typed = ['"', "'", '"""', 'f"{', '(', ')', '[', ']', '{', '}', '\n', '\r\n', '\r', '\\', '\\\n', '#', ' ', '\t', ':', '=', 'x', 'def g(a=1):\n', 'if False:\n    ', 'import os\n'];
    for (const source of sources) {
      let text = source;
      let tokens = tokenize(text);
      for (let n = 0; n < 60; n++) {
        const at = random(text.length + 1);
        const kind = random(3);
        const next = kind === 0 ? text.slice(0, at) + typed[random(typed.length)] + text.slice(at)
          : kind === 1 ? text.slice(0, at) + text.slice(at + 1 + random(30))
          : text.slice(0, at) + text.slice(Math.max(0, at - random(120)), at) + text.slice(at);
        tokens = retokenize(tokens, next);
        assert.deepEqual(everything(tokens), everything(tokenize(next)), `edit ${n} at ${at}`);
        text = next;
      }
    }
  });

  it('gives the same tokens for the same text, and follows an edit inside a line', () => {
    const text = 'a = 1\nb = "x"\nc = call(\n    d)\ne = 2\n';
    const edited = text.replace('"x"', '"xy"');
    const tokens = retokenize(tokenize(text), edited);
    assert.deepEqual(everything(tokens), everything(tokenize(edited)));
    assert.equal(list(tokens).find((t) => t.kind === 'string')?.value, 'xy');
    assert.equal(retokenize(tokens, edited), tokens);
  });

  it('follows an edit that opens a string over the rest of the file, then closes it again', () => {
    const text = 'x = 1\ny = 2\nz = "gpt-4o"\n';
    const opened = text.replace('y = 2', 'y = """2');
    const openedTokens = retokenize(tokenize(text), opened);
    assert.deepEqual(everything(openedTokens), everything(tokenize(opened)));
    assert.deepEqual(view(openedTokens).slice(-3), ['op:=', 'str:2\nz = "gpt-4o"\n!', 'nl']);
    assert.deepEqual(everything(retokenize(openedTokens, text)), everything(tokenize(text)));
  });
});
