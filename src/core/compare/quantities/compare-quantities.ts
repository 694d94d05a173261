import type { Discrepancy, Quantity } from '../../publish/schemas/analysis/quantities.ts';
import type { CorpusAnalysis } from '../../types.ts';
import { readArticle } from './article-tokens.ts';
import { findDiscrepancies } from './discrepancies.ts';
import { findQuantities } from './find-quantities.ts';

/** Every quantity of the corpus, in article then text order, and the discrepancies between articles. */
export function compareQuantities(corpus: CorpusAnalysis): { quantities: Quantity[]; discrepancies: Discrepancy[] } {
  const articles = corpus.articles.map(readArticle);
  const found = articles.flatMap(findQuantities);
  const names = new Map<string, string>(corpus.entities.map((e) => [e.id, e.name]));
  return { quantities: found.map((f) => f.quantity), discrepancies: findDiscrepancies(articles, found, names) };
}
