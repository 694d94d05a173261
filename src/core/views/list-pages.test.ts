/**
 * The summaries and pages of the timeline, the numbers and the quotes: with a page of one or two
 * items, a small corpus already runs over several pages, so these check that a page holds at most
 * its limit, every item is on a page, and every link from a summary finds its item.
 */
import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import { condemnationCorpus, portQuoteCorpus, strikeCorpus } from '../../../tests/fixtures/view-fixtures.ts';
import { compareOutlets } from '../compare/compare-outlets.ts';
import { compareQuantities } from '../compare/quantities/compare-quantities.ts';
import { compareQuotes } from '../compare/quotes/compare-quotes.ts';
import { listPaths } from '../publish/list-paths.ts';
import { sitePaths } from '../publish/site-paths.ts';
import { entityIndex } from './article-entities.ts';
import { entityInArticleHref } from './entity-view.ts';
import { pagedClaims } from './claims-pages.ts';
import { listCounts } from './list-summary.ts';
import { PAGE_LIMITS } from './paging/page-limits.ts';
import { pagedQuotes, shownCopies } from './quote-pages.ts';
import { quoteViews } from './quote-views.ts';
import { pagedTimeline } from './timeline-pages.ts';
import { timelineEntries } from './timeline-view.ts';

const small = { ...PAGE_LIMITS, tellingsPerPage: 2, claimsPerPage: 2, quotesPerPage: 1, summaryRows: 1 };

describe('pagedTimeline', () => {
  const corpus = strikeCorpus([fixtureArticle('late', '2025-04-10', ['The strike ended on April 8.'], [])]);
  const comparison = compareOutlets(corpus);
  const entities = entityIndex(corpus.entities);
  const paged = pagedTimeline(comparison, corpus.articles, entities, small);

  it('puts at most a page of tellings on each page and every happening on one, in date order', () => {
    const tellings = paged.pages.map((p) => timelineEntries(p.years).reduce((n, e) => n + e.tellings.length, 0));
    expect(Math.max(...tellings)).toBeLessThanOrEqual(small.tellingsPerPage);
    expect(paged.pages.length).toBeGreaterThan(1);
    const anchors = paged.pages.flatMap((p) =>
      timelineEntries(p.years)
        .filter((e) => !e.continued)
        .map((e) => e.anchor),
    );
    expect(anchors).toEqual([...paged.pageOfAnchor.keys()]);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const [anchor, page] of paged.pageOfAnchor) {
      const on = paged.pages[page - 1];
      expect(on && timelineEntries(on.years).some((e) => e.anchor === anchor && !e.continued)).toBe(true);
    }
  });

  it('summarises: the first dates that differ, counts by period with their pages, tellings by outlet', () => {
    const { summary } = paged;
    expect(summary.happenings).toBe(paged.pageOfAnchor.size);
    expect(summary.conflicts.total).toBe(1);
    expect(summary.conflicts.rows[0]?.view.conflict).toBe(true);
    expect(summary.conflicts.rows[0]?.page).toBe(paged.pageOfAnchor.get(summary.conflicts.rows[0]?.view.anchor ?? ''));
    const counted = summary.overTime.buckets.reduce((n, b) => n + b.bucket.count, 0);
    expect(counted).toBe(summary.happenings);
    for (const { bucket, page } of summary.overTime.buckets) expect(page === undefined).toBe(bucket.count === 0);
    expect(summary.counts.byOutlet.rows.reduce((n, r) => n + r.mentions, 0)).toBe(summary.tellings);
    expect(summary.pageCount).toBe(paged.pages.length);
  });

  it('shows the whole timeline on one page with the site’s limits', () => {
    expect(pagedTimeline(comparison, corpus.articles, entities).pages).toHaveLength(1);
  });
});

describe('pagedClaims', () => {
  const corpus = condemnationCorpus();
  const paged = pagedClaims(compareQuantities(corpus), corpus.articles, small);

  it('lists the discrepancies first, then the groups, at most a page of numbers on each page', () => {
    const first = paged.pages[0];
    expect(first?.discrepancies.map((d) => d.view.id)).toEqual(['d-1']);
    expect(first?.groups).toEqual([]);
    for (const page of paged.pages) {
      const claims = [...page.discrepancies, ...page.groups].reduce((n, s) => n + s.parts.length, 0);
      expect(claims).toBeLessThanOrEqual(small.claimsPerPage);
    }
    const numbers = paged.pages.flatMap((p) => p.groups.flatMap((g) => g.parts));
    expect(numbers).toHaveLength(4);
    expect(paged.pageOfAnchor.get('d-1')).toBe(1);
    expect(paged.pageOfAnchor.get('c-percentages')).toBeGreaterThan(1);
  });

  it('summarises: the first discrepancies and headings with their pages, the rest counted', () => {
    const { summary } = paged;
    expect(summary.total).toBe(4);
    expect(summary.articles).toBe(2);
    expect(summary.discrepancies).toMatchObject({ total: 1, rows: [{ page: 1 }] });
    expect(summary.groups.rows).toHaveLength(1);
    expect(summary.groups.total).toBe(4);
    expect(summary.otherClaims).toBe(3);
    expect(summary.counts.byOutlet.rows.map((r) => [r.outlet, r.mentions])).toEqual([
      ['Outlet one', 2],
      ['Outlet two', 2],
    ]);
  });
});

