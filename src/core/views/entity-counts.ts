import { compareText } from '../compare-text.ts';
import type { AnalyzedArticle } from '../types.ts';
import type { SentenceRef } from './mention-contexts.ts';
import { timeSeries, type TimeSeries } from './time-series.ts';

/** How often one outlet mentions the entity, and in how many of its articles. */
export interface OutletCount {
  outlet: string;
  mentions: number;
  articles: number;
}

/** The outlets that mention the entity most, and the others summed. */
export interface OutletCounts {
  rows: OutletCount[];
  /** The outlets past the limit, summed; absent when every outlet has its row. */
  others: { outlets: number; mentions: number; articles: number } | undefined;
}

/** An article and how often it mentions the entity. */
export interface ArticleCount {
  article: AnalyzedArticle;
  mentions: number;
}

/** Mentions of the entity per article, in corpus order. */
export function mentionsPerArticle(sentences: readonly SentenceRef[]): ArticleCount[] {
  const rows: ArticleCount[] = [];
  for (const ref of sentences) {
    const last = rows.at(-1);
    if (last?.article === ref.article) last.mentions += ref.indexes.length;
    else rows.push({ article: ref.article, mentions: ref.indexes.length });
  }
  return rows;
}

/** The `limit` articles that mention the entity most; ties in corpus order. */
export function topArticles(counts: readonly ArticleCount[], limit: number): ArticleCount[] {
  return counts
    .map((row, order) => ({ row, order }))
    .sort((a, b) => b.row.mentions - a.row.mentions || a.order - b.order)
    .slice(0, limit)
    .map(({ row }) => row);
}

/** Mentions and articles by outlet, most mentions first (then most articles, then name); `limit` rows at most. */
export function countsByOutlet(counts: readonly ArticleCount[], limit: number): OutletCounts {
  const byOutlet = new Map<string, OutletCount>();
  for (const { article, mentions } of counts) {
    const outlet = article.meta.outlet;
    const row = byOutlet.get(outlet) ?? { outlet, mentions: 0, articles: 0 };
    row.mentions += mentions;
    row.articles += 1;
    byOutlet.set(outlet, row);
  }
  const sorted = [...byOutlet.values()].sort(
    (a, b) => b.mentions - a.mentions || b.articles - a.articles || compareText(a.outlet, b.outlet),
  );
  const rest = sorted.slice(limit);
  return {
    rows: sorted.slice(0, limit),
    others:
      rest.length === 0
        ? undefined
        : {
            outlets: rest.length,
            mentions: rest.reduce((sum, r) => sum + r.mentions, 0),
            articles: rest.reduce((sum, r) => sum + r.articles, 0),
          },
  };
}

/** Mentions by the publication date of their articles, in at most `maxBuckets` steps. */
export function mentionsOverTime(counts: readonly ArticleCount[], maxBuckets: number): TimeSeries {
  return timeSeries(
    counts.map((row) => ({ date: row.article.meta.published, count: row.mentions })),
    maxBuckets,
  );
}
