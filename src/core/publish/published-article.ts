import type { AnalyzedArticle } from '../types.ts';
import { publishedArticle as articleSchema, type PublishedArticle } from './schemas/article.ts';

/**
 * The published form of an analysed article (`/data/articles/<slug>.json`).
 * Fields are copied one by one so that nothing else the analysis holds
 * leaks into the contract, and the result is validated against the one
 * schema the site checks and browser tests also use: a build never
 * publishes a file that breaks it.
 */
export function publishedArticle(article: AnalyzedArticle): PublishedArticle {
  const { meta } = article;
  const candidate = {
    slug: article.slug,
    title: meta.title,
    outlet: meta.outlet,
    published: meta.published,
    ...(meta.url === undefined ? {} : { url: meta.url }),
    ...(meta.author === undefined ? {} : { author: meta.author }),
    text: article.text,
    mentions: article.mentions.map(({ start, end, surface, entity, type }) => ({ start, end, surface, entity, type })),
    sentences: article.sentences.map(({ start, end }) => ({ start, end })),
  };
  const parsed = articleSchema.safeParse(candidate);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(article)'}: ${i.message}`);
    throw new Error(`${article.slug}: the published article breaks the data contract:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
