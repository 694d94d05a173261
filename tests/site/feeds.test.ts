/**
 * The RSS feed, the sitemap and robots.txt, parsed as XML (fast-xml-parser) at `/` and under
 * `/news/`: every article in the feed, newest first, and every page in the sitemap, each at an
 * absolute URL under the site's address and base that the build has a file for.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/checks/built-site.ts';
import { bylineNames } from '../../src/core/publish/byline-names.ts';
import { FEED_ITEMS } from '../../src/core/publish/feed.ts';
import { SITE_NAME } from '../../src/core/publish/site-identity.ts';
import { siteUrlFromEnvironment } from '../../src/core/publish/site-origin.ts';
import { siteUrls } from '../../src/core/publish/site-urls.ts';
import { lede } from '../../src/core/views/article-entities.ts';
import { getCorpus } from '../../src/pipeline/corpus.ts';
import { BUILDS, ROOT } from './site.ts';

type Xml = Record<string, unknown>;

// Lists stay lists when they hold one element; text stays text ("2018" is not a number).
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['item', 'category', 'dc:creator', 'url', 'sitemap'].includes(name),
});

const corpus = getCorpus(ROOT);
const origin = siteUrlFromEnvironment(process.env);

describe.each(BUILDS)('$name', ({ dir, base }) => {
  const urls = siteUrls(origin, base);
  const read = (file: string): string => readFileSync(path.join(dir, file), 'utf8');
  const parse = (file: string): Xml => {
    const xml = read(file);
    expect(XMLValidator.validate(xml), file).toBe(true);
    return parser.parse(xml) as Xml;
  };
  /** An absolute URL of the site must be under its address and base, and served from a built file. */
  const expectServed = (url: string): void => {
    expect(new URL(url).href).toBe(url);
    expect(url.startsWith(urls.home), `${url} is under ${urls.home}`).toBe(true);
    const relative = decodeURIComponent(url.slice(urls.home.length));
    const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
    expect(existsSync(path.join(dir, file)), `${url}: no ${file}`).toBe(true);
  };

  it('lists the newest articles first in the RSS feed, with title, link, date, lede, outlet and writers', () => {
    const channel = (parse('rss.xml')['rss'] as Xml)['channel'] as Xml;
    expect(channel['title']).toBe(SITE_NAME);
    expect(channel['link']).toBe(urls.home);
    expect((channel['atom:link'] as Xml)['@_href']).toBe(urls.feed);
    const items = channel['item'] as Xml[];
    const newest = [...corpus.articles].reverse().slice(0, FEED_ITEMS);
    expect(items.map((item) => item['link'])).toEqual(newest.map((article) => urls.article(article.slug)));
    for (const [i, item] of items.entries()) {
      const article = newest[i];
      if (article === undefined) throw new Error('more items than articles');
      expectServed(item['link'] as string);
      expect(item['title']).toBe(article.meta.title);
      expect(new Date(item['pubDate'] as string).toISOString().slice(0, 10)).toBe(article.meta.published);
      expect(item['description']).toBe(lede(article));
      expect(item['category']).toEqual([article.meta.outlet]);
      expect(item['dc:creator'] ?? []).toEqual(
        article.meta.author === undefined ? [] : bylineNames(article.meta.author),
      );
    }
  });

  it('lists every page, and nothing else, in the sitemap', () => {
    const index = (parse('sitemap-index.xml')['sitemapindex'] as Xml)['sitemap'] as Xml[];
    const locs: string[] = [];
    for (const sitemap of index) {
      const url = sitemap['loc'] as string;
      expectServed(url);
      const entries = (parse(url.slice(urls.home.length))['urlset'] as Xml)['url'] as Xml[];
      locs.push(...entries.map((entry) => entry['loc'] as string));
    }
    for (const loc of locs) expectServed(loc);
    const pages = readBuiltSite(dir, base)
      .pages.filter((page) => page.file !== '404.html')
      .map((page) => urls.absolute(page.urlPath));
    expect(locs.sort()).toEqual(pages.sort());
    for (const article of corpus.articles) expect(locs).toContain(urls.article(article.slug));
    for (const entity of corpus.entities) expect(locs).toContain(urls.entity(entity.id));
  });

  it('points robots.txt at the sitemap', () => {
    expect(read('robots.txt')).toContain(`\nSitemap: ${urls.sitemap}\n`);
  });
});
