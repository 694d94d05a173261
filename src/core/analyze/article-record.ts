import type { ArticleParse } from '../content/load-articles.ts';
import { parseArticle } from '../content/parse-article.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { extractArticle, type ArticleExtraction } from './analyze-corpus.ts';

/**
 * Everything the analysis learns from one article file on its own: the
 * parsed article (or the file's problems) and, for a valid file, its
 * extraction. The unit a worker thread computes and the disk cache keeps.
 */
export interface ArticleRecord {
  parsed: ArticleParse;
  extraction?: ArticleExtraction | undefined;
}

/** Parses and extracts one article file. */
export function recordArticle(file: string, bytes: Uint8Array, knowledge: Knowledge): ArticleRecord {
  const parsed = parseArticle(file, bytes);
  if (!parsed.ok) return { parsed };
  const { body: _body, ...article } = parsed;
  return { parsed: article, extraction: extractArticle(parsed.article, knowledge) };
}
