import { describe, expect, it } from 'vitest';
import { sitePaths } from './site-paths.ts';

describe('sitePaths', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/news/', '/news/'],
    ['/news', '/news/'],
    ['news', '/news/'],
    ['/a/b/', '/a/b/'],
  ])('normalises base %j to %j', (base, home) => {
    expect(sitePaths(base).home).toBe(home);
  });

  it('builds every route under the base, with trailing slashes', () => {
    const paths = sitePaths('/news/');
    expect(paths.entities).toBe('/news/entities/');
    expect(paths.search).toBe('/news/search/');
    expect(paths.article('us-allies')).toBe('/news/articles/us-allies/');
    expect(paths.mention('us-allies', 3)).toBe('/news/articles/us-allies/#m-3');
    expect(paths.paragraph('us-allies', 2)).toBe('/news/articles/us-allies/#p-2');
    expect(paths.sentence('us-allies', 7)).toBe('/news/articles/us-allies/#s-7');
    expect([paths.compare, paths.quotes, paths.claims, paths.timeline, paths.graph]).toEqual([
      '/news/compare/',
      '/news/quotes/',
      '/news/claims/',
      '/news/timeline/',
      '/news/graph/',
    ]);
    expect(paths.analysisData).toBe('/news/data/analysis.json');
    expect(paths.previewData('apt10')).toBe('/news/data/previews/apt10.json');
    expect(paths.entity('apt10')).toBe('/news/entities/apt10/');
    expect(paths.entityInArticle('apt10', 'us-allies')).toBe('/news/entities/apt10/#mentions-in-us-allies');
    expect(paths.passage(4)).toBe('/news/compare/#passage-4');
    expect(paths.entitiesData).toBe('/news/data/entities.json');
    expect(paths.articleData('us-allies')).toBe('/news/data/articles/us-allies.json');
    expect(paths.asset('/favicon.svg')).toBe('/news/favicon.svg');
  });

  it('puts the query in ?q=, encoded', () => {
    expect(sitePaths('/').searchFor('Zhu Hua & APT10')).toBe('/search/?q=Zhu%20Hua%20%26%20APT10');
  });

  it('encodes a stray character in a slug', () => {
    expect(sitePaths('/').entity('a b')).toBe('/entities/a%20b/');
  });
});
