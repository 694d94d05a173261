import { describe, expect, it } from 'vitest';
import { ANALYSIS_SETS, loadGoldSet, readAnalysisGold } from '../../scripts/lib/gold-sets.ts';

describe.each(ANALYSIS_SETS)('analysis gold of %s', (name) => {
  const set = loadGoldSet(name);
  const gold = readAnalysisGold(name, set);
  const texts = new Map<string, string>(set.articles.map((a) => [a.slug, a.text]));
  const ids = new Set(set.gold.flatMap((g) => g.mentions.map((m) => m.entity as string)));

  it('finds every quote, quantity, event and passage string in its article', () => {
    expect(gold.quotes.length).toBeGreaterThan(5);
    expect(gold.quantities.length).toBeGreaterThan(10);
    expect(gold.events.length).toBeGreaterThan(10);
    expect(gold.passages.length).toBeGreaterThan(3);
    for (const q of gold.quantities) expect(texts.get(q.article)?.slice(q.start, q.end)).toBe(q.surface);
    for (const e of gold.events) expect(texts.get(e.article)?.slice(e.start, e.end)).toBe(e.surface);
  });

  it('names speakers by the entity ids of the set', () => {
    for (const q of gold.quotes) for (const id of q.speakers) expect(ids.has(id), id).toBe(true);
  });
});
