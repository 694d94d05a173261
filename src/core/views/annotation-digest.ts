import { createHash } from 'node:crypto';
import type { Comparison } from '../compare/compare-outlets.ts';
import type { AnalyzedArticle, CorpusAnalysis } from '../types.ts';
import type { ArticleMarks } from './sentence-marks.ts';

/**
 * A fingerprint of what the rehype plugin marks in one article under one
 * base path (mentions, paragraphs, sentences and the marks beside them). The plugin stamps it on the rendered entry and the article page
 * compares it with the current analysis, so a page built from a stale cache
 * or without the plugin fails the build instead of showing wrong marks.
 */
export function annotationDigest(article: AnalyzedArticle, base: string, marks: ArticleMarks = new Map()): string {
  return digest([
    base,
    article.slug,
    article.text,
    article.mentions,
    article.paragraphs,
    article.sentences,
    [...marks],
  ]);
}

/** A fingerprint of the whole analysis: changes whenever any page's marks or names could. */
export function corpusDigest(corpus: CorpusAnalysis): string {
  return digest(corpus);
}

/** A fingerprint of the groups the marks beside sentences come from. */
export function passagesDigest(comparison: Pick<Comparison, 'passages' | 'repeats'>): string {
  return digest([comparison.passages, comparison.repeats ?? []]);
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
