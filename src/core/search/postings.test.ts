import { describe, expect, it } from 'vitest';
import { blockKey, blockOf, decodeBlocks, decodePostings, encodeBlocks, encodePostings } from './postings.ts';

describe('postings', () => {
  it('encodes article gaps in order and decodes back', () => {
    const postings = [
      { article: 7, block: 2, weight: 90 },
      { article: 3, block: 5, weight: 12 },
      { article: 3, block: 1, weight: 200 },
    ];
    const flat = encodePostings(postings);
    expect(flat).toEqual([3, 1, 200, 0, 5, 12, 4, 2, 90]);
    expect(decodePostings(flat)).toEqual([
      { article: 3, block: 1, weight: 200 },
      { article: 3, block: 5, weight: 12 },
      { article: 7, block: 2, weight: 90 },
    ]);
  });

  it('rejects a list that is not triples', () => {
    expect(() => decodePostings([1, 2])).toThrow(/triples/);
  });
});

describe('block lists', () => {
  it('encode block keys as article gaps and blocks, sorted, and decode back', () => {
    const keys = [blockKey(9, 0), blockKey(2, 4), blockKey(2, 1)];
    const flat = encodeBlocks(keys);
    expect(flat).toEqual([2, 1, 0, 4, 7, 0]);
    expect(decodeBlocks(flat).map(blockOf)).toEqual([
      { article: 2, block: 1 },
      { article: 2, block: 4 },
      { article: 9, block: 0 },
    ]);
    expect(() => decodeBlocks([1])).toThrow(/pairs/);
  });
});