describe('pagedQuotes and shownCopies', () => {
  const corpus = portQuoteCorpus();
  const views = quoteViews(compareQuotes(corpus), corpus);
  const paged = pagedQuotes(views, small);

  it('puts each speaker’s quotes on pages of at most the limit, every quote once', () => {
    expect(paged.pages.map((p) => p.groups.map((g) => [g.item.id, g.parts.length]))).toEqual([
      [['by-tom-hale', 1]],
      [['by-unnamed', 1]],
      [['by-unattributed', 1]],
    ]);
    for (const view of views) expect(paged.pageOfAnchor.has(view.quote.id)).toBe(true);
    expect(paged.pageOfAnchor.get('by-unattributed')).toBe(3);
  });

  it('summarises: the speakers quoted most and the most widely carried, with their pages', () => {
    const { summary } = paged;
    expect(summary).toMatchObject({ quotes: 3, outlets: 2, shared: 1, pageCount: 3 });
    expect(summary.speakers.rows.map((r) => [r.view.id, r.page])).toEqual([['by-tom-hale', 1]]);
    expect(summary.speakers.total).toBe(3);
    expect(summary.widelyCarried.rows[0]?.page).toBe(1);
    expect(summary.counts.byOutlet.rows.reduce((n, r) => n + r.mentions, 0)).toBe(4);
  });

  it('lists a widely carried quote’s copies one outlet at a time up to the limit and counts the rest', () => {
    const [hale] = views;
    if (!hale) throw new Error('no quote');
    expect(shownCopies(hale)).toEqual({ shown: hale.occurrences, more: 0, moreOutlets: 0 });
    const copies = shownCopies(hale, 1);
    expect(copies.shown).toHaveLength(1);
    expect(copies).toMatchObject({ more: 1, moreOutlets: 1 });
    // Three copies, two of them in one outlet: the two outlets come first.
    const first = hale.occurrences[0];
    const second = hale.occurrences[1];
    if (!first || !second) throw new Error('no copies');
    const again = { ...first };
    const wide = { ...hale, occurrences: [first, again, second] };
    expect(shownCopies(wide, 2).shown).toEqual([first, second]);
  });
});

describe('listCounts', () => {
  it('counts items by outlet and article, the outlets past the limit summed', () => {
    const a = fixtureArticle('a', '2024-01-02', ['One.'], []);
    const b = fixtureArticle('b', '2024-02-03', ['Two.'], []);
    const counts = listCounts([a, a, b], { outlets: 1, timeBuckets: 60 });
    expect(counts.byOutlet.rows).toEqual([{ outlet: 'Outlet a', mentions: 2, articles: 1 }]);
    expect(counts.byOutlet.others).toEqual({ outlets: 1, mentions: 1, articles: 1 });
    expect(counts.overTime.buckets.reduce((n, bucket) => n + bucket.count, 0)).toBe(3);
  });
});

describe('entityInArticleHref', () => {
  const article = (slug: string): ReturnType<typeof fixtureArticle> =>
    fixtureArticle(
      slug,
      '2024-01-01',
      [Array.from({ length: 60 }, () => 'China met Tema.').join(' ')],
      Array.from({ length: 60 }, () => ['China', 'china', 'country'] as const),
    );
  const corpus = fixtureCorpus([article('a'), article('b'), article('c')], { china: 'China' });
  const paths = sitePaths('/');
  const lists = listPaths('/');

  it('points into the page of mentions that holds the article once the mentions are paged', () => {
    const china = corpus.entities.find((e) => e.id === 'china');
    if (!china) throw new Error('no China');
    expect(entityInArticleHref(corpus, china, 'a', paths, lists)).toBe('/entities/china/mentions/1/#mentions-in-a');
    expect(entityInArticleHref(corpus, china, 'c', paths, lists)).toBe('/entities/china/mentions/2/#mentions-in-c');
  });

  it('points to the entity page’s own section while every mention is there', () => {
    const small = fixtureCorpus([fixtureArticle('a', '2024-01-01', ['China met.'], [['China', 'china', 'country']])]);
    const china = small.entities[0];
    if (!china) throw new Error('no entity');
    expect(entityInArticleHref(small, china, 'a', paths, lists)).toBe(paths.entityInArticle('china', 'a'));
  });
});
