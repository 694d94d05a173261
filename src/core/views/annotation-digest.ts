import { createHash } from 'node:crypto';
import type { AnalyzedArticle, CorpusAnalysis } from '../types.ts';

/**
 * A fingerprint of what the rehype plugin marks in one article under one
 * base path. The plugin stamps it on the rendered entry and the article page
 * compares it with the current analysis, so a page built from a stale cache
 * or without the plugin fails the build instead of showing wrong marks.
 */
export function annotationDigest(article: AnalyzedArticle, base: string): string {
  return digest([base, article.slug, article.text, article.mentions, article.paragraphs, article.sentences]);
}

/** A fingerprint of the whole analysis: changes whenever any page's marks or names could. */
export function corpusDigest(corpus: CorpusAnalysis): string {
  return digest(corpus);
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
