import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import { articleFeed, escapeXml } from './feed.ts';
import { robotsTxt } from './robots-txt.ts';
import { siteUrls } from './site-urls.ts';

const urls = siteUrls('https://news.example.org', '/news/');
const older = fixtureArticle('older', '2018-12-19', ['China said so.', 'More text.'], [['China', 'china', 'country']]);
const newer = {
  ...fixtureArticle('newer', '2018-12-21', ['Lede of the newer one.'], []),
  meta: { title: 'Newer <b>one</b>', outlet: 'The Wire', published: '2018-12-21', author: 'Ann Lee & Bo <Kim>' },
};
const corpus = fixtureCorpus([older, newer]);

describe('articleFeed', () => {
  it('lists the newest first with page, date, lede, outlet and writers', () => {
    const feed = articleFeed(corpus, urls);
    expect(feed.site).toBe('https://news.example.org/news/');
    expect(feed.items.map((item) => item.link)).toEqual([
      'https://news.example.org/news/articles/newer/',
      'https://news.example.org/news/articles/older/',
    ]);
    expect(feed.items[0]).toEqual({
      title: 'Newer <b>one</b>',
      link: 'https://news.example.org/news/articles/newer/',
      pubDate: new Date('2018-12-21T00:00:00Z'),
      description: 'Lede of the newer one.',
      categories: ['The Wire'],
      customData: '<dc:creator>Ann Lee</dc:creator><dc:creator>Bo &#60;Kim&#62;</dc:creator>',
    });
    expect(feed.items[1]).not.toHaveProperty('customData');
    expect(feed.items[1]?.description).toBe('China said so.');
    expect(feed.customData).toContain('href="https://news.example.org/news/rss.xml"');
  });

  it('holds at most the newest `limit` articles', () => {
    expect(articleFeed(corpus, urls, 1).items.map((item) => item.link)).toEqual([
      'https://news.example.org/news/articles/newer/',
    ]);
  });

  it('escapes text for XML', () => {
    expect(escapeXml(`a & <b> "c" 'd'`)).toBe('a &#38; &#60;b&#62; &#34;c&#34; &#39;d&#39;');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap under the base', () => {
    expect(robotsTxt(urls)).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/news/sitemap-index.xml\n',
    );
  });
});
