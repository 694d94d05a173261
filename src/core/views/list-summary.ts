import type { AnalyzedArticle } from '../types.ts';
import { countsByOutlet, mentionsOverTime, type ArticleCount, type OutletCounts } from './entity-counts.ts';
import type { TimeSeries } from './time-series.ts';

/** An item of a long list, with the number of the page that holds it (and its anchor). */
export interface PagedItem<T> {
  view: T;
  page: number;
}

/** A long list's counts, as its summary page charts them: by outlet and over the articles' dates. */
export interface ListCounts {
  byOutlet: OutletCounts;
  overTime: TimeSeries;
}

/**
 * The items of a list (a quotation's copies, the numbers, the tellings of
 * dates) counted by the article each stands in: by outlet, the `outlets`
 * with most first and the rest summed, and over the publication dates in at
 * most `buckets` steps. The same counts as an entity's summary, so the same
 * charts show them.
 */
export function listCounts(
  articlesOfItems: Iterable<AnalyzedArticle>,
  limits: { outlets: number; timeBuckets: number },
): ListCounts {
  const perArticle = new Map<AnalyzedArticle, ArticleCount>();
  for (const article of articlesOfItems) {
    const row = perArticle.get(article) ?? { article, mentions: 0 };
    row.mentions += 1;
    perArticle.set(article, row);
  }
  const rows = [...perArticle.values()];
  return { byOutlet: countsByOutlet(rows, limits.outlets), overTime: mentionsOverTime(rows, limits.timeBuckets) };
}

/** The first rows of a list, and how long the whole list is. */
export interface Cut<T> {
  rows: T[];
  total: number;
}

/** The first `limit` items. */
export function cut<T>(items: readonly T[], limit: number): Cut<T> {
  return { rows: items.slice(0, limit), total: items.length };
}
