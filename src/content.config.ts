import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontMatter } from './core/schema.ts';

/** The news articles: `content/articles/<slug>.md`, the slug being the file name. */
const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: './content/articles',
    // The design's slug is the file name as written; the default id would re-slugify it.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: articleFrontMatter,
});

export const collections = { articles };
