import { describe, expect, it } from 'vitest';
import { portQuoteCorpus } from '../../../tests/fixtures/view-fixtures.ts';
import { compareQuotes } from '../compare/quotes/compare-quotes.ts';
import type { EntityId } from '../types.ts';
import { quoteViews, quotesBySpeaker, quotesOf, widelyCarried } from './quote-views.ts';

const corpus = portQuoteCorpus();
const views = quoteViews(compareQuotes(corpus), corpus);

describe('quote views', () => {
  it('tells named, unnamed and unattributed sources apart, and diffs only the copies worded differently', () => {
    expect(views.map((v) => [v.source, v.outlets.length])).toEqual([
      ['entity', 2],
      ['unnamed', 1],
      ['unattributed', 1],
    ]);
    const [hale] = views;
    expect(hale?.occurrences.map((o) => o.diff === null)).toEqual([true, false]);
    expect(hale?.occurrences[1]?.diff?.filter((s) => s.change !== 'same').map((s) => s.text)).toEqual([
      'remains',
      'stays',
    ]);
  });

  it('groups by speaker, named speakers first, and lists the widely carried quotes and a speaker’s quotes', () => {
    expect(quotesBySpeaker(views).map((g) => [g.id, g.quotes.length])).toEqual([
      ['by-tom-hale', 1],
      ['by-unnamed', 1],
      ['by-unattributed', 1],
    ]);
    expect(widelyCarried(views).map((v) => v.speakers.map((s) => s.id))).toEqual([['tom-hale']]);
    expect(quotesOf(views, 'tom-hale' as EntityId)).toHaveLength(1);
    expect(quotesOf(views, 'nobody' as EntityId)).toEqual([]);
  });
});
