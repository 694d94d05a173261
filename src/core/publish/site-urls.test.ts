import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, parseSiteUrl, siteUrlFromEnvironment } from './site-origin.ts';
import { absoluteUrl, siteUrls } from './site-urls.ts';

describe('site origin', () => {
  it('defaults to where npm start serves, and SITE_URL overrides it', () => {
    expect(DEFAULT_SITE_URL).toBe('http://127.0.0.1:4321');
    expect(siteUrlFromEnvironment({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFromEnvironment({ SITE_URL: ' ' })).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFromEnvironment({ SITE_URL: 'https://news.example.org/' })).toBe('https://news.example.org');
    expect(parseSiteUrl('http://localhost:8080')).toBe('http://localhost:8080');
  });

  it.each([
    ['news.example.org', 'is not a URL'],
    ['ftp://news.example.org', 'must start with http'],
    ['https://news.example.org/news/', 'origin only'],
    ['https://news.example.org/?a=1', 'origin only'],
  ])('refuses %j, naming the variable', (value, problem) => {
    expect(() => siteUrlFromEnvironment({ SITE_URL: value })).toThrow(problem);
    expect(() => siteUrlFromEnvironment({ SITE_URL: value })).toThrow('SITE_URL');
  });
});

describe('siteUrls', () => {
  it.each([
    ['/', 'https://news.example.org/'],
    ['/news/', 'https://news.example.org/news/'],
    ['news', 'https://news.example.org/news/'],
  ])('puts every address under the origin and base %j', (base, home) => {
    const urls = siteUrls('https://news.example.org', base);
    expect(urls.home).toBe(home);
    expect(urls.article('a-b')).toBe(`${home}articles/a-b/`);
    expect(urls.entity('apt10')).toBe(`${home}entities/apt10/`);
    expect(urls.feed).toBe(`${home}rss.xml`);
    expect(urls.sitemap).toBe(`${home}sitemap-index.xml`);
    expect(urls.search).toBe(`${home}search/`);
    expect(urls.ogImage()).toBe(`${home}og/site.png`);
    expect(urls.ogImage({ article: 'a-b' })).toBe(`${home}og/articles/a-b.png`);
    expect(urls.ogImage({ entity: 'apt10' })).toBe(`${home}og/entities/apt10.png`);
  });

  it('makes a page path absolute and refuses a relative one', () => {
    expect(absoluteUrl('http://127.0.0.1:4321', '/news/entities/')).toBe('http://127.0.0.1:4321/news/entities/');
    expect(() => absoluteUrl('http://127.0.0.1:4321', 'entities/')).toThrow('not a path');
  });
});
