import type { ArticleSlug, EntityId } from '../types.ts';

/**
 * Every internal address of the site, under one base path. Pages, the rehype
 * plugin and the published data build links only through this, so the whole
 * site moves when Astro's `base` changes (e.g. `--base /news/`).
 */
export interface SitePaths {
  /** The base itself, always ending in `/`. */
  home: string;
  entities: string;
  search: string;
  article(slug: ArticleSlug | string): string;
  /** The `n`-th mention (1-based) of an article: `#m-<n>`. */
  mention(slug: ArticleSlug | string, n: number): string;
  /** The `k`-th paragraph (1-based) of an article: `#p-<k>`. */
  paragraph(slug: ArticleSlug | string, k: number): string;
  /** The `n`-th sentence (1-based) of an article: `#s-<n>`. */
  sentence(slug: ArticleSlug | string, n: number): string;
  entity(id: EntityId | string): string;
  /** The section of an entity's page that lists its mentions in one article. */
  entityInArticle(id: EntityId | string, slug: ArticleSlug | string): string;
  /** A search for `query` (the query lives in `?q=`). */
  searchFor(query: string): string;
  /** The outlet comparison pages. */
  compare: string;
  /** The `k`-th passage (1-based, as in `/data/analysis.json`) on the comparison page. */
  passage(k: number): string;
  quotes: string;
  claims: string;
  timeline: string;
  graph: string;
  entitiesData: string;
  articleData(slug: ArticleSlug | string): string;
  analysisData: string;
  /** The RSS feed of the articles. */
  feed: string;
  /** The sitemap index that `@astrojs/sitemap` writes. */
  sitemap: string;
  /** The Open Graph image of an article, an entity, or (with no argument) the site. */
  ogImage(of?: { article: ArticleSlug | string } | { entity: EntityId | string }): string;
  /** What an entity mark's preview card shows. */
  previewData(id: EntityId | string): string;
  /** A file from `public/`, e.g. `favicon.svg`. */
  asset(file: string): string;
}

/** The anchor id of the `n`-th mention (1-based) of an article. */
export function mentionAnchor(n: number): string {
  return `m-${n}`;
}

/** The anchor id of the `k`-th paragraph (1-based) of an article. */
export function paragraphAnchor(k: number): string {
  return `p-${k}`;
}

/** The anchor id of the `n`-th sentence (1-based) of an article. */
export function sentenceAnchor(n: number): string {
  return `s-${n}`;
}

/** The anchor id of the section of an entity page that lists the entity's mentions in one article. */
export function entityArticleAnchor(slug: ArticleSlug | string): string {
  return `mentions-in-${slug}`;
}

/** The anchor id of the `k`-th passage (1-based) on the comparison page. */
export function passageAnchor(k: number): string {
  return `passage-${k}`;
}

/** A base path with exactly one slash at each end: "news" and "/news" → "/news/", "" → "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Paths under `base` (Astro's `import.meta.env.BASE_URL` or `config.base`; with or without slashes). */
export function sitePaths(base: string): SitePaths {
  const home = normalizeBase(base);
  // Ids and slugs are already URL-safe slugs; encoding guards against a stray character all the same.
  const seg = (value: string): string => encodeURIComponent(value);
  const article = (slug: string): string => `${home}articles/${seg(slug)}/`;
  return {
    home,
    entities: `${home}entities/`,
    search: `${home}search/`,
    article,
    mention: (slug, n) => `${article(slug)}#${mentionAnchor(n)}`,
    paragraph: (slug, k) => `${article(slug)}#${paragraphAnchor(k)}`,
    sentence: (slug, n) => `${article(slug)}#${sentenceAnchor(n)}`,
    entity: (id) => `${home}entities/${seg(id)}/`,
    entityInArticle: (id, slug) => `${home}entities/${seg(id)}/#${entityArticleAnchor(seg(slug))}`,
    searchFor: (query) => `${home}search/?q=${encodeURIComponent(query)}`,
    compare: `${home}compare/`,
    passage: (k) => `${home}compare/#${passageAnchor(k)}`,
    quotes: `${home}quotes/`,
    claims: `${home}claims/`,
    timeline: `${home}timeline/`,
    graph: `${home}graph/`,
    entitiesData: `${home}data/entities.json`,
    articleData: (slug) => `${home}data/articles/${seg(slug)}.json`,
    analysisData: `${home}data/analysis.json`,
    feed: `${home}rss.xml`,
    sitemap: `${home}sitemap-index.xml`,
    ogImage: (of) =>
      of === undefined
        ? `${home}og/site.png`
        : 'article' in of
          ? `${home}og/articles/${seg(of.article)}.png`
          : `${home}og/entities/${seg(of.entity)}.png`,
    previewData: (id) => `${home}data/previews/${seg(id)}.json`,
    asset: (file) => `${home}${file.replace(/^\/+/, '')}`,
  };
}
