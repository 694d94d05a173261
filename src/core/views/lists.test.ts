import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import { listPaths } from '../publish/list-paths.ts';
import type { AnalyzedArticle, EntityType } from '../types.ts';
import { articleListPages, articleRow, outletFilters } from './article-list.ts';
import { entityIndexGroups, entityListPages, sortEntities } from './entity-list.ts';
import { homeView } from './home-view.ts';
import { PAGE_LIMITS } from './paging/page-limits.ts';
import { shortText } from './short-text.ts';

function article(
  slug: string,
  published: string,
  outlet: string,
  marks: [string, string, EntityType][] = [],
): AnalyzedArticle {
  const words = marks.map(([surface]) => surface).join(' and ');
  const a = fixtureArticle(slug, published, [`${words || 'Nothing'} happened here.`], marks);
  return { ...a, meta: { ...a.meta, outlet } };
}

const articles = [
  article('a1', '2024-01-01', 'The Post'),
  article('a2', '2024-01-02', 'Wire'),
  article('a3', '2024-01-03', 'The Post'),
  article('a4', '2024-01-04', 'the post'),
  article('a5', '2024-01-05', 'All'),
];

describe('outletFilters', () => {
  it('lists outlets by articles, then name, each with a unique key that is never "all"', () => {
    expect(outletFilters(articles)).toEqual([
      { key: 'the-post-2', outlet: 'The Post', articles: 2 },
      { key: 'all-2', outlet: 'All', articles: 1 },
      { key: 'the-post', outlet: 'the post', articles: 1 },
      { key: 'wire', outlet: 'Wire', articles: 1 },
    ]);
  });
});

describe('articleListPages', () => {
  const limits = { ...PAGE_LIMITS, articlesPerPage: 2 };
  const pages = articleListPages(articles, limits);
  const list = (outlet: string | undefined, order: 'newest' | 'oldest') =>
    pages.filter((p) => p.outlet?.key === outlet && p.order === order);

  it('pages all articles newest first and oldest first, every article once in each', () => {
    expect(list(undefined, 'newest').map((p) => p.rows.map((r) => r.article.slug))).toEqual([
      ['a5', 'a4'],
      ['a3', 'a2'],
      ['a1'],
    ]);
    expect(list(undefined, 'oldest').flatMap((p) => p.rows.map((r) => r.article.slug))).toEqual([
      'a1',
      'a2',
      'a3',
      'a4',
      'a5',
    ]);
    expect(list(undefined, 'newest').map((p) => [p.page, p.pageCount, p.total])).toEqual([
      [1, 3, 5],
      [2, 3, 5],
      [3, 3, 5],
    ]);
  });

  it('has a list per outlet, holding only its articles', () => {
    expect(list('the-post-2', 'newest').flatMap((p) => p.rows.map((r) => r.article.slug))).toEqual(['a3', 'a1']);
    expect(list('wire', 'oldest').map((p) => p.total)).toEqual([1]);
    expect(pages.length).toBe(2 * 3 + 2 * (1 + 1 + 1 + 1));
  });

  it('gives every list page its own address', () => {
    const paths = listPaths('/news/');
    const addresses = pages.map((p) => paths.articleList(p.outlet?.key, p.order, p.page));
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses).toContain('/news/articles/');
    expect(addresses).toContain('/news/articles/all/newest/2/');
    expect(addresses).toContain('/news/articles/the-post-2/oldest/');
  });
});

describe('articleRow and shortText', () => {
  it('counts mentions and distinct entities, and cuts a long lede at a word', () => {
    const row = articleRow(
      article('x', '2024-01-01', 'Wire', [
        ['Ruritania', 'ruritania', 'country'],
        ['Ruritania', 'ruritania', 'country'],
        ['Borduria', 'borduria', 'country'],
      ]),
    );
    expect([row.mentions, row.entities]).toEqual([3, 2]);
    expect(shortText('one two three four', 12)).toBe('one two…');
    expect(shortText('short', 12)).toBe('short');
  });
});

