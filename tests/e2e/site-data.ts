/** Reading the published data and the site's URLs from the browser tests. */

import type { z } from 'zod';
import { corpusQueries, type CorpusQueries } from './corpus-queries.ts';
import { publishedAnalysis } from '../../src/core/publish/schemas/analysis/analysis.ts';
import { publishedArticle } from '../../src/core/publish/schemas/article.ts';
import { publishedEntities } from '../../src/core/publish/schemas/entities.ts';

export type { PublishedEntity } from '../../src/core/publish/schemas/entities.ts';
export type { PublishedAnalysis } from '../../src/core/publish/schemas/analysis/analysis.ts';

/** Fetches a JSON file of the running site and validates it with its published schema; fails on any status but 200. */
export async function fetchData<S extends z.ZodType>(url: string, schema: S): Promise<z.output<S>> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`GET ${url}: breaks its schema: ${parsed.error.message}`);
  return parsed.data;
}

/** The published data files, each read through the one schema the build and the site checks use. */
export const DATA = {
  entities: (url: string) => fetchData(url, publishedEntities),
  article: (url: string) => fetchData(url, publishedArticle),
  analysis: (url: string) => fetchData(url, publishedAnalysis),
};

/** The slug of an article URL (`…/articles/<slug>/…`), or `null` for any other URL. */
export function articleSlugOf(url: string): string | null {
  return /\/articles\/([^/?#]+)\//.exec(new URL(url).pathname + '/')?.[1] ?? null;
}

/** The id of an entity URL (`…/entities/<id>/`), or `null` for any other URL. */
export function entityIdOf(url: string): string | null {
  return /\/entities\/([^/?#]+)\//.exec(new URL(url).pathname + '/')?.[1] ?? null;
}

/** `true` for a URL whose path is `/articles/<slug>/` under any base, ignoring query and fragment. */
export function isArticlePage(url: string, slug: string): boolean {
  return new URL(url).pathname.endsWith(`/articles/${slug}/`);
}

/**
 * Search queries chosen from the site's own published data (see corpus-queries.ts): every article
 * any entity names, read from `/data/articles/<slug>.json`. `at` turns a site path into a URL.
 */
export async function siteQueries(at: (path: string) => string): Promise<CorpusQueries> {
  const entities = await DATA.entities(at('data/entities.json'));
  const slugs = [...new Set(entities.flatMap((e) => e.articles))].sort();
  const articles = await Promise.all(slugs.map((slug) => DATA.article(at(`data/articles/${slug}.json`))));
  return corpusQueries(
    articles.map((a) => `${a.title}\n\n${a.text}`),
    entities,
  );
}
