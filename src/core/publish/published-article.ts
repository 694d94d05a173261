import type { AnalyzedArticle, EntityType } from '../types.ts';

/** One mention in `/data/articles/<slug>.json`; `text.slice(start, end) === surface`. */
export interface PublishedMention {
  start: number;
  end: number;
  surface: string;
  entity: string;
  type: EntityType;
}

/** `/data/articles/<slug>.json`, the design's data contract: these keys, in this order, and no others. */
export interface PublishedArticle {
  slug: string;
  title: string;
  outlet: string;
  /** `YYYY-MM-DD` */
  published: string;
  /** The body as plain text, paragraphs separated by one blank line. */
  text: string;
  /** Sorted by `start`, none overlapping. */
  mentions: PublishedMention[];
}

/**
 * The published form of an analysed article. Fields are copied one by one so
 * nothing the analysis adds later (authors, sentences…) leaks into the
 * contract; the invariants other tools rely on are checked, not assumed.
 */
export function publishedArticle(article: AnalyzedArticle): PublishedArticle {
  const mentions = article.mentions.map(({ start, end, surface, entity, type }) => ({
    start,
    end,
    surface,
    entity,
    type,
  }));
  let previousEnd = 0;
  for (const m of mentions) {
    if (article.text.slice(m.start, m.end) !== m.surface) {
      throw new Error(`${article.slug}: mention ${JSON.stringify(m.surface)} at ${m.start} does not match the text`);
    }
    if (m.start < previousEnd) throw new Error(`${article.slug}: mention at ${m.start} overlaps or is out of order`);
    previousEnd = m.end;
  }
  return {
    slug: article.slug,
    title: article.meta.title,
    outlet: article.meta.outlet,
    published: article.meta.published,
    text: article.text,
    mentions,
  };
}
