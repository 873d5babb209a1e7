import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { StandardAppendices } from './appendix';
import { TextWords, Vocabulary } from './vocabulary';

const vocabulary = new Vocabulary();
const ids = (text: string): Int32Array => Int32Array.from(text.split(' '), (w) => vocabulary.idOf(w));
const apache = ids(
  'appendix how to apply the apache license to your work attach the following boilerplate notice ' +
    'licensed under the apache license version 2 0 you may not use this file except in compliance with the license',
);
const gnu = ids('if not write to the free software foundation inc 51 franklin street fifth floor boston ma 02110 1301 usa also add information on how to contact you by electronic and paper mail');
const appendices = new StandardAppendices([apache, gnu], vocabulary.size);
/** The words `extraWords` returns for this appendix, spelled. */
const extra = (text: string): string => {
  const words = new TextWords(vocabulary);
  const tokens = Int32Array.from(text ? text.split(' ') : [], (w) => words.idOf(w));
  return Array.from(appendices.extraWords(tokens, words), (id) => words.wordOf(id)).join(' ');
};

describe('StandardAppendices', () => {
  it('takes a standard appendix, whole or in part, for no licence text', () => {
    assert.equal(extra(''), '');
    assert.equal(extra('appendix how to apply the apache license to your work attach the following boilerplate notice licensed under the apache license version 2 0 you may not use this file except in compliance with the license'), '');
    assert.equal(extra('licensed under the apache license version 2 0 you may not use this file'), '');
  });

  it('allows a variant of the appendix and a word added in passing', () => {
    assert.equal(extra('if not write to the free software foundation inc 59 temple place suite 330 boston ma 02111 1307 usa also add information on how to contact you by electronic and paper mail'), '');
    assert.equal(extra('licensed under the apache license version 2 0 you may not use this file except in compliance with the license thanks'), '');
  });

  it('returns what was added before, into or after the appendix', () => {
    const notice = 'licensed under the apache license version 2 0 you may not use this file except in compliance with the license';
    assert.equal(extra(`${notice} the software may not be offered as a service`), 'the software may not be offered as a service');
    assert.equal(extra(`no commercial use ${notice}`), 'no commercial use');
    assert.equal(extra('you may not use this file for commercial purposes'), 'you may not use this file for commercial purposes');
    assert.equal(
      extra('appendix how to apply the apache license to your work the software may not be offered as a service attach the following boilerplate notice'),
      'the software may not be offered as a service',
    );
  });
});
