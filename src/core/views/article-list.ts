import slugify from '@sindresorhus/slugify';
import { compareText } from '../compare-text.ts';
import { ALL_OUTLETS, DATE_ORDERS, type DateOrder } from '../publish/list-paths.ts';
import type { AnalyzedArticle } from '../types.ts';
import { lede } from './article-entities.ts';
import { listPages, type ListPage } from './paging/list-page.ts';
import { PAGE_LIMITS, type PageLimits } from './paging/page-limits.ts';
import { shortText } from './short-text.ts';

/** How each date order is named where the reader picks it. */
export const DATE_ORDER_NAMES: Readonly<Record<DateOrder, string>> = { newest: 'Newest first', oldest: 'Oldest first' };

/** An outlet as the article list filters by it: its name, the key in its list's address, its article count. */
export interface OutletFilter {
  key: string;
  outlet: string;
  articles: number;
}

/** One article as a list shows it. */
export interface ArticleRow {
  article: AnalyzedArticle;
  /** The first paragraph, cut at a word near {@link PageLimits.ledeCharacters}. */
  lede: string;
  mentions: number;
  entities: number;
}

/** One static page of the article list: one outlet or all, one date order. */
export interface ArticleListPage extends ListPage<ArticleRow> {
  /** Absent for every outlet. */
  outlet: OutletFilter | undefined;
  order: DateOrder;
}

/**
 * The outlets, most articles first, then by name, each with a key for its
 * address: a slug of the name, made unique (a second "The Post" slug gets
 * "-2") and never the key of "every outlet".
 */
export function outletFilters(articles: readonly AnalyzedArticle[]): OutletFilter[] {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.meta.outlet, (counts.get(a.meta.outlet) ?? 0) + 1);
  // Keys are given in name order, so that an outlet's key does not change when another gains articles.
  const taken = new Set<string>([ALL_OUTLETS]);
  const keys = new Map<string, string>();
  for (const outlet of [...counts.keys()].sort(compareText)) {
    const base = slugify(outlet.replace(/[’']/g, ''), { decamelize: false }) || 'outlet';
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    keys.set(outlet, key);
  }
  return [...counts]
    .map(([outlet, n]) => ({ key: keys.get(outlet) ?? outlet, outlet, articles: n }))
    .sort((a, b) => b.articles - a.articles || compareText(a.outlet, b.outlet));
}

/** An article as the lists show it. */
export function articleRow(article: AnalyzedArticle, limits: PageLimits = PAGE_LIMITS): ArticleRow {
  return {
    article,
    lede: shortText(lede(article), limits.ledeCharacters),
    mentions: article.mentions.length,
    entities: new Set(article.mentions.map((m) => m.entity)).size,
  };
}

/** `articles` (in corpus order: oldest first) in one date order. */
export function inDateOrder<T>(articles: readonly T[], order: DateOrder): T[] {
  return order === 'oldest' ? [...articles] : [...articles].reverse();
}

/** The first page of all articles newest first: the list at `articles/` itself, not under a route of lists. */
export function isArticlesHome(list: ArticleListPage): boolean {
  return list.outlet === undefined && list.order === 'newest' && list.page === 1;
}

/**
 * Every page of every article list: all outlets and each outlet, newest
 * and oldest first. The corpus comes oldest first (by date, then slug);
 * newest first is that order reversed, so articles of one day keep a
 * fixed order in both.
 */
export function articleListPages(
  articles: readonly AnalyzedArticle[],
  limits: PageLimits = PAGE_LIMITS,
): ArticleListPage[] {
  const rows = articles.map((a) => articleRow(a, limits));
  const lists: { outlet: OutletFilter | undefined; rows: ArticleRow[] }[] = [
    { outlet: undefined, rows },
    ...outletFilters(articles).map((outlet) => ({
      outlet,
      rows: rows.filter((row) => row.article.meta.outlet === outlet.outlet),
    })),
  ];
  return lists.flatMap(({ outlet, rows: listed }) =>
    DATE_ORDERS.flatMap((order) =>
      listPages(inDateOrder(listed, order), limits.articlesPerPage).map((page) => ({ outlet, order, ...page })),
    ),
  );
}
