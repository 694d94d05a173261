import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapPairs } from './overlap-pairs.ts';

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return small.size === 0 ? 0 : n / small.size;
}

/** Every pair whose overlap reaches the threshold, compared one by one. */
function allPairs(sets: readonly ReadonlySet<string>[], threshold: number): [number, number][] {
  const pairs: [number, number][] = [];
  sets.forEach((a, i) =>
    sets.forEach((b, j) => {
      if (i < j && overlap(a, b) >= threshold) pairs.push([i, j]);
    }),
  );
  return pairs;
}

describe('overlapPairs (the prefix filter of the quotation grouping)', () => {
  it('finds every pair that comparing all pairs finds, in the same order', () => {
    const vocabulary = 'we take the court findings seriously but amount awarded bears no relation harm'.split(' ');
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 12 }), { maxLength: 30 }),
        fc.constantFrom(0.5, 0.75, 0.9, 1),
        (drawn, threshold) => {
          const sets = drawn.map((words) => new Set(words));
          const found = overlapPairs(sets, threshold).filter(
            ([i, j]) => overlap(sets[i] as Set<string>, sets[j] as Set<string>) >= threshold,
          );
          expect(found).toEqual(allPairs(sets, threshold));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('pairs a short quotation with the longer one holding it, and nothing with an empty one', () => {
    const long = new Set('we take the court findings seriously but the amount bears no relation'.split(' '));
    const short = new Set(['amount', 'bears', 'no', 'relation']);
    const other = new Set(['harm', 'awarded']);
    expect(overlapPairs([long, new Set(), short, other], 0.75)).toEqual([[0, 2]]);
  });

  it('leaves out pairs that share only common words', () => {
    const sets = [
      new Set(['the', 'court', 'ruled', 'today']),
      new Set(['the', 'minister', 'resigned', 'today']),
      new Set(['the', 'court', 'ruled', 'today']),
    ];
    expect(overlapPairs(sets, 0.75)).toEqual([[0, 2]]);
  });
});
