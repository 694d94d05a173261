import { describe, expect, it } from 'vitest';
import { timeSeries } from './time-series.ts';

const at = (...dates: string[]) => dates.map((date) => ({ date, count: 1 }));

describe('timeSeries', () => {
  it('counts by day over a short span, empty days kept', () => {
    const series = timeSeries(at('2018-12-20', '2018-12-20', '2018-12-22'), 60);
    expect(series.step).toEqual({ unit: 'day' });
    expect(series.buckets.map((b) => [b.datetime, b.label, b.short, b.count])).toEqual([
      ['2018-12-20', '20 December 2018', '20 Dec', 2],
      ['2018-12-21', '21 December 2018', '21 Dec', 0],
      ['2018-12-22', '22 December 2018', '22 Dec', 1],
    ]);
  });

  it('counts by month when the days do not fit, each month with its first and last day', () => {
    const series = timeSeries(at('2024-01-31', '2024-02-29', '2024-04-01'), 60);
    expect(series.step).toEqual({ unit: 'month' });
    expect(series.buckets.map((b) => [b.datetime, b.label, b.from, b.to, b.count])).toEqual([
      ['2024-01', 'January 2024', '2024-01-01', '2024-01-31', 1],
      ['2024-02', 'February 2024', '2024-02-01', '2024-02-29', 1],
      ['2024-03', 'March 2024', '2024-03-01', '2024-03-31', 0],
      ['2024-04', 'April 2024', '2024-04-01', '2024-04-30', 1],
    ]);
  });

  it('counts by year, then by runs of years, never more steps than allowed', () => {
    expect(timeSeries(at('2001-05-01', '2020-05-01'), 60).step).toEqual({ unit: 'years', size: 1 });
    const decades = timeSeries(at('1901-01-01', '2020-12-31'), 20);
    expect(decades.step).toEqual({ unit: 'years', size: 10 });
    expect(decades.buckets[0]).toMatchObject({ datetime: undefined, label: '1900–1909', short: '1900s', count: 1 });
    expect(decades.buckets).toHaveLength(13);
    expect(timeSeries(at('0001-01-01', '9999-12-31'), 60).buckets.length).toBeLessThanOrEqual(60);
  });

  it('adds the counts given, and has no steps for nothing', () => {
    expect(timeSeries([{ date: '2020-03-03', count: 7 }], 10).buckets.map((b) => b.count)).toEqual([7]);
    expect(timeSeries([], 10).buckets).toEqual([]);
  });

  it('takes a corpus-sized input', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ date: `20${10 + (i % 10)}-01-01`, count: 1 }));
    expect(timeSeries(many, 60).buckets.reduce((n, b) => n + b.count, 0)).toBe(200_000);
  });
});
