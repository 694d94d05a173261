import { describe, expect, it } from 'vitest';
import { QUALITY_BAR, shortfalls } from '../../src/core/eval/quality-bar.ts';
import { score } from '../../src/core/eval/score.ts';
import type { EntityType, Mention } from '../../src/core/types.ts';
import { asEntityId } from '../../src/core/ids.ts';

const mention = (start: number, type: EntityType, entity: string): Mention => ({
  start,
  end: start + 1,
  surface: 'x',
  type,
  entity: asEntityId(entity),
});

// Twenty gold entities, one mention each, in one article.
const gold = Array.from({ length: 20 }, (_, i) => mention(i * 2, i === 0 ? 'group' : 'country', `e${i}`));
const scoreWithout = (missing: number[]) =>
  score([{ slug: 'a', text: 'x '.repeat(20), gold, system: gold.filter((_, i) => !missing.includes(i)) }]);

describe('shortfalls', () => {
  it('passes a perfect score', () => {
    expect(shortfalls('seeds', scoreWithout([]))).toEqual([]);
  });

  it('fails seeds on a type below the per-type bar even when the overall passes', () => {
    // Missing the only group: overall recall 19/20 gives F1 0.974 > 0.97, group F1 is 0.
    const result = scoreWithout([0]);
    expect(result.overall.entity.f1).toBeGreaterThan(QUALITY_BAR['seeds']?.overall ?? 1);
    expect(shortfalls('seeds', result)).toEqual(['seeds: group entity F1 0.000 < 0.9']);
    expect(shortfalls('tune', result)).toEqual([]);
  });

  it('fails an unseen set below the overall bar only', () => {
    const result = scoreWithout([1, 2, 3, 4]);
    expect(shortfalls('heldout', result)).toEqual(['heldout: overall entity F1 0.889 < 0.93']);
  });

  it('fails heldout-2 below its overall, people and organisations bars', () => {
    // Two people and two organisations among sixteen countries.
    const typed = gold.map((m, i): Mention => ({ ...m, type: i < 2 ? 'person' : i < 4 ? 'organization' : 'country' }));
    const run = (missing: number[]) =>
      score([{ slug: 'a', text: 'x '.repeat(20), gold: typed, system: typed.filter((_, i) => !missing.includes(i)) }]);
    // One person and one organisation missed: 0.667 each, overall 0.947 passes.
    expect(shortfalls('heldout-2', run([0, 2]))).toEqual([
      'heldout-2: organization entity F1 0.667 < 0.79',
      'heldout-2: person entity F1 0.667 < 0.92',
    ]);
    // Six countries missed: overall 0.824, people and organisations perfect.
    expect(shortfalls('heldout-2', run([4, 5, 6, 7, 8, 9]))).toEqual(['heldout-2: overall entity F1 0.824 < 0.86']);
    expect(shortfalls('heldout-2', run([]))).toEqual([]);
  });
});
