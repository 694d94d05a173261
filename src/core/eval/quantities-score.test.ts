import { describe, expect, it } from 'vitest';
import type { Quantity } from '../publish/schemas/analysis/quantities.ts';
import type { GoldQuantity } from './analysis-gold.ts';
import { scoreQuantities } from './quantities-score.ts';

const gold = (article: string, start: number, surface: string, over: Partial<GoldQuantity> = {}): GoldQuantity => ({
  article,
  start,
  end: start + surface.length,
  surface,
  value: 4,
  relation: 'at-least',
  unit: null,
  counts: 'countries',
  ...over,
});
const system = (id: string, g: GoldQuantity, over: Partial<Quantity> = {}): Quantity => ({
  id,
  article: g.article,
  sentence: 1,
  start: g.start,
  end: g.end,
  surface: g.surface,
  value: g.value,
  relation: g.relation,
  unit: g.unit,
  counts: g.counts,
  ...over,
});
const metric = (score: ReturnType<typeof scoreQuantities>, name: string): number | undefined =>
  score.metrics.find((m) => m.name === name)?.value;

describe('scoreQuantities', () => {
  const four = gold('a', 10, 'at least four');
  const dozen = gold('b', 0, 'more than a dozen', { value: 12, relation: 'more-than', counts: 'allies' });
  const three = gold('a', 40, 'three', { value: 3, relation: 'exactly', counts: 'citizens' });

  it('matches by span overlap and scores each field of the matched quantities', () => {
    const score = scoreQuantities(
      { quantities: [four, dozen, three], discrepancies: [] },
      {
        // "four" overlaps "at least four"; the dozen is found with the wrong relation; "three" is missed.
        quantities: [
          system('n-1', four, { start: 19, surface: 'four' }),
          system('n-2', dozen, { relation: 'at-least' }),
          system('n-3', gold('b', 60, '2015')),
        ],
        discrepancies: [],
      },
    );
    expect(metric(score, 'detection P')).toBeCloseTo(2 / 3);
    expect(metric(score, 'detection R')).toBeCloseTo(2 / 3);
    expect(metric(score, 'value')).toBe(1);
    expect(metric(score, 'relation')).toBe(0.5);
    expect(metric(score, 'counts')).toBe(1);
    expect(score.errors).toEqual(
      expect.arrayContaining([
        'missed a: "three"',
        expect.stringMatching(/^spurious b: "2015"/),
        expect.stringMatching(/^relation b: "more than a dozen" gold more-than, system at-least/),
      ]),
    );
  });

  it('counts a discrepancy found when it shares two quantities with a gold one', () => {
    const gold2 = {
      quantities: [four, dozen, three],
      discrepancies: [{ about: 'countries', quantities: [four, dozen] }],
    };
    const quantities = [system('n-1', four), system('n-2', dozen), system('n-3', three)];
    const found = scoreQuantities(gold2, { quantities, discrepancies: [{ about: 'x', quantities: ['n-1', 'n-2'] }] });
    expect([metric(found, 'discrepancy P'), metric(found, 'discrepancy R')]).toEqual([1, 1]);
    const wrong = scoreQuantities(gold2, { quantities, discrepancies: [{ about: 'x', quantities: ['n-1', 'n-3'] }] });
    expect([metric(wrong, 'discrepancy P'), metric(wrong, 'discrepancy R')]).toEqual([0, 0]);
  });
});
