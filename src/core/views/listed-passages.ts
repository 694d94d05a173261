import type { Passage } from '../publish/schemas/analysis/passages.ts';

/**
 * The passages the comparison page lists, as indexes into the published
 * list, in the order it shows them: those spread over the most articles
 * first, then the largest, then in published order; at most `limit`. The
 * article pages link a sentence to its passage only when it is listed.
 */
export function listedPassages(passages: readonly Passage[], limit: number): number[] {
  return passages
    .map((p, index) => ({ index, articles: new Set(p.sentences.map((s) => s.article)).size, size: p.sentences.length }))
    .sort((a, b) => b.articles - a.articles || b.size - a.size || a.index - b.index)
    .slice(0, Math.max(0, limit))
    .map((p) => p.index);
}
