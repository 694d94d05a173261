import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/core/eval/parse-gold.ts';
import { generateCorpus } from '../../scripts/lib/generate-corpus.ts';

const header = '---\ntitle: T\noutlet: O\npublished: 2020-01-01\n---\n';
const sources = [
  parseGold(
    'a.md',
    header +
      '[[PARIS|place|paris]] - [[Anna Berg|person|anna-berg]] of [[France|country|france]] spoke.\n\nMs [[Berg|person|anna-berg]] met the [[Ministry of Defence|agency|mod]] ([[MOD|agency|mod]]).\n',
  ),
  parseGold(
    'b.md',
    header +
      '[[Carl Dahl|person|carl-dahl]] flew to [[Oslo|place|oslo]] in [[Norway|country|norway]].\n\nMr [[Dahl|person|carl-dahl]] thanked the [[Tax Office|agency|tax-office]].\n',
  ),
];

// Every surface form by type, longest first, so a paragraph can be reduced to its shape.
const forms = sources
  .flatMap((s) => s.mentions)
  .flatMap((m) => [m, { ...m, surface: m.surface.toUpperCase() }])
  .sort((a, b) => b.surface.length - a.surface.length);
const shape = (paragraph: string): string =>
  forms.reduce((text, m) => text.replaceAll(m.surface, `<${m.type}>`), paragraph);
const sourceShapes = new Set(sources.flatMap((s) => s.text.split('\n\n')).map(shape));

describe('generateCorpus', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = generateCorpus(sources, { articles: 20, seed: 5, paragraphs: [1, 3] });
    expect(generateCorpus(sources, { articles: 20, seed: 5, paragraphs: [1, 3] })).toEqual(a);
    expect(generateCorpus(sources, { articles: 20, seed: 6, paragraphs: [1, 3] })).not.toEqual(a);
  });

  it('keeps the sources’ own paragraphs, names and all, with keepEntities, drawing the same paragraphs', () => {
    const kept = generateCorpus(sources, { articles: 30, seed: 2, paragraphs: [1, 3], keepEntities: true });
    const swapped = generateCorpus(sources, { articles: 30, seed: 2, paragraphs: [1, 3] });
    const originals = new Set(sources.flatMap((s) => s.text.split('\n\n')));
    for (const [n, article] of kept.entries()) {
      const paragraphs = article.text.split('\n\n');
      for (const paragraph of paragraphs) expect(originals.has(paragraph), paragraph).toBe(true);
      expect(paragraphs.map(shape)).toEqual(swapped[n]?.text.split('\n\n').map(shape));
    }
    expect(kept.map((a) => a.text)).not.toEqual(swapped.map((a) => a.text));
  });

  it('makes valid articles from distinct source paragraphs with names swapped within their type', () => {
    const corpus = generateCorpus(sources, { articles: 50, seed: 1, paragraphs: [2, 4], outlets: ['X Wire'] });
    expect(corpus).toHaveLength(50);
    expect(new Set(corpus.map((a) => a.slug)).size).toBe(50);
    const texts = new Set<string>();
    for (const article of corpus) {
      expect(article.slug).toMatch(/^bench-\d{4}$/);
      expect(article.meta.outlet).toBe('X Wire');
      expect(article.meta.published).toMatch(/^20\d\d-\d\d-\d\d$/);
      const paragraphs = article.text.split('\n\n');
      expect(paragraphs.length).toBeGreaterThanOrEqual(2);
      expect(new Set(paragraphs.map(shape)).size).toBe(paragraphs.length);
      for (const p of paragraphs) expect(sourceShapes).toContain(shape(p));
      texts.add(article.text);
    }
    // The swaps vary the text: far more distinct articles than source paragraph combinations alone would give.
    expect(texts.size).toBeGreaterThan(30);
  });

  it('keeps the form of each name: full for full, short for short, upper case for a dateline, acronym for acronym', () => {
    const corpus = generateCorpus(sources, { articles: 200, seed: 3, paragraphs: [4, 4] });
    const all = corpus.map((a) => a.text).join('\n\n');
    expect(all).toMatch(/^(PARIS|OSLO) - (Anna Berg|Carl Dahl) of (France|Norway) spoke\.$/m);
    expect(all).toMatch(/^(Ms|Mr) (Berg|Dahl) (met|thanked) the /m);
    expect(all).not.toMatch(/(Ms|Mr) (Anna|Carl)/);
    expect(all).toMatch(/the Ministry of Defence \(MOD\)/);
    expect(all).toMatch(/the Tax Office \(Tax Office\)/);
    expect(all).not.toMatch(/Tax Office \(MOD\)/);
  });
});
