import { format, parseISO } from 'date-fns';
import type { AnalyzedArticle } from '../types.ts';
import { articleRow, inDateOrder, outletFilters, type ArticleRow, type OutletFilter } from './article-list.ts';
import { PAGE_LIMITS, type PageLimits } from './paging/page-limits.ts';
import { timeSeries, type TimeBucket } from './time-series.ts';

/** A step of the home page's chart of articles over time, with the page of the article list where it begins. */
export interface ListedBucket extends TimeBucket {
  /** The page of the newest-first list of all articles that holds this step's newest article; absent for an empty step. */
  page: number | undefined;
}

/**
 * The story's articles on a date axis: one dot per article (each a link)
 * while there are few, else counts per day, month or years, each step
 * leading to the page of the article list where its articles are.
 */
export type ArticleAxis = { kind: 'dots'; articles: AnalyzedArticle[] } | { kind: 'counts'; buckets: ListedBucket[] };

/** What the home page shows: the articles (all of them, or the latest), the date axis, the outlets. */
export interface HomeView {
  /** Every article in date order when they fit, else the latest, newest first. */
  articles: ArticleRow[];
  /** True when {@link HomeView.articles} holds every article. */
  complete: boolean;
  total: number;
  axis: ArticleAxis;
  /** The outlets with the most articles. */
  outlets: OutletFilter[];
  /** How many outlets there are in all. */
  outletCount: number;
}

/** The home page's summary of a corpus (articles oldest first, as the analysis gives them). */
export function homeView(articles: readonly AnalyzedArticle[], limits: PageLimits = PAGE_LIMITS): HomeView {
  const complete = articles.length <= limits.homeArticles;
  const shown = complete ? [...articles] : inDateOrder(articles, 'newest').slice(0, limits.homeArticles);
  const outlets = outletFilters(articles);
  return {
    articles: shown.map((a) => articleRow(a, limits)),
    complete,
    total: articles.length,
    axis: articleAxis(articles, limits),
    outlets: outlets.slice(0, limits.outlets),
    outletCount: outlets.length,
  };
}

/** A day holding more articles than this is too tall to draw as a stack of dots. */
const MOST_ON_ONE_DAY = 8;

function articleAxis(articles: readonly AnalyzedArticle[], limits: PageLimits): ArticleAxis {
  const perDay = new Map<string, number>();
  for (const a of articles) perDay.set(a.meta.published, (perDay.get(a.meta.published) ?? 0) + 1);
  if (articles.length <= limits.axisArticles && Math.max(0, ...perDay.values()) <= MOST_ON_ONE_DAY)
    return { kind: 'dots', articles: [...articles] };
  const series = timeSeries(
    [...perDay].map(([date, count]) => ({ date, count })),
    limits.timeBuckets,
  );
  const newest = inDateOrder(articles, 'newest');
  // Walks the newest-first list once, from the last step back to the first.
  let at = 0;
  const buckets = [...series.buckets].reverse().map((bucket): ListedBucket => {
    while (at < newest.length && (newest[at]?.meta.published ?? '') > bucket.to) at++;
    const page = bucket.count > 0 ? Math.floor(at / limits.articlesPerPage) + 1 : undefined;
    return { ...bucket, page };
  });
  return { kind: 'counts', buckets: buckets.reverse() };
}

/** "Outlet, 20 December 2018: Headline": an article's name on the date axis. */
export function axisName(article: AnalyzedArticle): string {
  return `${article.meta.outlet}, ${format(parseISO(article.meta.published), 'd MMMM yyyy')}: ${article.meta.title}`;
}
