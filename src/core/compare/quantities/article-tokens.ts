import type { AnalyzedArticle } from '../../types.ts';
import { tokenizeText, type Token } from './tokens.ts';

/** An article read once: its tokens and, per sentence, the range of tokens it holds. */
export interface ArticleTokens {
  article: AnalyzedArticle;
  tokens: Token[];
  /** `sentences[s]` is sentence s + 1 of the article: tokens `from` to `to - 1`. */
  sentences: { from: number; to: number }[];
}

export function readArticle(article: AnalyzedArticle): ArticleTokens {
  const tokens = tokenizeText(article.text);
  let t = 0;
  const sentences = article.sentences.map((span) => {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < span.start) t++;
    const from = t;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < span.end) t++;
    return { from, to: t };
  });
  return { article, tokens, sentences };
}
