import type { SourceArticle } from '../../src/core/types.ts';
import type { RelevanceQuery } from './relevance-queries.ts';

/** A query with the paragraphs that answer it, as `<slug>#<k>` (k 1-based), and the articles holding them. */
export interface JudgedQuery extends RelevanceQuery {
  paragraphs: Set<string>;
  articles: Set<string>;
}

/** Results looked at: recall is counted in the top 1 and top 5, the reciprocal rank down to here. */
export const DEPTH = 10;

/** Finds every paragraph of the corpus that answers each query (see relevance-queries.ts). */
export function judge(
  queries: readonly RelevanceQuery[],
  articles: readonly SourceArticle[],
  origins: readonly (readonly number[])[],
): JudgedQuery[] {
  return queries.map((query) => {
    const paragraphs = new Set<string>();
    const found = new Set<string>();
    articles.forEach((article, n) =>
      article.paragraphs.forEach((span, k) => {
        if (!query.origins.includes(origins[n]?.[k] ?? -1)) return;
        const text = article.text.slice(span.start, span.end);
        if (!query.contains.every((part) => text.includes(part))) return;
        paragraphs.add(`${article.slug}#${k + 1}`);
        found.add(article.slug);
      }),
    );
    if (paragraphs.size === 0) throw new Error(`relevance set: no paragraph answers ${JSON.stringify(query.query)}`);
    return { ...query, paragraphs, articles: found };
  });
}

/** The 1-based rank of the first relevant result among the first DEPTH, or undefined. */
export function firstRelevant(results: readonly string[], relevant: ReadonlySet<string>): number | undefined {
  const at = results.slice(0, DEPTH).findIndex((key) => relevant.has(key));
  return at === -1 ? undefined : at + 1;
}

export interface RelevanceScores {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  /** Mean reciprocal rank, counting 0 for a query with nothing relevant in the first DEPTH. */
  mrr: number;
}

export function score(ranks: readonly (number | undefined)[]): RelevanceScores {
  const share = (test: (rank: number) => boolean) =>
    ranks.filter((rank) => rank !== undefined && test(rank)).length / Math.max(1, ranks.length);
  return {
    queries: ranks.length,
    recallAt1: share((rank) => rank === 1),
    recallAt5: share((rank) => rank <= 5),
    mrr: ranks.reduce<number>((sum, rank) => sum + (rank === undefined ? 0 : 1 / rank), 0) / Math.max(1, ranks.length),
  };
}
