import type { CorpusAnalysis } from '../types.ts';
import type { GoldArticle } from './parse-gold.ts';
import { score, type Score } from './score.ts';

/**
 * Scores an analysis against the gold of the same articles. Throws when an
 * article is missing on either side or its text differs, since offsets would
 * then compare different strings.
 */
export function evaluate(gold: readonly GoldArticle[], analysis: CorpusAnalysis): Score {
  const analyzed = new Map<string, CorpusAnalysis['articles'][number]>(analysis.articles.map((a) => [a.slug, a]));
  const goldSlugs = new Set(gold.map((g) => g.slug as string));
  const extra = [...analyzed.keys()].filter((slug) => !goldSlugs.has(slug));
  if (extra.length > 0) throw new Error(`analysed articles without gold: ${extra.join(', ')}`);
  return score(
    gold.map((g) => {
      const article = analyzed.get(g.slug);
      if (!article) throw new Error(`${g.file}: the analysis has no article "${g.slug}"`);
      if (article.text !== g.text) throw new Error(`${g.file}: the analysed text differs from the gold text`);
      return { slug: g.slug, text: g.text, gold: g.mentions, system: article.mentions };
    }),
  );
}
