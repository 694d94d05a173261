import { describe, expect, it } from 'vitest';
import { wordMatch } from './similarity.ts';

const words = (s: string): string[] => s.split(' ');

describe('wordMatch', () => {
  it('counts the words two sentences keep in order, over the words of both', () => {
    expect(wordMatch(words('a b c d'), words('a b x d'))).toEqual({ common: 3, ratio: 0.75 });
    expect(wordMatch([], [])).toEqual({ common: 0, ratio: 1 });
  });

  it('keeps a word an editor moved a place or two ("are also" → "also are")', () => {
    expect(wordMatch(words('fines are also expected soon'), words('fines also are expected soon')).ratio).toBe(1);
    expect(wordMatch(words('a b c d'), words('a c b d')).ratio).toBe(1);
  });

  it('does not keep a word moved far, nor the same words saying the reverse', () => {
    // "g" moved from the end to the front: six words kept of seven.
    expect(wordMatch(words('a b c d e f g'), words('g a b c d e f')).common).toBe(6);
    expect(wordMatch(words('the union blamed the company'), words('the company blamed the union')).common).toBe(3);
  });
});
