import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../src/core/compare/timeline/timeline.ts';
import { seedCorpus } from '../fixtures/seed-corpus.ts';

// The "Done when" for the timeline, on the committed seed articles (never content/).
const corpus = seedCorpus();
const { events, timeline } = timelineOf(corpus);
const outletOf = new Map(corpus.articles.map((a) => [a.slug as string, a.meta.outlet]));
const find = (outlet: string, surface: string) =>
  events.filter((e) => outletOf.get(e.article) === outlet && e.surface === surface);

describe('the timeline of the seed articles', () => {
  it('resolves "Thursday (Dec 20)" to 2018-12-20', () => {
    expect(find('The Straits Times', 'Thursday (Dec 20)')).toMatchObject([
      { date: '2018-12-20', precision: 'day', relative: false },
    ]);
  });

  it('resolves "Dec. 1" to 2018-12-01', () => {
    expect(find('BuzzFeed News', 'Dec. 1')).toMatchObject([{ date: '2018-12-01', precision: 'day', relative: true }]);
  });

  it('resolves "last month" in The Hill to 2018-11, at month precision', () => {
    const lastMonth = find('The Hill', 'last month');
    expect(lastMonth.length).toBeGreaterThan(0);
    for (const e of lastMonth) expect(e).toMatchObject({ date: '2018-11', precision: 'month', relative: true });
  });

  it('resolves "since 2006" to 2006', () => {
    const since = events.filter((e) => {
      const text = corpus.articles.find((a) => a.slug === e.article)?.text ?? '';
      return text.slice(e.start - 'since '.length, e.end) === 'since 2006';
    });
    expect(since.length).toBeGreaterThan(0);
    for (const e of since) expect(e).toMatchObject({ surface: '2006', date: '2006', precision: 'year' });
  });

  it('groups the outlets that report the condemnation on Thursday', () => {
    const thursday = timeline.find((g) => g.date === '2018-12-20' && g.outlets.length >= 3);
    expect(thursday?.conflict).toBe(false);
    expect(thursday?.outlets).toEqual(expect.arrayContaining(['The Hill', 'The Straits Times']));
  });
});
