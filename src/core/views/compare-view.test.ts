import { describe, expect, it } from 'vitest';
import { threeOutletStory } from '../../../tests/fixtures/three-outlet-story.ts';
import { fixtureArticle, fixtureCorpus } from '../../../tests/fixtures/fixture-corpus.ts';
import { compareOutlets } from '../compare/compare-outlets.ts';
import { sitePaths } from '../publish/site-paths.ts';
import type { AnalyzedArticle } from '../types.ts';
import { COMPARE_LIMITS } from './compare-limits.ts';
import { compareView } from './compare-view.ts';
import { listedPassages } from './listed-passages.ts';

const paths = sitePaths('/');

describe('compareView', () => {
  const corpus = threeOutletStory();
  const comparison = compareOutlets(corpus);
  const view = compareView(corpus, comparison, paths);

  it('shows each reworded sentence as a word diff from the first of its passage, copies as they are', () => {
    const [passage] = view.passages.items;
    expect(passage).toMatchObject({ number: 1, anchor: 'passage-1', kind: 'reworded', articles: 3 });
    const [wire, daily, review] = passage?.sentences.items ?? [];
    expect([wire?.diff, daily?.diff]).toEqual([null, null]);
    expect(review?.diff?.filter((p) => p.change !== 'same')).toEqual([
      { change: 'removed', text: 'wants ' },
      { change: 'added', text: 'is demanding ' },
    ]);
    expect(review?.href).toBe('/articles/review/#s-1');
  });

  it('adds up the shares of every article', () => {
    expect(view.corpusShares.total.sentences).toBe(6);
    expect(view.corpusShares.shared.sentences + view.corpusShares.reworded.sentences).toBe(3);
    expect(view.repeats).toBe(1);
  });
});

describe('compareView at scale', () => {
  // 60 outlets, 200 articles, each naming its own entity and a common one, and carrying a wire sentence.
  const articles: AnalyzedArticle[] = Array.from({ length: 200 }, (_, i) => {
    const base = fixtureArticle(
      `a${String(i).padStart(3, '0')}`,
      '2024-04-01',
      [`Officials in Alpha and Town${i} said the new bridge would open next spring after years of delays.`],
      [
        ['Alpha', 'alpha', 'place'],
        [`Town${i}`, `town-${i}`, 'place'],
      ],
    );
    return { ...base, meta: { ...base.meta, outlet: `Outlet ${i % 60}` } };
  });
  const corpus = fixtureCorpus(articles);
  const comparison = compareOutlets(corpus);

  it('cuts every list to its limit and counts what it leaves out', () => {
    const limits = {
      ...COMPARE_LIMITS,
      entities: 5,
      outlets: 4,
      gaps: 3,
      articles: 7,
      passages: 1,
      sentencesPerPassage: 2,
    };
    const view = compareView(corpus, comparison, paths, limits);
    expect([view.matrix.items.length, view.matrix.total]).toEqual([5, 201]);
    expect(view.matrix.items.every((row) => row.cells.length === 4)).toBe(true);
    expect([view.outlets.items.length, view.outlets.total]).toEqual([4, 60]);
    expect([view.onlyIn.items.length, view.onlyIn.total]).toEqual([3, 200]);
    expect([view.shares.items.length, view.shares.total]).toEqual([7, 200]);
    expect([view.passages.items.length, view.passages.total]).toEqual([1, 1]);
    expect([view.passages.items[0]?.sentences.items.length, view.passages.items[0]?.sentences.total]).toEqual([2, 200]);
  });

  it('puts the entity most outlets name first and links each cell to its mentions', () => {
    const view = compareView(corpus, comparison, paths, { ...COMPARE_LIMITS, outlets: 2 });
    const [top] = view.matrix.items;
    expect(top?.entity.id).toBe('alpha');
    expect(top?.outlets).toBe(60);
    // The outlets with most articles come first (20 outlets have 4 articles), then by name.
    expect(view.outlets.items.map((o) => o.outlet)).toEqual(['Outlet 0', 'Outlet 1']);
    expect(top?.cells[0]).toEqual({
      mentions: 4,
      lead: true,
      href: '/entities/alpha/#mentions-in-a000',
      label: 'Alpha in Outlet 0: 4 mentions, named in the lead',
    });
  });
});

describe('listedPassages', () => {
  it('lists the passages in the most articles first, up to the limit', () => {
    const s = (article: string) => ({ article, sentence: 1, start: 0, end: 1 });
    const passages = [
      { kind: 'shared' as const, similarity: 1, sentences: [s('a'), s('b')] },
      { kind: 'shared' as const, similarity: 1, sentences: [s('a'), s('b'), s('c')] },
      { kind: 'reworded' as const, similarity: 0.8, sentences: [s('a'), s('b'), s('b')] },
    ];
    expect(listedPassages(passages, 5)).toEqual([1, 2, 0]);
    expect(listedPassages(passages, 1)).toEqual([1]);
  });
});
