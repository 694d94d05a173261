import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import { compareQuantities } from '../../src/core/compare/quantities/compare-quantities.ts';
import { loadArticles } from '../../src/core/content/load-articles.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';

const DIR = join('tests', 'fixtures', 'seed-articles');

// The "Done when" on the four seed articles, read from their committed copies.
describe('seed articles: numbers and claims', () => {
  const articles = loadArticles(
    readdirSync(DIR)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({ file: join(DIR, f), bytes: readFileSync(join(DIR, f)) })),
  );
  const corpus = analyzeCorpus(articles, loadKnowledge());
  const { quantities, discrepancies } = compareQuantities(corpus);
  const byId = new Map(quantities.map((q) => [q.id, q]));
  const outletOf = new Map(corpus.articles.map((a) => [a.slug as string, a.meta.outlet]));

  it('flags the differing counts of countries joining the condemnation as one discrepancy', () => {
    const condemnation = discrepancies.filter((d) =>
      d.quantities.some((id) => byId.get(id)?.surface === 'at least four'),
    );
    expect(condemnation).toHaveLength(1);
    const values = (condemnation[0]?.quantities ?? []).map((id) => {
      const q = byId.get(id);
      return `${outletOf.get(q?.article ?? '') ?? '?'}: ${q?.surface ?? '?'} ${q?.counts ?? ''}`;
    });
    expect(values).toEqual([
      'BuzzFeed News: at least four countries',
      'American Military News: at least a dozen allies',
      'The Straits Times: more than a dozen allies',
      'The Hill: more than a dozen allies',
    ]);
  });

  it('flags the differing counts of companies hacked, and nothing that counts other things', () => {
    const surfaces = discrepancies.map((d) => d.quantities.map((id) => byId.get(id)?.surface));
    expect(surfaces).toContainEqual(['more than 45', '45']);
    // "12 U.S. states", "12 countries" (hacked) and "six countries" (targeted) are other things.
    const flagged = new Set(discrepancies.flatMap((d) => d.quantities));
    const others = quantities.filter((q) => ['12', 'six'].includes(q.surface));
    expect(others.map((q) => q.counts)).toEqual(['states', 'countries', 'countries']);
    for (const q of others) expect(flagged.has(q.id)).toBe(false);
  });
});
