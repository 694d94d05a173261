import { describe, expect, it } from 'vitest';
import { sampleCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import type { AnalyzedArticle } from '../types.ts';
import { getCorpus } from '../../pipeline/corpus.ts';
import { publishedArticle } from './published-article.ts';
import { publishedEntities } from './published-entities.ts';
import { sitePaths } from './site-paths.ts';
import { asEntityId } from '../ids.ts';

const CONTRACT_KEYS = ['slug', 'title', 'outlet', 'published', 'text', 'mentions', 'sentences'];

function expectContract(article: ReturnType<typeof publishedArticle>): void {
  expect(Object.keys(article).filter((k) => k !== 'url' && k !== 'author')).toEqual(CONTRACT_KEYS);
  expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  let previousEnd = 0;
  for (const m of article.mentions) {
    expect(Object.keys(m)).toEqual(['start', 'end', 'surface', 'entity', 'type']);
    expect(article.text.slice(m.start, m.end)).toBe(m.surface);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = m.end;
  }
}

describe('publishedArticle', () => {
  it('has exactly the contract keys, and every mention matches the text in order', () => {
    const article = sampleCorpus().articles[0] as AnalyzedArticle;
    const published = publishedArticle(article);
    expectContract(published);
    expect(published).toMatchObject({
      slug: 'first',
      title: 'Title of first',
      outlet: 'Outlet first',
      published: '2018-12-20',
    });
    expect(published.mentions[0]).toEqual({ start: 0, end: 5, surface: 'China', entity: 'china', type: 'country' });
    expect(published.sentences).toEqual(article.sentences);
  });

  it('publishes url and author, in contract order, when the front matter has them', () => {
    const article = sampleCorpus().articles[0] as AnalyzedArticle;
    const meta = { ...article.meta, url: 'https://example.org/story', author: 'A. Writer' };
    const published = publishedArticle({ ...article, meta });
    expect(Object.keys(published)).toEqual([
      'slug',
      'title',
      'outlet',
      'published',
      'url',
      'author',
      'text',
      'mentions',
      'sentences',
    ]);
    expect(published).toMatchObject({ url: 'https://example.org/story', author: 'A. Writer' });
  });

  it('refuses a mention that does not match the text, or overlaps the one before', () => {
    const article = sampleCorpus().articles[0] as AnalyzedArticle;
    const [first, second] = article.mentions;
    if (!first || !second) throw new Error('fixture has two mentions');
    expect(() => publishedArticle({ ...article, mentions: [{ ...first, surface: 'Japan' }] })).toThrow(
      /mentions\[0\] "Japan": the text there is "China"/,
    );
    expect(() => publishedArticle({ ...article, mentions: [second, first] })).toThrow(
      /starts before mentions\[0\] ends/,
    );
  });

  it('refuses a mention that crosses a sentence', () => {
    const article = sampleCorpus().articles[0] as AnalyzedArticle;
    const [first] = article.sentences;
    if (!first) throw new Error('fixture has a sentence');
    const cut = { start: first.start, end: first.start + 2 };
    expect(() => publishedArticle({ ...article, sentences: [cut, ...article.sentences.slice(1)] })).toThrow(
      /not inside one sentence/,
    );
  });

  it('holds for every article of the real corpus', () => {
    for (const article of getCorpus().articles) expectContract(publishedArticle(article));
  });
});

describe('publishedEntities', () => {
  it('lists every entity with exactly the contract keys and a URL under the base', () => {
    const entities = publishedEntities(sampleCorpus(), sitePaths('/news/'));
    for (const entity of entities) {
      // `description` is optional and comes last, after the design's contract keys.
      const keys = Object.keys(entity);
      expect(keys.filter((k) => k !== 'description')).toEqual([
        'id',
        'name',
        'type',
        'aliases',
        'url',
        'articles',
        'mentions',
      ]);
      if (keys.includes('description')) expect(keys.at(-1)).toBe('description');
    }
    expect(entities.find((e) => e.id === asEntityId('china'))).toEqual({
      id: 'china',
      name: 'China',
      type: 'country',
      aliases: [],
      url: '/news/entities/china/',
      articles: ['first', 'second'],
      mentions: 3,
    });
  });

  it('publishes the one-line description when the entity has one, and no key when it has none', () => {
    const corpus = sampleCorpus();
    const [first, ...rest] = corpus.entities;
    if (!first) throw new Error('the sample corpus has no entities');
    const described = { ...corpus, entities: [{ ...first, description: 'a line about it' }, ...rest] };
    const [published, ...others] = publishedEntities(described, sitePaths('/'));
    expect(published?.description).toBe('a line about it');
    for (const entity of others)
      expect('description' in entity).toBe(rest.find((e) => e.id === entity.id)?.description !== undefined);
  });

  it('counts, for the real corpus, what the articles hold', () => {
    const corpus = getCorpus();
    for (const entity of publishedEntities(corpus, sitePaths('/'))) {
      const holding = corpus.articles.filter((a) => a.mentions.some((m) => m.entity === entity.id)).map((a) => a.slug);
      const count = corpus.articles.flatMap((a) => a.mentions).filter((m) => m.entity === entity.id).length;
      expect(entity.articles).toEqual(holding);
      expect(entity.mentions).toBe(count);
    }
  });
});
