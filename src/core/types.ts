/**
 * The vocabulary shared by extraction, analysis, pages and published data.
 * Declared once here; everything else imports from this file.
 */

/** The six entity types of the design, in display order. */
export const ENTITY_TYPES = ['country', 'place', 'agency', 'organization', 'group', 'person'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

import type { ArticleSlug, EntityId } from './ids.ts';

/** Branded ids, declared with their conversions in `ids.ts`. */
export type { ArticleSlug, EntityId } from './ids.ts';

/** Front matter of an article, after validation (see `schema.ts`). */
export interface ArticleMeta {
  title: string;
  outlet: string;
  /** `YYYY-MM-DD` */
  published: string;
  url?: string | undefined;
  author?: string | undefined;
}

/** An article as the extraction sees it: metadata and plain text. */
export interface SourceArticle {
  slug: ArticleSlug;
  meta: ArticleMeta;
  /** The body as plain text, paragraphs (blocks) separated by one blank line. */
  text: string;
  /**
   * Each block (paragraph, list item, heading, code block) of `text`, read once from the
   * rendered markdown tree when the file is parsed. Never re-derived from blank lines: a code
   * block may hold one.
   */
  paragraphs: Span[];
}

/** A half-open character range `[start, end)` into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** One marked mention; `text.slice(start, end) === surface`. */
export interface Mention extends Span {
  surface: string;
  entity: EntityId;
  type: EntityType;
}

/** A resolved entity, as the whole corpus knows it. */
export interface Entity {
  id: EntityId;
  name: string;
  type: EntityType;
  /** Other surface forms seen in the corpus or known from the knowledge data; never includes `name`. */
  aliases: string[];
  /** One line, from the knowledge data, when known. */
  description?: string | undefined;
  wikidata?: string | undefined;
  attack?: string | undefined;
  /** For a national body whose name other countries share: the id of its country. */
  country?: EntityId | undefined;
}

/** An article after extraction. */
export interface AnalyzedArticle extends SourceArticle {
  /** Sorted by `start`, never overlapping. Anchor `#m-<n>` on a page is `mentions[n - 1]`. */
  mentions: Mention[];
  /** Each sentence of `text`; no sentence crosses a block. */
  sentences: Span[];
}

/** An entity with its corpus-wide counts. */
export interface EntitySummary extends Entity {
  /** Slugs of the articles that mention it, in corpus order. */
  articles: ArticleSlug[];
  /** Number of mentions across the corpus. */
  mentions: number;
}

/** Everything the pages, the search index and the published data are rendered from. */
export interface CorpusAnalysis {
  /** Sorted by publication date, then slug. */
  articles: AnalyzedArticle[];
  /** Sorted by type (ENTITY_TYPES order), then mentions (most first), then name. */
  entities: EntitySummary[];
}
