import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { licenseParts } from './paragraphs';

const mit = 'Permission is hereby granted, free of charge, to any person.\n\nTHE SOFTWARE IS PROVIDED "AS IS".\n';

describe('licenseParts', () => {
  it('starts the terms at the first paragraph of licence text, whatever copyright lines and titles precede it', () => {
    const parts = [
      mit,
      `MIT License\n\nCopyright (c) 2020 Jane Doe\n\n${mit}`,
      `# The MIT License (MIT)\r\n\r\nCopyright © 2021 Acme, Inc. <legal@acme.example>\r\nAll rights reserved.\r\n\r\n${mit.replace(/\n/g, '\r\n')}`,
      `Copyright 2019 Someone\n${mit}`,
    ].map(licenseParts);
    for (const part of parts) assert.deepEqual(part, { terms: mit, appendix: '' });
  });

  it('keeps a paragraph that only looks like a copyright line or a title once licence text has begun', () => {
    const text = `${mit}\nCopyright notices must be kept.\n\nShort line\n`;
    assert.equal(licenseParts(text).terms, text);
  });

  it('ends the terms at END OF TERMS AND CONDITIONS, the appendix following', () => {
    const text = `Copyright 2020 X\n\n${mit}\n   END OF TERMS AND CONDITIONS  \n\nAPPENDIX: How to apply.\n`;
    assert.deepEqual(licenseParts(text), { terms: `${mit}\n`, appendix: '\nAPPENDIX: How to apply.\n' });
  });

  it('ends the terms at a steward\'s notice, which is dropped', () => {
    const text = `${mit}\nCreative Commons is not a party to its public licenses. Notwithstanding …\n`;
    assert.deepEqual(licenseParts(text), { terms: `${mit}\n`, appendix: '' });
  });

  it('has no terms for a text of titles and copyright lines only', () => {
    assert.deepEqual(licenseParts('MIT License\n\nCopyright (c) 2020 Jane Doe\n'), { terms: '', appendix: '' });
  });
});
