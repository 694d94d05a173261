import type { AnalyzedArticle, ArticleSlug } from '../../types.ts';
import type { SentenceLinks } from './sentence-links.ts';

/** How much of an article is in each state, counted in sentences and in characters. */
export interface Share {
  sentences: number;
  characters: number;
}

/** An article split into what it shares word for word, what it shares reworded, and its own. */
export interface ArticleShares {
  article: ArticleSlug;
  shared: Share;
  reworded: Share;
  /** Sentences no other article carries (a sentence only its own article repeats is its own). */
  own: Share;
  total: Share;
}

/** The shares of each article, in corpus order; characters are those of its sentences. */
export function articleShares(articles: readonly AnalyzedArticle[], links: SentenceLinks): ArticleShares[] {
  return articles.map((article) => {
    const zero = (): Share => ({ sentences: 0, characters: 0 });
    const shares = { shared: zero(), reworded: zero(), own: zero(), total: zero() };
    const perSentence = links.get(article.slug);
    article.sentences.forEach((span, i) => {
      const kind = perSentence?.get(i + 1)?.kind;
      const into = kind === 'shared' ? shares.shared : kind === 'reworded' ? shares.reworded : shares.own;
      for (const share of [into, shares.total]) {
        share.sentences++;
        share.characters += span.end - span.start;
      }
    });
    return { article: article.slug, ...shares };
  });
}
