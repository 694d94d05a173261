import { describe, expect, it } from 'vitest';
import type { EntityId } from '../types.ts';
import { annotationDigest, corpusDigest, marksDigest } from './annotation-digest.ts';
import { articleEntities, entityIndex, lede, topEntitiesByType } from './article-entities.ts';
import { coOccurrences } from './co-occurrence.ts';
import { fixtureArticle, sampleCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import { groupByType } from './group-by-type.ts';
import { mentionContexts, sentenceAt } from './mention-contexts.ts';
import { countLabel } from './type-labels.ts';
import { asEntityId } from '../ids.ts';

const id = (value: string): EntityId => asEntityId(value);

describe('mentionContexts', () => {
  it('gives every mention its sentence, grouped by article and sentence, the mention numbered as on the page', () => {
    const corpus = sampleCorpus();
    const contexts = mentionContexts(corpus.articles, id('china'));
    expect(contexts.map((c) => c.article.slug)).toEqual(['first', 'second']);
    expect(contexts[0]?.sentences.map((s) => s.segments)).toEqual([
      [{ text: 'China', mention: 1 }, { text: ' denied it.' }],
      [{ text: 'The U.S. and Britain accused ' }, { text: 'China', mention: 4 }, { text: ' of hacking.' }],
    ]);
    expect(contexts[1]?.sentences.map((s) => s.segments)).toEqual([
      [{ text: 'China', mention: 3 }, { text: ' said no.' }],
    ]);
  });

  it('shows a sentence that names the entity twice once, with both mentions', () => {
    const article = fixtureArticle(
      'twice',
      '2018-12-20',
      ['China and China again.'],
      [
        ['China', 'china', 'country'],
        ['China', 'china', 'country'],
      ],
    );
    const [only] = mentionContexts([article], id('china'));
    expect(only?.sentences).toHaveLength(1);
    expect(only?.sentences[0]?.segments).toEqual([
      { text: 'China', mention: 1 },
      { text: ' and ' },
      { text: 'China', mention: 2 },
      { text: ' again.' },
    ]);
  });

  it('leaves out articles that do not mention the entity', () => {
    expect(mentionContexts(sampleCorpus().articles, id('zhu-hua')).map((c) => c.article.slug)).toEqual(['first']);
    expect(mentionContexts(sampleCorpus().articles, id('nobody'))).toEqual([]);
  });
});

describe('sentenceAt', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 6, end: 10 },
    { start: 12, end: 20 },
  ];
  it.each([
    [0, 0],
    [4, 0],
    [6, 1],
    [9, 1],
    [19, 2],
  ])('finds offset %i in sentence %i', (offset, index) => {
    expect(sentenceAt(spans, offset)).toBe(spans[index]);
  });
  it.each([5, 10, 11, 20, -1])('finds no sentence at the gap %i', (offset) => {
    expect(sentenceAt(spans, offset)).toBeUndefined();
  });
});

describe('coOccurrences', () => {
  it('counts shared sentences, most first, then by overall mentions', () => {
    const corpus = sampleCorpus();
    const rows = coOccurrences(corpus.articles, entityIndex(corpus.entities), id('china'));
    expect(rows.map((r) => [r.entity.id, r.sentences])).toEqual([
      ['united-kingdom', 1],
      ['united-states', 1],
    ]);
  });

  it('counts a sentence once however often the other entity is named in it', () => {
    const corpus = sampleCorpus();
    const rows = coOccurrences(corpus.articles, entityIndex(corpus.entities), id('united-kingdom'));
    expect(rows.map((r) => [r.entity.id, r.sentences])).toEqual([
      ['china', 1],
      ['apt10', 1],
      ['united-states', 1],
    ]);
  });

  it('finds the person and the group named together', () => {
    const corpus = sampleCorpus();
    expect(coOccurrences(corpus.articles, entityIndex(corpus.entities), id('zhu-hua')).map((r) => r.entity.id)).toEqual(
      ['apt10'],
    );
  });
});

describe('articleEntities', () => {
  it('groups an article’s entities by type in the design order, most mentioned first', () => {
    const corpus = sampleCorpus();
    const groups = articleEntities(corpus.articles[0]!, entityIndex(corpus.entities));
    expect(groups.map((g) => [g.type, g.items.map((i) => [i.entity.id, i.count])])).toEqual([
      [
        'country',
        [
          ['china', 2],
          ['united-kingdom', 1],
          ['united-states', 1],
        ],
      ],
      ['group', [['apt10', 1]]],
      ['person', [['zhu-hua', 1]]],
    ]);
  });
});

describe('topEntitiesByType', () => {
  it('keeps at most `limit` of each type, most mentioned first', () => {
    const groups = topEntitiesByType(sampleCorpus().entities, 2);
    expect(groups.map((g) => [g.type, g.items.map((e) => e.id)])).toEqual([
      ['country', ['china', 'united-kingdom']],
      ['group', ['apt10']],
      ['person', ['zhu-hua']],
    ]);
  });
});

describe('small helpers', () => {
  it('lede is the first paragraph', () => {
    expect(lede(sampleCorpus().articles[0]!)).toBe('China denied it. The U.S. and Britain accused China of hacking.');
  });
  it('groupByType drops empty groups and keeps order', () => {
    expect(
      groupByType(['b:person', 'a:country', 'c:person'], (s) => (s.endsWith('person') ? 'person' : 'country')),
    ).toEqual([
      { type: 'country', items: ['a:country'] },
      { type: 'person', items: ['b:person', 'c:person'] },
    ]);
  });
  it('countLabel agrees in number', () => {
    expect(countLabel(1, 'mention')).toBe('1 mention');
    expect(countLabel(3, 'mention')).toBe('3 mentions');
    expect(countLabel(2, 'entity', 'entities')).toBe('2 entities');
  });
  it('digests change with the base and with the marks', () => {
    const corpus = sampleCorpus();
    const article = corpus.articles[0]!;
    expect(annotationDigest(article, '/')).not.toBe(annotationDigest(article, '/news/'));
    expect(annotationDigest(article, '/')).not.toBe(
      annotationDigest({ ...article, mentions: article.mentions.slice(1) }, '/'),
    );
    expect(corpusDigest(corpus)).toBe(corpusDigest(sampleCorpus()));
  });
  it("an entry's marks digest changes with the name another article gives its entity, and only then", () => {
    const corpus = sampleCorpus();
    const article = corpus.articles[0]!;
    const entities = entityIndex(corpus.entities);
    const before = marksDigest(article, entities);
    expect(marksDigest(article, entityIndex(sampleCorpus().entities))).toBe(before);
    const named = article.mentions[0]!.entity;
    const renamed = new Map([...entities].map(([key, e]) => [key, key === named ? { ...e, name: `${e.name} Jr` } : e]));
    expect(marksDigest(article, renamed)).not.toBe(before);
    // An entity the article does not mention: its name is no part of the article's marks.
    const elsewhere = new Map([
      ...entities,
      [id('nowhere'), { ...corpus.entities[0]!, id: id('nowhere'), name: 'Nowhere' }],
    ]);
    expect(marksDigest(article, elsewhere)).toBe(before);
  });
});
