import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAME_HAPPENING, similarPairs, type SentenceUnit } from './group-events.ts';
import { dice } from './sentence-words.ts';

const unit = (article: string, words: string[]): SentenceUnit => ({
  article,
  order: 0,
  events: [],
  words: new Set(words),
});

/** Every pair of sentences of different articles that reaches the threshold, compared one by one. */
function allSimilarPairs(units: readonly SentenceUnit[]): [number, number][] {
  const pairs: [number, number][] = [];
  units.forEach((a, i) =>
    units.forEach((b, j) => {
      if (i < j && a.article !== b.article && dice(a.words, b.words) >= SAME_HAPPENING) pairs.push([i, j]);
    }),
  );
  return pairs;
}

describe('similarPairs (the prefix filter of the event grouping)', () => {
  it('finds every pair that comparing all pairs finds, in the same order', () => {
    const vocabulary = 'court ruled appeal hearing ministry trade talks tariff vote senate bill signed'.split(' ');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            article: fc.constantFrom('a', 'b', 'c', 'd'),
            words: fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 9 }),
          }),
          { maxLength: 30 },
        ),
        (drawn) => {
          const units = drawn.map((d) => unit(d.article, d.words));
          const found = similarPairs(units).filter(
            ([i, j]) => dice((units[i] as SentenceUnit).words, (units[j] as SentenceUnit).words) >= SAME_HAPPENING,
          );
          expect(found).toEqual(allSimilarPairs(units));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves out sentences of the same article and sentences with no word in common', () => {
    const units = [unit('a', ['court', 'ruled']), unit('a', ['court', 'ruled']), unit('b', ['trade', 'talks'])];
    expect(similarPairs(units)).toEqual([]);
  });
});
