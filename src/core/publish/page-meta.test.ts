import { describe, expect, it } from 'vitest';
import { metaTags, shortDescription, type PageMeta } from './page-meta.ts';

const base: PageMeta = {
  title: 'A headline',
  description: 'The lede.',
  canonical: 'https://news.example.org/articles/a/',
  siteName: 'Site',
  type: 'article',
  image: { url: 'https://news.example.org/og/articles/a.png', alt: 'A headline — Outlet' },
  article: { publishedTime: '2018-12-20', authors: ['Ann Lee', 'Bo Kim'], section: 'Outlet' },
};

const content = (tags: ReturnType<typeof metaTags>, key: string): string[] =>
  tags.filter((tag) => ('property' in tag ? tag.property : tag.name) === key).map((tag) => tag.content);

describe('metaTags', () => {
  it('writes Open Graph, article and Twitter tags for an article', () => {
    const tags = metaTags(base);
    expect(content(tags, 'og:type')).toEqual(['article']);
    expect(content(tags, 'og:title')).toEqual(['A headline']);
    expect(content(tags, 'og:url')).toEqual(['https://news.example.org/articles/a/']);
    expect(content(tags, 'og:image')).toEqual(['https://news.example.org/og/articles/a.png']);
    expect(content(tags, 'og:image:width')).toEqual(['1200']);
    expect(content(tags, 'og:image:height')).toEqual(['630']);
    expect(content(tags, 'og:image:alt')).toEqual(['A headline — Outlet']);
    expect(content(tags, 'og:site_name')).toEqual(['Site']);
    expect(content(tags, 'article:published_time')).toEqual(['2018-12-20']);
    expect(content(tags, 'article:author')).toEqual(['Ann Lee', 'Bo Kim']);
    expect(content(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(content(tags, 'twitter:image')).toEqual(['https://news.example.org/og/articles/a.png']);
    expect(content(tags, 'twitter:image:alt')).toEqual(['A headline — Outlet']);
    // og:image:* must follow the og:image they describe.
    const keys = tags.map((tag) => ('property' in tag ? tag.property : tag.name));
    expect(keys.indexOf('og:image')).toBeLessThan(keys.indexOf('og:image:width'));
  });

  it('has no article tags on other pages and no og:url without a canonical address', () => {
    const tags = metaTags({ ...base, type: 'website', article: undefined, canonical: undefined });
    expect(content(tags, 'og:type')).toEqual(['website']);
    expect(content(tags, 'og:url')).toEqual([]);
    expect(tags.some((tag) => 'property' in tag && tag.property.startsWith('article:'))).toBe(false);
  });
});

describe('shortDescription', () => {
  it('keeps a short text and cuts a long one at a word, with an ellipsis', () => {
    expect(shortDescription('  Two   words. ')).toBe('Two words.');
    const long = `${'word '.repeat(60)}end`;
    const cut = shortDescription(long, 50);
    expect([...cut].length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });

  it('never cuts a character outside the BMP in half', () => {
    const cut = shortDescription('😀'.repeat(30), 10);
    expect(cut).toBe(`${'😀'.repeat(9)}…`);
  });
});
