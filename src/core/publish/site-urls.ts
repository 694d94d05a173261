import type { ArticleSlug, EntityId } from '../types.ts';
import { sitePaths, type SitePaths } from './site-paths.ts';

/** The absolute addresses that leave the site (canonical links, feeds, cards, JSON-LD): origin + base + path. */
export interface SiteUrls {
  /** The home page: the origin with the base, ending in `/`. */
  home: string;
  search: string;
  feed: string;
  sitemap: string;
  article(slug: ArticleSlug | string): string;
  entity(id: EntityId | string): string;
  ogImage: SitePaths['ogImage'];
  /** Any site path that already holds the base (`Astro.url.pathname`). */
  absolute(path: string): string;
}

/** An absolute URL for a site path that already holds the base (`/news/articles/x/`). */
export function absoluteUrl(origin: string | URL, path: string): string {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl: "${path}" is not a path from the site's root`);
  return new URL(path, origin).href;
}

/** The absolute URLs of a site served at `origin` (Astro's `site`) under `base`. */
export function siteUrls(origin: string | URL, base: string): SiteUrls {
  const paths = sitePaths(base);
  const absolute = (path: string): string => absoluteUrl(origin, path);
  return {
    home: absolute(paths.home),
    search: absolute(paths.search),
    feed: absolute(paths.feed),
    sitemap: absolute(paths.sitemap),
    article: (slug) => absolute(paths.article(slug)),
    entity: (id) => absolute(paths.entity(id)),
    ogImage: (of) => absolute(paths.ogImage(of)),
    absolute,
  };
}
