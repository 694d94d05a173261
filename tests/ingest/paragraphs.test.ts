import { describe, expect, it } from 'vitest';
import { comparable, shorten, splitParagraphs } from '../../src/core/ingest/paragraphs.ts';

describe('splitParagraphs', () => {
  it('makes every non-blank line a paragraph, whatever the line endings', () => {
    expect(splitParagraphs('\uFEFFOne\r\nTwo\rThree\n\n\n  \nFour')).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('trims line ends, including no-break spaces, and keeps the inside as it is', () => {
    expect(splitParagraphs('\u00a0  Two  spaces,\u00a0a “quote” — a dash.\u00a0\t')).toEqual([
      'Two  spaces,\u00a0a “quote” — a dash.',
    ]);
  });

  it('shows NUL as markdown readers do', () => {
    expect(splitParagraphs('a\u0000b')).toEqual(['a\uFFFDb']);
  });
});

describe('comparable', () => {
  it('ignores case, spacing and closing punctuation', () => {
    expect(comparable('  Storm   closes PORTS. ')).toBe(comparable('storm closes ports'));
    expect(comparable('Storm closes ports')).not.toBe(comparable('Storm closes port'));
  });
});

describe('shorten', () => {
  it('keeps both ends of a long text', () => {
    const text = `${'a'.repeat(100)} PHOTO: AFP`;
    const short = shorten(text, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short).toMatch(/^a+…a* ?PHOTO: AFP$/);
    expect(shorten('brief')).toBe('brief');
  });
});
