import type { AnalyzedArticle, ArticleSlug } from '../types.ts';

const cache = new WeakMap<readonly AnalyzedArticle[], Map<ArticleSlug, AnalyzedArticle>>();

/**
 * Articles by slug, built once per corpus: every page looks its article up,
 * and a search through the list on each of them would grow with pages × articles.
 */
export function articleIndex(articles: readonly AnalyzedArticle[]): Map<ArticleSlug, AnalyzedArticle> {
  let index = cache.get(articles);
  if (!index) {
    index = new Map(articles.map((a) => [a.slug, a]));
    cache.set(articles, index);
  }
  return index;
}
