import { compareText } from '../compare-text.ts';
import type { SourceArticle } from '../types.ts';

/** Every outlet of the corpus once, sorted by name. */
export function outletsOf(articles: readonly SourceArticle[]): string[] {
  return [...new Set(articles.map((a) => a.meta.outlet))].sort(compareText);
}
