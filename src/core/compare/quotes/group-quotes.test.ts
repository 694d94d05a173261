import { describe, expect, it } from 'vitest';
import { quoteCorpus, type QuoteFixtureArticle } from '../../../../tests/fixtures/quote-fixture.ts';
import { compareQuotes } from './compare-quotes.ts';

const lopez = (paragraph: string): QuoteFixtureArticle => ({
  paragraphs: [paragraph],
  marks: [['Ana Lopez', 'ana-lopez', 'person']],
});

describe('grouping one quotation across outlets', () => {
  const wire =
    '“We take the court’s findings seriously, but the amount awarded bears no relation to any harm our customers suffered,” said Ana Lopez.';
  const variants = [
    // straight marks and apostrophe: the same wording
    '"We take the court\'s findings seriously, but the amount awarded bears no relation to any harm our customers suffered," said Ana Lopez.',
    // a dropped word
    '“We take the court’s findings seriously, but the amount bears no relation to any harm our customers suffered,” said Ana Lopez.',
    // a changed word and a British spelling
    '“We take the court’s findings seriously, but the sum awarded bears no relation to any harm our customers suffered,” Ana Lopez said.',
    // a dropped clause
    '“The amount awarded bears no relation to any harm our customers suffered,” said Ana Lopez.',
  ];

  it('makes one item of small differences, flags inexact copies and lists every outlet', () => {
    const quotes = compareQuotes(quoteCorpus([lopez(wire), ...variants.map(lopez)]));
    expect(quotes).toHaveLength(1);
    const [item] = quotes;
    expect(item?.speaker).toBe('ana-lopez');
    expect(item?.occurrences.map((o) => [o.article, o.exact])).toEqual([
      ['article-1', true],
      ['article-2', true],
      ['article-3', false],
      ['article-4', false],
      ['article-5', false],
    ]);
  });

  it('keeps different quotations of one speaker apart', () => {
    const quotes = compareQuotes(
      quoteCorpus([
        lopez(wire),
        lopez('“Our customers will not pay for a mistake they did not make,” said Ana Lopez.'),
      ]),
    );
    expect(quotes).toHaveLength(2);
  });

  it('derives ids from the words, so a rebuild, a renamed article or another order gives the same ids', () => {
    const once = compareQuotes(quoteCorpus([lopez(wire), lopez(variants[1] ?? '')]));
    const again = compareQuotes(quoteCorpus([lopez(wire), lopez(variants[1] ?? '')]));
    const other = compareQuotes(quoteCorpus([lopez(variants[1] ?? ''), lopez(wire)]));
    expect(once.map((q) => q.id)).toEqual(again.map((q) => q.id));
    expect(other.map((q) => q.id)).toEqual(once.map((q) => q.id));
    expect(once[0]?.id).toMatch(/^q-[0-9a-f]{12}$/);
  });
});
