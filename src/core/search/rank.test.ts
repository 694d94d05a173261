import { describe, expect, it } from 'vitest';
import type { Posting } from './postings.ts';
import { idf, rankParagraphs } from './rank.ts';

const postings: Record<number, Posting[]> = {
  0: [
    { article: 0, paragraph: 0, weight: 255 },
    { article: 1, paragraph: 3, weight: 100 },
  ],
  1: [{ article: 1, paragraph: 3, weight: 50 }],
  2: [
    { article: 0, paragraph: 0, weight: 200 },
    { article: 2, paragraph: 1, weight: 10 },
  ],
};
const rank = (words: { term: number; quality: number }[][]) =>
  rankParagraphs(
    words,
    (term) => postings[term] ?? [],
    () => 1,
  ).map((r) => [r.article, r.paragraph, r.words]);

describe('rankParagraphs', () => {
  it('ranks paragraphs matching more words first, however strong a single match', () => {
    expect(rank([[{ term: 0, quality: 1 }], [{ term: 1, quality: 1 }]])).toEqual([
      [1, 3, 2],
      [0, 0, 1],
    ]);
  });

  it('counts a word once per paragraph, with its best term', () => {
    const ranked = rankParagraphs(
      [
        [
          { term: 0, quality: 1 },
          { term: 2, quality: 0.5 },
        ],
      ],
      (term) => postings[term] ?? [],
      () => 1,
    );
    expect(ranked.map((r) => [r.article, r.paragraph, r.words])).toEqual([
      [0, 0, 1],
      [1, 3, 1],
      [2, 1, 1],
    ]);
    expect(ranked[0]?.score).toBeCloseTo(1);
  });

  it('returns nothing for words without terms', () => {
    expect(rank([[], []])).toEqual([]);
  });
});

describe('idf', () => {
  it('falls as a term gets common, and stays positive', () => {
    expect(idf(1, 100)).toBeGreaterThan(idf(50, 100));
    expect(idf(100, 100)).toBeGreaterThan(0);
  });
});
