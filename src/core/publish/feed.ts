/**
 * The RSS feed of the articles as the options `@astrojs/rss` takes: the newest first, each with
 * its headline, page, date, lede, writers (`dc:creator`; RSS's own `author` wants an e-mail
 * address) and its outlet as the category.
 */
import type { CorpusAnalysis } from '../types.ts';
import { lede } from '../views/article-entities.ts';
import { bylineNames } from './byline-names.ts';
import { SITE_DESCRIPTION, SITE_NAME } from './site-identity.ts';
import type { SiteUrls } from './site-urls.ts';

/**
 * The feed holds the newest articles only: a reader polls it for what is new, and at 10,000
 * articles a full feed would be megabytes fetched again on every poll. The archive is the site.
 */
export const FEED_ITEMS = 200;

/** One feed item, in the shape of `@astrojs/rss`'s `RSSFeedItem`. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  customData?: string;
}

/** The feed, in the shape of `@astrojs/rss`'s options. */
export interface Feed {
  title: string;
  description: string;
  site: string;
  xmlns: Record<string, string>;
  customData: string;
  items: FeedItem[];
}

/** Text for an XML element or attribute: `customData` is parsed as XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function articleFeed(corpus: CorpusAnalysis, urls: SiteUrls, limit = FEED_ITEMS): Feed {
  // The analysis sorts by date then slug, oldest first; the feed reverses that order exactly.
  const newest = [...corpus.articles].reverse().slice(0, limit);
  return {
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: urls.home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<atom:link href="${escapeXml(urls.feed)}" rel="self" type="application/rss+xml"/>`,
    items: newest.map((article) => {
      const authors = article.meta.author === undefined ? [] : bylineNames(article.meta.author);
      const item: FeedItem = {
        title: article.meta.title,
        link: urls.article(article.slug),
        pubDate: new Date(`${article.meta.published}T00:00:00Z`),
        description: lede(article),
        categories: [article.meta.outlet],
      };
      if (authors.length > 0)
        item.customData = authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('');
      return item;
    }),
  };
}
