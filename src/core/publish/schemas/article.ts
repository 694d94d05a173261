import { z } from 'zod';
import { articleSlug, entityId, entityType, isoDay, offset, report, span, spanProblems } from './common.ts';

/** One marked mention of an entity. */
export const publishedMention = z.strictObject({
  start: offset.describe('offset of the mention in `text`'),
  end: offset.describe('offset after the mention'),
  surface: z.string().min(1).describe('the words as written: `text.slice(start, end)`'),
  entity: entityId.describe('id of the entity, as in /data/entities.json'),
  type: entityType.describe("the entity's type"),
});

/**
 * `/data/articles/<slug>.json`, the design's data contract. Keys in this
 * order; `url` and `author` only when the front matter has them.
 */
export const publishedArticle = z
  .strictObject({
    slug: articleSlug.describe("the article's file name without .md; its page is /articles/<slug>/"),
    title: z.string().min(1).describe('the headline'),
    outlet: z.string().min(1).describe('the publication'),
    published: isoDay.describe('publication date, YYYY-MM-DD'),
    url: z.url().optional().describe('the original address, when known'),
    author: z.string().min(1).optional().describe('the byline, when known'),
    text: z.string().describe('the body as plain text, paragraphs separated by one blank line'),
    mentions: z.array(publishedMention).describe('every marked mention, sorted by start, none overlapping'),
    sentences: z
      .array(span)
      .describe('every sentence of text in order; the n-th (1-based) is the anchor #s-<n> of the article page'),
  })
  .superRefine((article, ctx) => report(ctx, articleProblems(article)));

export type PublishedArticle = z.output<typeof publishedArticle>;
export type PublishedMention = z.output<typeof publishedMention>;

/**
 * Each way an article breaks the invariants other tools rely on: every
 * mention is `text.slice(start, end)`, mentions and sentences are sorted,
 * non-empty and disjoint, and no mention crosses a sentence.
 */
export function articleProblems(article: Pick<PublishedArticle, 'text' | 'mentions' | 'sentences'>): string[] {
  const problems = [
    ...spanProblems(article.mentions, article.text.length, 'mentions'),
    ...spanProblems(article.sentences, article.text.length, 'sentences'),
  ];
  let s = 0;
  article.mentions.forEach((mention, index) => {
    const slice = article.text.slice(mention.start, mention.end);
    if (slice !== mention.surface)
      problems.push(
        `mentions[${index}] ${JSON.stringify(mention.surface)}: the text there is ${JSON.stringify(slice)}`,
      );
    while (s < article.sentences.length && (article.sentences[s]?.end ?? 0) <= mention.start) s++;
    const sentence = article.sentences[s];
    if (sentence === undefined || mention.start < sentence.start || mention.end > sentence.end)
      problems.push(`mentions[${index}] ${JSON.stringify(mention.surface)}: not inside one sentence`);
  });
  return problems;
}