describe('entity lists', () => {
  const corpus = fixtureCorpus(
    [
      article('e1', '2024-01-01', 'Wire', [
        ['Zed', 'zed', 'person'],
        ['Zed', 'zed', 'person'],
        ['Zed', 'zed', 'person'],
        ['Amy', 'amy', 'person'],
        ['Oslo', 'oslo', 'place'],
      ]),
      article('e2', '2024-01-02', 'Wire', [
        ['Amy', 'amy', 'person'],
        ['Oslo', 'oslo', 'place'],
      ]),
      article('e3', '2024-01-03', 'Wire', [['Oslo', 'oslo', 'place']]),
    ],
    { zed: 'Zed', amy: 'Amy', oslo: 'Oslo' },
  );

  it('sorts by mentions, by articles and by name', () => {
    const ids = (sort: 'mentions' | 'articles' | 'name') => sortEntities(corpus.entities, sort).map((e) => e.id);
    expect(ids('mentions')).toEqual(['oslo', 'zed', 'amy']);
    expect(ids('articles')).toEqual(['oslo', 'amy', 'zed']);
    expect(ids('name')).toEqual(['amy', 'oslo', 'zed']);
  });

  it('pages every type and all types in each order', () => {
    const pages = entityListPages(corpus.entities, { ...PAGE_LIMITS, entitiesPerPage: 2 });
    const people = pages.filter((p) => p.type === 'person' && p.sort === 'name');
    expect(people.map((p) => p.rows.map((e) => e.id))).toEqual([['amy', 'zed']]);
    const all = pages.filter((p) => p.type === undefined && p.sort === 'mentions');
    expect(all.map((p) => [p.page, p.pageCount, p.rows.map((e) => e.id)])).toEqual([
      [1, 2, ['oslo', 'zed']],
      [2, 2, ['amy']],
    ]);
    const paths = listPaths('/');
    const addresses = pages.map((p) => paths.entityList(p.type, p.sort, p.page));
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses).toContain('/entities/all/by-mentions/2/');
    expect(addresses.some((a) => a.includes('/mentions/'))).toBe(false);
  });

  it('shows the most mentioned of each type on the index, with the type’s total', () => {
    expect(
      entityIndexGroups(corpus.entities, { ...PAGE_LIMITS, indexPerType: 1 }).map((g) => [
        g.type,
        g.rows.map((e) => e.id),
        g.total,
      ]),
    ).toEqual([
      ['place', ['oslo'], 1],
      ['person', ['zed'], 2],
    ]);
  });
});

describe('homeView', () => {
  it('shows every article in date order, as dots on the axis, while they fit', () => {
    const view = homeView(articles);
    expect(view.complete).toBe(true);
    expect(view.articles.map((r) => r.article.slug)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(view.axis.kind).toBe('dots');
  });

  it('shows the latest articles and counts over time, each step with its list page, when they do not', () => {
    const many = Array.from({ length: 130 }, (_, i) =>
      article(`m${String(i).padStart(3, '0')}`, `2024-${String(1 + Math.floor(i / 30)).padStart(2, '0')}-10`, 'Wire'),
    );
    const view = homeView(many, { ...PAGE_LIMITS, homeArticles: 10, articlesPerPage: 25 });
    expect(view.complete).toBe(false);
    expect(view.total).toBe(130);
    expect(view.articles.map((r) => r.article.slug).slice(0, 2)).toEqual(['m129', 'm128']);
    if (view.axis.kind !== 'counts') throw new Error('expected counts');
    // 30 a month from January, the last 10 in May; newest first, 25 a page: April's newest is the 11th.
    expect(view.axis.buckets.map((b) => [b.datetime, b.count, b.page])).toEqual([
      ['2024-01', 30, 5],
      ['2024-02', 30, 3],
      ['2024-03', 30, 2],
      ['2024-04', 30, 1],
      ['2024-05', 10, 1],
    ]);
  });
});

describe('listPaths', () => {
  it('gives the lists and the mention pages their addresses under the base', () => {
    const paths = listPaths('news');
    expect(paths.articleList(undefined, 'newest', 1)).toBe('/news/articles/');
    expect(paths.articleList(undefined, 'oldest', 1)).toBe('/news/articles/all/oldest/');
    expect(paths.articleList('wire', 'newest', 3)).toBe('/news/articles/wire/newest/3/');
    expect(paths.entityList(undefined, 'name', 1)).toBe('/news/entities/all/by-name/');
    expect(paths.entityList('person', 'articles', 2)).toBe('/news/entities/person/by-articles/2/');
    expect(paths.entityMentions('china', 4)).toBe('/news/entities/china/mentions/4/');
  });
});
