import { describe, expect, it } from 'vitest';
import { bodyOf, sourceSentences } from './source-sentences.ts';

describe('bodyOf', () => {
  it('drops the front matter and keeps a body without one', () => {
    expect(bodyOf('---\ntitle: A\n---\n\nText.')).toBe('\nText.');
    expect(bodyOf('Text.\n---\nmore')).toBe('Text.\n---\nmore');
  });
});

describe('sourceSentences', () => {
  it('splits each block into sentences, as plain text', () => {
    const markdown = [
      '---',
      'title: T',
      '---',
      '',
      '## A *heading*',
      '',
      'The U.S. said so. Mr. Smith\ndisagreed! Did he?',
      '',
      '- one item. [A link](https://example.org) here.',
      '',
      '| a | b |',
      '| - | - |',
      '| cell one | `code` two |',
    ].join('\n');
    expect(sourceSentences(markdown)).toEqual([
      'A heading',
      'The U.S. said so.',
      // ICU's segmenter ends a sentence after a title; a shorter piece must still appear whole.
      'Mr.',
      'Smith disagreed!',
      'Did he?',
      'one item.',
      'A link here.',
      'a',
      'b',
      'cell one',
      'code two',
    ]);
  });

  it('leaves out raw HTML, image alt text and escapes', () => {
    expect(sourceSentences('Keep \\*this\\* <span>and</span> that ![alt](x.png).')).toEqual(['Keep *this* and that .']);
  });
});
