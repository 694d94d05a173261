import { describe, expect, it } from 'vitest';
import { sentenceWords } from './sentence-words.ts';

const keys = (text: string): string[] => sentenceWords(text, { start: 0, end: text.length }).map((w) => w.key);

describe('sentenceWords', () => {
  it('folds case, accents and apostrophes, and leaves punctuation out', () => {
    expect(keys('“China’s hackers,” said Bogotá.')).toEqual(["china's", 'hackers', 'said', 'bogota']);
    expect(keys('"CHINA\'S HACKERS", said Bogota!')).toEqual(["china's", 'hackers', 'said', 'bogota']);
  });

  it('spells initialisms, digit groups, number words and percentages one way', () => {
    expect(keys('The U.S. sent 3,000 troops, three ships and 12 per cent more.')).toEqual(
      keys('The US sent 3000 troops, 3 ships and 12% more.'),
    );
    expect(keys('a 1.5 billion deal')).not.toEqual(keys('a 15 billion deal'));
  });

  it('gives each word its place in the text, a merged "per cent" spanning both words', () => {
    const text = 'Up 9 per cent.';
    const words = sentenceWords(text, { start: 0, end: text.length });
    expect(words.map((w) => [w.key, text.slice(w.start, w.end)])).toEqual([
      ['up', 'Up'],
      ['9', '9'],
      ['percent', 'per cent'],
    ]);
  });

  it('reads only the span it is given, with offsets into the whole text', () => {
    const text = 'First one. Second one here.';
    const words = sentenceWords(text, { start: 11, end: text.length });
    expect(words.map((w) => w.key)).toEqual(['second', '1', 'here']);
    expect(words[0]).toMatchObject({ start: 11, end: 17 });
  });
});
