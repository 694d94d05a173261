import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { ARTICLE_PATTERN, ARTICLES_DIR } from './core/content/article-files.ts';
import { articleFrontMatter } from './core/content/article-schema.ts';
import { entryMarksDigest } from './pipeline/corpus.ts';

const files = glob({
  pattern: ARTICLE_PATTERN,
  base: `./${ARTICLES_DIR}`,
  // The design's slug is the file name as written; the default id would re-slugify it.
  generateId: ({ entry }) => entry.replace(/\.md$/, ''),
});

/**
 * The glob loader, with each entry's digest covering what the mention plugin
 * writes into it as well as the file: Astro's content store renders an entry
 * again only when its digest changes, and an article's marks can change when
 * another article (or the knowledge) does. Per entry, so an edit renders again
 * only the articles it touches, not the whole store.
 */
const articleFiles: Loader = {
  name: 'newsroom-articles',
  load: (context) =>
    files.load({
      ...context,
      generateDigest: (data) =>
        context.generateDigest(typeof data === 'string' ? `${data}\0${entryMarksDigest(data)}` : data),
    }),
};

/** The news articles: `content/articles/<slug>.md`, the slug being the file name. */
const articles = defineCollection({ loader: articleFiles, schema: articleFrontMatter });

export const collections = { articles };
