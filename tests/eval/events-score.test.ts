import { describe, expect, it } from 'vitest';
import type { GoldEvent } from '../../src/core/eval/analysis-gold.ts';
import { scoreEvents } from '../../src/core/eval/events-score.ts';

const gold = (surface: string, start: number, date: string, precision: GoldEvent['precision'], relative: boolean) => ({
  article: 'a',
  surface,
  start,
  end: start + surface.length,
  date,
  precision,
  relative,
});

describe('scoreEvents', () => {
  const golds: GoldEvent[] = [
    gold('Thursday (Dec 20)', 10, '2018-12-20', 'day', false),
    gold('last month', 50, '2018-11', 'month', true),
    gold('2006', 90, '2006', 'year', false),
  ];

  it('matches by span overlap and scores date and flag over the matched events only', () => {
    const score = scoreEvents(golds, [
      // overlaps the gold, a shorter surface: matched, surface not exact
      { ...gold('Thursday', 10, '2018-12-20', 'day', true) },
      // right span, wrong precision
      { ...gold('last month', 50, '2018-11-20', 'day', true) },
      // nowhere near a gold event
      { ...gold('2015', 200, '2015', 'year', false) },
    ]);
    expect(score.detection).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(score.dateValue).toEqual({ right: 1, of: 2, value: 0.5 });
    expect(score.relative).toEqual({ right: 1, of: 2, value: 0.5 });
    expect(score.surface).toEqual({ right: 1, of: 2, value: 0.5 });
    expect(score.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^missed a "2006"/),
        expect.stringMatching(/^spurious a "2015"/),
        expect.stringMatching(/^date a "last month"/),
        expect.stringMatching(/^relative a "Thursday \(Dec 20\)"/),
      ]),
    );
  });

  it('matches one system event to one gold event', () => {
    const score = scoreEvents(
      [gold('Dec 20', 10, '2018-12-20', 'day', true), gold('2018', 18, '2018', 'year', false)],
      [gold('Dec 20, 2018', 10, '2018-12-20', 'day', false)],
    );
    expect(score.detection).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('never matches across articles', () => {
    const score = scoreEvents([golds[0]!], [{ ...golds[0]!, article: 'b' }]);
    expect(score.detection).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('gives perfect figures to a perfect system and none to an empty one', () => {
    const perfect = scoreEvents(golds, golds);
    expect([perfect.detection.f1, perfect.dateValue.value, perfect.relative.value]).toEqual([1, 1, 1]);
    const empty = scoreEvents(golds, []);
    expect([empty.detection.recall, empty.detection.precision]).toEqual([0, 0]);
  });
});
