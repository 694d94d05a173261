import { describe, expect, it } from 'vitest';
import { NEIGHBOUR_QUALITY } from './dictionary.ts';
import { blockKey, type Posting } from './postings.ts';
import { idf, rankBlocks, type RankInput, type TermEvidence, type WordEvidence } from './rank.ts';

const at = (article: number, block: number, weight = 128): Posting => ({ article, block, weight });
const exact = (...top: Posting[]): TermEvidence => ({ quality: 1, level: 'exact', top, rest: [] });
const word = (...terms: TermEvidence[]): WordEvidence => ({ idf: 1, terms });
const input = (words: WordEvidence[], more: Partial<RankInput> = {}): RankInput => ({
  words,
  pairs: [],
  entities: [],
  requiredPairs: [],
  requiredWords: [],
  excluded: new Set(),
  ...more,
});
const order = (ranked: ReturnType<typeof rankBlocks>) => ranked.map((r) => [r.article, r.block]);

describe('rankBlocks', () => {
  it('ranks blocks holding more of the words first, however strong a single match', () => {
    const ranked = rankBlocks(input([word(exact(at(0, 1, 255), at(1, 3, 1))), word(exact(at(1, 3, 1)))]));
    expect(ranked.map((r) => [r.article, r.block, r.words])).toEqual([
      [1, 3, 2],
      [0, 1, 1],
    ]);
  });

  it('ranks the word as typed above its neighbours, even at a far lower weight', () => {
    const neighbour: TermEvidence = { quality: NEIGHBOUR_QUALITY, level: 'neighbour', top: [at(0, 1, 255)], rest: [] };
    expect(order(rankBlocks(input([word(neighbour, exact(at(1, 1, 1)))])))).toEqual([
      [1, 1],
      [0, 1],
    ]);
  });

  it('ranks the words standing together above the same words scattered at twice the weight', () => {
    const ranked = rankBlocks(
      input([word(exact(at(0, 1, 255), at(1, 1, 1))), word(exact(at(0, 1, 255), at(1, 1, 1)))], {
        pairs: [{ words: [0, 1], blocks: [blockKey(1, 1)], exact: true }],
      }),
    );
    expect(order(ranked)).toEqual([
      [1, 1],
      [0, 1],
    ]);
  });

  it('counts a block in a pair list as holding both words, also when their own lists left it out', () => {
    const ranked = rankBlocks(
      input([word(exact(at(0, 1))), word(exact())], {
        pairs: [{ words: [0, 1], blocks: [blockKey(5, 2)], exact: true }],
      }),
    );
    expect(ranked[0]).toMatchObject({ article: 5, block: 2, words: 2 });
  });

  it('ranks a headline above a paragraph that holds the words equally', () => {
    expect(order(rankBlocks(input([word(exact(at(0, 1), at(1, 0)))])))).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('counts an entity named by the query as its words, and ranks its paragraphs first', () => {
    // "MSS hackers": paragraph (2, 1) says "Ministry of State Security hackers", without "MSS".
    const ranked = rankBlocks(
      input([word(exact(at(0, 1))), word(exact(at(0, 1), at(2, 1)))], {
        entities: [{ words: [0], blocks: [blockKey(2, 1)] }],
      }),
    );
    expect(ranked.map((r) => [r.article, r.words])).toEqual([
      [2, 2],
      [0, 2],
    ]);
  });

  it('keeps only blocks with every required pair and exact word, and none excluded', () => {
    const words = [word(exact(at(0, 1), at(1, 1), at(2, 1))), word(exact(at(0, 1), at(1, 1), at(2, 1)))];
    const pairs = [{ words: [0, 1] as const, blocks: [blockKey(0, 1), blockKey(1, 1)], exact: true }];
    const ranked = rankBlocks(input(words, { pairs, requiredPairs: [0], excluded: new Set([blockKey(0, 1)]) }));
    expect(order(ranked)).toEqual([[1, 1]]);
    const fuzzy: TermEvidence = { quality: 0.8, level: 'fallback', top: [at(3, 1)], rest: [] };
    expect(order(rankBlocks(input([word(exact(at(4, 1)), fuzzy)], { requiredWords: [0] })))).toEqual([[4, 1]]);
  });

  it('gives the rest of a list the lowest weight of its best-weighted part', () => {
    const term: TermEvidence = {
      quality: 1,
      level: 'exact',
      top: [at(0, 1, 200), at(1, 1, 50)],
      rest: [blockKey(2, 1)],
    };
    const ranked = rankBlocks(input([word(term)]));
    expect(order(ranked)).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
    expect(ranked[2]?.score).toBeCloseTo(ranked[1]?.score ?? 0);
  });

  it('returns nothing for words without terms', () => {
    expect(rankBlocks(input([word(), word()]))).toEqual([]);
  });
});

describe('idf', () => {
  it('falls as a term gets common, and stays positive', () => {
    expect(idf(1, 100)).toBeGreaterThan(idf(50, 100));
    expect(idf(100, 100)).toBeGreaterThan(0);
  });
});
