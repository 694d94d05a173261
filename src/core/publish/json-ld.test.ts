import { describe, expect, it } from 'vitest';
import { sampleCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import type { AnalyzedArticle, Entity, EntityId, EntitySummary, EntityType } from '../types.ts';
import { ENTITY_TYPES } from '../types.ts';
import {
  ENTITY_SCHEMA_TYPES,
  aboutAndMentions,
  articleJsonLd,
  entityJsonLd,
  entitySameAs,
  serializeJsonLd,
  siteJsonLd,
} from './json-ld.ts';
import { siteUrls } from './site-urls.ts';

const urls = siteUrls('https://news.example.org', '/news/');
const corpus = sampleCorpus();
const first = corpus.articles[0] as AnalyzedArticle;
const known = (entity: EntitySummary): EntitySummary =>
  entity.id === 'apt10' ? { ...entity, wikidata: 'Q4688434', attack: 'G0045' } : entity;
/** A JSON-LD object as plain JSON, to look fields up by name. */
const record = (value: unknown): Record<string, unknown> => value as Record<string, unknown>;
const entities = new Map<EntityId, Entity>(corpus.entities.map((e) => [e.id, known(e)]));

describe('articleJsonLd', () => {
  it('is a NewsArticle with headline, date, writers, the outlet as publisher and the original as its source', () => {
    const article = {
      ...first,
      meta: { ...first.meta, url: 'https://outlet.example/story', author: 'Ann Lee and Bo Kim' },
    };
    const ld = articleJsonLd(article, entities, urls);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://news.example.org/news/articles/first/#article',
      headline: 'Title of first',
      datePublished: '2018-12-20',
      url: 'https://news.example.org/news/articles/first/',
      image: 'https://news.example.org/news/og/articles/first.png',
      author: [
        { '@type': 'Person', name: 'Ann Lee' },
        { '@type': 'Person', name: 'Bo Kim' },
      ],
      publisher: { '@type': 'Organization', name: 'Outlet first' },
      isBasedOn: 'https://outlet.example/story',
    });
  });

  it('leaves out author and isBasedOn when the front matter has neither', () => {
    const ld = record(articleJsonLd(first, entities, urls));
    expect(ld).not.toHaveProperty('author');
    expect(ld).not.toHaveProperty('isBasedOn');
  });

  it('is about what the lede names and mentions the rest, each a typed Thing with its page and sameAs', () => {
    expect(aboutAndMentions(first)).toEqual({
      about: ['china', 'united-states', 'united-kingdom'],
      mentions: ['zhu-hua', 'apt10'],
    });
    const ld = record(articleJsonLd(first, entities, urls));
    expect(ld['about']).toEqual([
      {
        '@type': 'Country',
        '@id': 'https://news.example.org/news/entities/china/#entity',
        name: 'China',
        url: 'https://news.example.org/news/entities/china/',
      },
      expect.objectContaining({ '@type': 'Country', name: 'United States' }),
      expect.objectContaining({ '@type': 'Country', name: 'United Kingdom' }),
    ]);
    expect(ld['mentions']).toEqual([
      expect.objectContaining({
        '@type': 'Person',
        name: 'Zhu Hua',
        url: 'https://news.example.org/news/entities/zhu-hua/',
      }),
      expect.objectContaining({
        '@type': 'Organization',
        name: 'APT10',
        description: 'Hacking or threat-actor group',
        sameAs: ['https://www.wikidata.org/wiki/Q4688434', 'https://attack.mitre.org/groups/G0045/'],
      }),
    ]);
  });
});

describe('entityJsonLd', () => {
  const entity = (type: EntityType, extra: Partial<EntitySummary> = {}): EntitySummary => ({
    id: 'x-y' as EntityId,
    name: 'X Y',
    type,
    aliases: [],
    articles: [],
    mentions: 1,
    ...extra,
  });

  it.each(ENTITY_TYPES)('types a %s by the schema.org type for it', (type) => {
    const ld = record(entityJsonLd(entity(type), urls));
    expect(ld['@type']).toBe(ENTITY_SCHEMA_TYPES[type]);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      name: 'X Y',
      url: 'https://news.example.org/news/entities/x-y/',
      mainEntityOfPage: 'https://news.example.org/news/entities/x-y/',
      image: 'https://news.example.org/news/og/entities/x-y.png',
    });
  });

  it('carries other names, the description and sameAs links from the knowledge ids', () => {
    const ld = entityJsonLd(
      entity('agency', { aliases: ['XY', 'Ex Why'], description: 'A ministry.', wikidata: 'Q42' }),
      urls,
    );
    expect(ld).toMatchObject({
      '@type': 'GovernmentOrganization',
      alternateName: ['XY', 'Ex Why'],
      description: 'A ministry.',
      sameAs: ['https://www.wikidata.org/wiki/Q42'],
    });
    expect(entityJsonLd(entity('person'), urls)).not.toHaveProperty('sameAs');
    expect(entityJsonLd(entity('person'), urls)).not.toHaveProperty('description');
  });

  it('links Wikidata items and ATT&CK groups', () => {
    expect(entitySameAs({ wikidata: 'Q148', attack: undefined })).toEqual(['https://www.wikidata.org/wiki/Q148']);
    expect(entitySameAs({ wikidata: undefined, attack: 'G0016' })).toEqual(['https://attack.mitre.org/groups/G0016/']);
    expect(entitySameAs({ wikidata: undefined, attack: undefined })).toEqual([]);
  });
});

describe('siteJsonLd', () => {
  it('is the WebSite with its search', () => {
    expect(siteJsonLd('Site', 'What it is.', urls)).toMatchObject({
      '@type': 'WebSite',
      name: 'Site',
      url: 'https://news.example.org/news/',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://news.example.org/news/search/?q={search_term_string}' },
      },
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot end or hide its <script> element, and reads back as the same value', () => {
    const value = { headline: 'A </script><script>alert(1)</script> <!-- & more\u2028' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
