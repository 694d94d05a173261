import { describe, expect, it } from 'vitest';
import { normalizeWord, tokenize } from './tokens.ts';

describe('tokenize', () => {
  it.each([
    ['China’s hackers', ['china', 'hackers']],
    ['the U.S. and the U.K.', ['the', 'us', 'and', 'the', 'uk']],
    ['cyber-enabled theft', ['cyber', 'enabled', 'theft']],
    ['Zhōngguó Rénmín', ['zhongguo', 'renmin']],
    ['APT10, 2018 and a 1', ['apt10', '2018', 'and']],
    ["don't", ['dont']],
    ['<img src=x onerror=alert(1)>', ['img', 'src', 'onerror', 'alert']],
  ])('%j → %j', (text, terms) => {
    expect(tokenize(text).map((t) => t.term)).toEqual(terms);
  });

  it('gives offsets of the surface without a possessive', () => {
    const text = 'Beijing’s reply to the U.S. was short';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Beijing',
      'reply',
      'to',
      'the',
      'U.S.',
      'was',
      'short',
    ]);
  });

  it('skips words longer than 32 characters', () => {
    expect(tokenize(`${'a'.repeat(33)} ok`).map((t) => t.term)).toEqual(['ok']);
  });
});

describe('normalizeWord', () => {
  it('folds case, accents, dots and apostrophes', () => {
    expect(normalizeWord('Gdańsk')).toBe('gdansk');
    expect(normalizeWord('U.S.')).toBe('us');
    expect(normalizeWord('O’Brien')).toBe('obrien');
  });
});
