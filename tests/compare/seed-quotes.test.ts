import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import { compareQuotes } from '../../src/core/compare/quotes/compare-quotes.ts';
import { alignEntities } from '../../src/core/eval/align.ts';
import { scoreQuotes } from '../../src/core/eval/quotes-score.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { loadGoldSet, readAnalysisGold } from '../../scripts/lib/gold-sets.ts';

// The "done when" for quotes, on the committed seed articles (tests/fixtures/seed-articles), never content/.
const set = loadGoldSet('seeds');
const corpus = analyzeCorpus(set.articles, loadKnowledge());
const quotes = compareQuotes(corpus);
const outletOf = new Map(corpus.articles.map((a) => [a.slug as string, a.meta.outlet]));

describe('the quotes of the seed articles', () => {
  it.each([
    ['Glaser', 'This appears to be significant', 'bonnie-glaser'],
    ['Scissors', 'Just as when the Obama administration did it', 'derek-scissors'],
  ])('make the %s quote one item carried by two outlets, with its speaker', (_, words, speaker) => {
    const items = quotes.filter((q) => q.text.startsWith(words));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.speaker).toBe(speaker);
    expect(new Set(item?.occurrences.map((o) => outletOf.get(o.article)))).toEqual(
      new Set(['American Military News', 'The Straits Times']),
    );
    expect(item?.text).toContain(' … '); // two pieces broken by the attribution
  });

  it('give every quote the right speaker or mark it unattributed, and find every quote', () => {
    const gold = readAnalysisGold('seeds', set);
    const alignment = alignEntities(
      set.gold.map((g) => ({
        gold: g.mentions,
        system: corpus.articles.find((a) => a.slug === g.slug)?.mentions ?? [],
      })),
    );
    const score = scoreQuotes({ gold: gold.quotes, system: quotes, goldIdOf: (id) => alignment.get(id) ?? null });
    const metric = (name: string): number | undefined => score.metrics.find((m) => m.name === name)?.value;
    expect(score.errors).toEqual([]);
    expect(metric('quote precision')).toBe(1);
    expect(metric('quote recall')).toBe(1);
    expect(metric('speaker accuracy')).toBe(1);
  });

  it('give the joint statement of Pompeo and Nielsen both speakers, and "the statement added" too', () => {
    const joint = quotes.filter((q) => q.speakers !== undefined);
    expect(joint.map((q) => q.speakers)).toEqual([
      ['mike-pompeo', 'kirstjen-nielsen'],
      ['mike-pompeo', 'kirstjen-nielsen'],
    ]);
    expect(joint.every((q) => q.speaker === 'mike-pompeo')).toBe(true);
  });
});
