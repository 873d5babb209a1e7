import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextWords, Vocabulary } from './vocabulary';

describe('Vocabulary', () => {
  it('gives each word the next id, and the same id again', () => {
    const vocabulary = new Vocabulary(['permission', 'granted']);
    assert.equal(vocabulary.idOf('granted'), 1);
    assert.equal(vocabulary.idOf('hereby'), 2);
    assert.equal(vocabulary.idOf('permission'), 0);
    assert.equal(vocabulary.size, 3);
    assert.equal(vocabulary.wordOf(2), 'hereby');
    assert.deepEqual(vocabulary.allWords, ['permission', 'granted', 'hereby']);
  });

  it('says when it lacks a word, without adding it', () => {
    const vocabulary = new Vocabulary(['license']);
    assert.equal(vocabulary.find('license'), 0);
    assert.equal(vocabulary.find('licenses'), undefined);
    assert.equal(vocabulary.size, 1);
  });

  it('refuses a word list that names a word twice, as its ids would be wrong', () => {
    assert.throws(() => new Vocabulary(['a', 'b', 'a']), /lists a word twice/);
  });
});

describe('TextWords', () => {
  it('numbers the words a vocabulary lacks after its own, for one text only', () => {
    const vocabulary = new Vocabulary(['permission']);
    const words = new TextWords(vocabulary);
    assert.equal(words.idOf('permission'), 0);
    assert.equal(words.idOf('hereby'), 1);
    assert.equal(words.idOf('granted'), 2);
    assert.equal(words.idOf('hereby'), 1);
    assert.deepEqual([0, 1, 2].map((id) => words.wordOf(id)), ['permission', 'hereby', 'granted']);
    assert.equal(words.size, 3);
    assert.equal(vocabulary.size, 1);
    assert.equal(new TextWords(vocabulary).idOf('granted'), 1);
  });
});
