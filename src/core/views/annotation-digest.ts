import { createHash } from 'node:crypto';
import type { Comparison } from '../compare/compare-outlets.ts';
import type { AnalyzedArticle, CorpusAnalysis, EntityId, EntitySummary } from '../types.ts';
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

/**
 * A fingerprint of everything the rehype plugin writes into one article's
 * body: its marks, sentences and paragraphs, the marks beside shared sentences, and the name and type of the
 * entity behind each mark, which another article can change. Mixed into the
 * content store's digest of the entry, so that a rebuild renders again
 * exactly the articles whose marks changed, and no others.
 */
export function marksDigest(
  article: AnalyzedArticle,
  entities: ReadonlyMap<EntityId, EntitySummary>,
  marks: ArticleMarks = new Map(),
): string {
  return digest([
    annotationDigest(article, '', marks),
    article.mentions.map((m) => {
      const entity = entities.get(m.entity);
      return entity ? [entity.name, entity.type] : null;
    }),
  ]);
}
