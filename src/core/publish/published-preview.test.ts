import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import type { EntityId } from '../types.ts';
import { entityIndex } from '../views/article-entities.ts';
import { PREVIEW_NEIGHBOURS, publishedPreview } from './published-preview.ts';
import { sitePaths } from './site-paths.ts';

const corpus = fixtureCorpus([
  fixtureArticle(
    'one',
    '2024-01-01',
    ['Ada Quill met Bo Renn in Tallinn. Ada Quill and Bo Renn left.', 'Ada Quill spoke.'],
    [
      ['Ada Quill', 'ada-quill', 'person'],
      ['Bo Renn', 'bo-renn', 'person'],
      ['Tallinn', 'tallinn', 'place'],
      ['Ada Quill', 'ada-quill', 'person'],
      ['Bo Renn', 'bo-renn', 'person'],
      ['Ada Quill', 'ada-quill', 'person'],
    ],
  ),
  fixtureArticle(
    'two',
    '2024-01-02',
    ['Ada Quill flew to Tallinn.'],
    [
      ['Ada Quill', 'ada-quill', 'person'],
      ['Tallinn', 'tallinn', 'place'],
    ],
  ),
]);

const preview = (id: string, base = '/') => {
  const entities = entityIndex(corpus.entities);
  const entity = entities.get(id as EntityId);
  if (!entity) throw new Error(`no ${id}`);
  return publishedPreview(entity, corpus.articles, entities, sitePaths(base));
};

describe('publishedPreview', () => {
  it('counts mentions and articles, and lists who shares sentences with the entity, most first', () => {
    expect(preview('ada-quill', '/news/')).toEqual({
      id: 'ada-quill',
      name: 'Ada Quill',
      type: 'person',
      url: '/news/entities/ada-quill/',
      mentions: 4,
      articles: 2,
      together: [
        { id: 'bo-renn', name: 'Bo Renn', type: 'person', url: '/news/entities/bo-renn/', sentences: 2 },
        { id: 'tallinn', name: 'Tallinn', type: 'place', url: '/news/entities/tallinn/', sentences: 2 },
      ],
    });
  });

  it('carries the description when there is one and lists at most a handful of neighbours', () => {
    const entities = entityIndex(corpus.entities);
    const ada = entities.get('ada-quill' as EntityId);
    if (!ada) throw new Error('no ada-quill');
    const card = publishedPreview({ ...ada, description: 'harbour pilot' }, corpus.articles, entities, sitePaths('/'));
    expect(card.description).toBe('harbour pilot');
    expect(card.together.length).toBeLessThanOrEqual(PREVIEW_NEIGHBOURS);
    expect('description' in preview('tallinn')).toBe(false);
  });
});
