import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../../../tests/fixtures/fixture-corpus.ts';
import type { Passage } from '../publish/schemas/analysis/passages.ts';
import type { AnalysisGold } from './analysis-gold.ts';
import { scorePassages } from './passages-score.ts';

const a = fixtureArticle('a', '2024-01-01', ['One sentence here. Two sentence here. Three here now.'], []);
const b = fixtureArticle('b', '2024-01-02', ['One sentence here. Two sentences here. Other words.'], []);
const c = fixtureArticle('c', '2024-01-03', ['Two sentence there.'], []);
const articles = [a, b, c];

/** A gold sentence as the gold writes it: its text without the full stop, found in the article. */
const g = (article: typeof a, text: string) => {
  const start = article.text.indexOf(text);
  return { article: article.slug, start, end: start + text.length };
};
const s = (article: typeof a, n: number) => ({ article: article.slug, sentence: n, ...article.sentences[n - 1]! });

describe('scorePassages', () => {
  const gold: AnalysisGold['passages'] = [
    { kind: 'shared', sentences: [g(a, 'One sentence here'), g(b, 'One sentence here')] },
    {
      kind: 'reworded',
      sentences: [g(a, 'Two sentence here'), g(b, 'Two sentences here'), g(c, 'Two sentence there')],
    },
  ];

  it('scores a perfect system 1 everywhere', () => {
    const system: Passage[] = [
      { kind: 'shared', similarity: 1, sentences: [s(a, 1), s(b, 1)] },
      { kind: 'reworded', similarity: 0.8, sentences: [s(a, 2), s(b, 2), s(c, 1)] },
    ];
    const score = scorePassages(gold, system, articles);
    expect(score.pairs).toMatchObject({ tp: 4, fp: 0, fn: 0, f1: 1 });
    expect(score.kind).toEqual({ right: 4, of: 4, accuracy: 1 });
    expect(score.errors).toEqual([]);
  });

  it('counts pairs: a missed member costs its pairs, a spurious one adds its own, a wrong kind is not a missed pair', () => {
    const system: Passage[] = [
      { kind: 'reworded', similarity: 1, sentences: [s(a, 1), s(b, 1)] },
      { kind: 'reworded', similarity: 0.8, sentences: [s(a, 2), s(b, 2)] },
      { kind: 'reworded', similarity: 0.7, sentences: [s(a, 3), s(b, 3)] },
    ];
    const score = scorePassages(gold, system, articles);
    expect(score.pairs).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(score.pairs.precision).toBeCloseTo(2 / 3);
    expect(score.pairs.recall).toBeCloseTo(2 / 4);
    expect(score.kind).toEqual({ right: 1, of: 2, accuracy: 0.5 });
    expect(score.errors.filter((e) => e.startsWith('missed'))).toHaveLength(2);
    expect(score.errors.filter((e) => e.startsWith('spurious'))).toHaveLength(1);
    expect(score.errors.filter((e) => e.startsWith('kind'))).toHaveLength(1);
  });

  it('gives no precision to a system that finds nothing while the gold has pairs', () => {
    const score = scorePassages(gold, [], articles);
    expect(score.pairs).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
