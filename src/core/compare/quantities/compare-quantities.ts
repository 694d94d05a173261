import type { Discrepancy, Quantity } from '../../publish/schemas/analysis/quantities.ts';
import type { CorpusAnalysis } from '../../types.ts';
import { findDiscrepancies } from './discrepancies.ts';
import { findQuantities } from './find-quantities.ts';

/** Every quantity of the corpus, in article then text order, and the discrepancies between articles. */
export function compareQuantities(corpus: CorpusAnalysis): { quantities: Quantity[]; discrepancies: Discrepancy[] } {
  const found = corpus.articles.flatMap((article) => findQuantities(article));
  return { quantities: found.map((f) => f.quantity), discrepancies: findDiscrepancies(found, corpus) };
}
