import type { ArticleSlug } from '../types.ts';
import type { SentenceRef } from './mention-contexts.ts';
import { packPages } from './paging/pages.ts';

/** One static page of an entity's mentions: whole sentences, in corpus order. */
export interface MentionPage {
  /** 1-based. */
  page: number;
  /** The 1-based numbers, among all the entity's mentions in corpus order, of the first and last on this page. */
  first: number;
  last: number;
  sentences: SentenceRef[];
}

/** An entity's mentions cut into pages, and where each article's mentions begin. */
export interface MentionPages {
  /** Every mention of the entity. */
  total: number;
  /** At least one page; one page means the entity page shows every mention itself. */
  pages: MentionPage[];
  /** The page that holds the first mention of the entity in each article. */
  pageOfArticle: ReadonlyMap<ArticleSlug, number>;
  /** The page that holds each sentence. */
  pageOfSentence: ReadonlyMap<SentenceRef, number>;
}

/**
 * An entity's sentences packed into pages of at most `perPage` mentions (a
 * sentence is never split; one naming the entity more often than that gets
 * a page of its own). Every mention is on exactly one page.
 */
export function mentionPages(sentences: readonly SentenceRef[], perPage: number): MentionPages {
  const packed = packPages(sentences, (s) => s.indexes.length, perPage);
  const pageOfArticle = new Map<ArticleSlug, number>();
  const pageOfSentence = new Map<SentenceRef, number>();
  let seen = 0;
  const pages = packed.map((refs, i): MentionPage => {
    const page = i + 1;
    for (const ref of refs) {
      if (!pageOfArticle.has(ref.article.slug)) pageOfArticle.set(ref.article.slug, page);
      pageOfSentence.set(ref, page);
    }
    const count = refs.reduce((sum, ref) => sum + ref.indexes.length, 0);
    const first = seen + 1;
    seen += count;
    return { page, first, last: seen, sentences: refs };
  });
  return { total: seen, pages, pageOfArticle, pageOfSentence };
}
