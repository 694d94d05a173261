import { describe, expect, it } from 'vitest';
import { compareOutlets } from '../compare/compare-outlets.ts';
import { articleShares } from '../compare/passages/article-shares.ts';
import { sentenceLinks } from '../compare/passages/sentence-links.ts';
import { sitePaths } from '../publish/site-paths.ts';
import type { ArticleSlug } from '../types.ts';
import { articleMarks } from './sentence-marks.ts';
import { threeOutletStory } from '../../../tests/fixtures/three-outlet-story.ts';

const corpus = threeOutletStory();
const comparison = compareOutlets(corpus);
const paths = sitePaths('/news/');
const article = (slug: string) => corpus.articles.find((a) => a.slug === slug)!;

describe('sentenceLinks', () => {
  const links = sentenceLinks(corpus.articles, comparison);

  it('tells a sentence shared word for word from one only reworded elsewhere', () => {
    expect(links.get('wire' as ArticleSlug)?.get(1)?.kind).toBe('shared');
    expect(links.get('daily' as ArticleSlug)?.get(2)?.kind).toBe('shared');
    expect(links.get('review' as ArticleSlug)?.get(1)?.kind).toBe('reworded');
    expect(links.get('daily' as ArticleSlug)?.get(1)?.kind).toBe('repeated');
  });

  it('lists the counterparts in reading order, saying which have the same words', () => {
    expect(links.get('daily' as ArticleSlug)?.get(2)?.counterparts).toEqual([
      { article: 'wire', sentence: 1, same: true },
      { article: 'review', sentence: 1, same: false },
    ]);
    const few = sentenceLinks(corpus.articles, comparison, 1)
      .get('wire' as ArticleSlug)
      ?.get(1);
    expect([few?.counterparts.length, few?.more]).toEqual([1, 1]);
  });

  it('counts each article’s shared, reworded and own sentences and characters', () => {
    const [wire, daily, review] = articleShares(corpus.articles, links);
    expect(wire?.shared.sentences).toBe(1);
    expect(wire?.own.sentences).toBe(1);
    expect((wire?.shared.characters ?? 0) + (wire?.own.characters ?? 0)).toBe(wire?.total.characters);
    // The Daily's quote, repeated only within the Daily, is its own text.
    expect([daily?.shared.sentences, daily?.own.sentences]).toEqual([1, 2]);
    expect([review?.reworded.sentences, review?.total.sentences]).toEqual([1, 1]);
  });
});

describe('articleMarks', () => {
  it('names each counterpart by outlet and sentence, and links the listed passage', () => {
    const marks = articleMarks(article('daily'), corpus, comparison, paths);
    expect(marks.get(2)).toEqual([
      { relation: 'shared', href: '/news/articles/wire/#s-1', label: 'shared with Wire, sentence 1', glyph: '⇄' },
      {
        relation: 'reworded',
        href: '/news/articles/review/#s-1',
        label: 'reworded in Review, sentence 1',
        glyph: '≈',
      },
      {
        relation: 'passage',
        href: '/news/compare/#passage-1',
        label: 'the whole passage 1 on the comparison page',
        glyph: '§',
      },
    ]);
    expect(marks.get(1)).toEqual([
      {
        relation: 'repeated',
        href: '/news/articles/daily/#s-3',
        label: 'repeats sentence 3 of this article',
        glyph: '↺',
      },
    ]);
    expect(
      articleMarks(article('review'), corpus, comparison, paths)
        .get(1)
        ?.map((m) => m.label),
    ).toEqual([
      'reworded from Wire, sentence 1',
      'reworded from Daily, sentence 2',
      'the whole passage 1 on the comparison page',
    ]);
  });

  it('gives a sentence of no group no mark', () => {
    expect(articleMarks(article('wire'), corpus, comparison, paths).get(2)).toBeUndefined();
  });
});
