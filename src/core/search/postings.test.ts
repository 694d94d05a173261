import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings } from './postings.ts';

describe('postings', () => {
  it('encodes article gaps in order and decodes back', () => {
    const postings = [
      { article: 7, paragraph: 2, weight: 90 },
      { article: 3, paragraph: 5, weight: 12 },
      { article: 3, paragraph: 1, weight: 200 },
    ];
    const flat = encodePostings(postings);
    expect(flat).toEqual([3, 1, 200, 0, 5, 12, 4, 2, 90]);
    expect(decodePostings(flat)).toEqual([
      { article: 3, paragraph: 1, weight: 200 },
      { article: 3, paragraph: 5, weight: 12 },
      { article: 7, paragraph: 2, weight: 90 },
    ]);
  });

  it('rejects a list that is not triples', () => {
    expect(() => decodePostings([1, 2])).toThrow(/triples/);
  });
});
