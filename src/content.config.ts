import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLE_PATTERN, ARTICLES_DIR } from './core/content/article-files.ts';
import { articleFrontMatter } from './core/content/article-schema.ts';

/** The news articles: `content/articles/<slug>.md`, the slug being the file name. */
const articles = defineCollection({
  loader: glob({
    pattern: ARTICLE_PATTERN,
    base: `./${ARTICLES_DIR}`,
    // The design's slug is the file name as written; the default id would re-slugify it.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: articleFrontMatter,
});

export const collections = { articles };
