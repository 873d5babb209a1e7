import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendixWords, licenseParts, termsWords, wordList } from './normalizeText';

const normalized = (text: string): { terms: string; appendix: string } => {
  const parts = licenseParts(text);
  return { terms: termsWords(parts), appendix: appendixWords(parts) };
};
const words = (text: string): string => normalized(text).terms;

describe('licence text words', () => {
  it('ignores case, white space, punctuation, quotes and dashes', () => {
    assert.equal(words('THE SOFTWARE IS PROVIDED “AS IS”—without\r\n  warranty.'), words('The software is provided "as is" - without warranty.'));
    assert.equal(words('Use, copy; modify; and so on.'), 'use copy modify and so on');
  });

  it('drops copyright statements, their address lines and "All rights reserved", not sentences about copyright', () => {
    const text = 'Copyright (c) 2019 Jane Doe <jane@example.com>\nCopyright 2020-2024 Acme, Inc.\nAll rights reserved.\n\nPermission is granted.';
    assert.equal(words(text), 'permission is granted');
    assert.equal(words('© 2021 Someone\n51 Franklin Street, Boston\n\nText.'), 'text');
    assert.equal(words('Some terms.\n\nCopyright notice must be kept.'), 'some terms copyright notice must be kept');
    assert.equal(words('Terms:\n\n(c) You must retain notices.'), 'terms you must retain notices');
    assert.equal(words('Body text.\n\n2. Grant of Copyright License. Each Contributor grants.'), 'body text grant of copyright license each contributor grants');
  });

  it('drops leading titles however they are written', () => {
    const body = 'Permission is hereby granted, free of charge.';
    for (const title of ['MIT License', 'The MIT License (MIT)', '# MIT License', 'MIT License\n===========', '**The MIT License**']) {
      assert.equal(words(`${title}\n\n${body}`), 'permission is hereby granted free of charge', title);
    }
    assert.equal(words('Eclipse Public License - v 2.0\nTHE ACCOMPANYING PROGRAM IS PROVIDED.'), 'the accompanying program is provided');
  });

  it('drops numbering and bullets wherever wrapping puts them', () => {
    assert.equal(words('1. Redistributions must\n   (a) retain; and\n   ii. keep (2) this.'), 'redistributions must retain and keep this');
    assert.equal(words('- first\n* second\n• third.'), 'first second third');
  });

  it('reads Markdown links as their text', () => {
    assert.equal(words('See the [licence](https://example.com/licence) text.'), 'see the license text');
  });

  it('spells licence/license one way and drops URL schemes', () => {
    assert.equal(words('This Licence is licenced.'), 'this license is licensed');
    assert.equal(words('at https://www.apache.org/licenses/ and http://apache.org/licenses/.'), 'at apache org licenses and apache org licenses');
  });

  it('fills the templates\' variable parts with one word', () => {
    assert.equal(
      words('Neither the name of Acme Widgets, Inc. nor the names of its contributors may be used.'),
      words('Neither the name of the copyright holder nor the names of its contributors may be used.'),
    );
    assert.equal(
      words('THIS SOFTWARE IS PROVIDED BY ACME CORP. AND CONTRIBUTORS "AS IS" AND ANY.'),
      words('THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY.'),
    );
    assert.equal(words('In no event shall Jane Doe be liable.'), words('IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE.'));
  });

  it('keeps the appendix after END OF TERMS AND CONDITIONS apart, copyright statements left out', () => {
    const text = 'Terms here.\n\n   END OF TERMS AND CONDITIONS\n\nAPPENDIX: How to apply.\n\n   Copyright 2020 Acme Ltd\n\n   Licensed under the Licence.';
    assert.deepEqual(normalized(text), { terms: 'terms here', appendix: 'appendix how to apply licensed under the license' });
  });

  it('drops the notices licence stewards put after their licences', () => {
    for (const notice of ['Creative Commons is not a party to its public licenses. Notwithstanding, …', 'ADDENDUM: How to use this License for your documents']) {
      assert.deepEqual(normalized(`Terms here.\n\n${notice}\n\nMore.`), { terms: 'terms here', appendix: '' });
    }
  });

  it('treats every kind of white space alike', () => {
    assert.equal(words('one\u00a0two\u2003three\tfour\ufefffive.'), 'one two three four five');
  });

  it('lists the words of a normalised text', () => {
    assert.deepEqual(wordList(words('Permission is granted.')), ['permission', 'is', 'granted']);
    assert.deepEqual(wordList(words('\n\n')), []);
  });

  it('drops all-capital licence headings in the body', () => {
    assert.equal(words('Preamble text.\n\nGNU GENERAL PUBLIC LICENSE\nTERMS AND CONDITIONS FOR COPYING\n\n0. Definitions.'), 'preamble text definitions');
  });
});
