import { describe, expect, it } from 'vitest';
import { condemnationCorpus } from '../../../tests/fixtures/view-fixtures.ts';
import { compareQuantities } from '../compare/quantities/compare-quantities.ts';
import { claimsView, readingOf } from './claims.ts';

describe('claimsView', () => {
  const corpus = condemnationCorpus();
  const view = claimsView(compareQuantities(corpus), corpus.articles);

  it('shows each discrepancy with its outlets, readings and sentences', () => {
    expect(view.discrepancies).toHaveLength(1);
    const [first] = view.discrepancies;
    expect(first?.claims.map((c) => [c.outlet, c.reading, c.quantity.sentence])).toEqual([
      ['Outlet one', 'at least 4 countries', 1],
      ['Outlet two', 'more than 12 allies', 1],
    ]);
    expect(first?.readings).toBe(2);
    expect(first?.claims[0]?.excerpt).toEqual({
      before: '',
      figure: 'At least four',
      after: ' other countries joined the condemnation of China on Thursday.',
    });
  });

  it('groups every number by what it counts, money and percentages first', () => {
    expect(view.total).toBe(4);
    expect(view.groups.map((g) => [g.id, g.heading, g.claims.length])).toEqual([
      ['c-money-in-usd', 'Money in USD', 1],
      ['c-percentages', 'Percentages', 1],
      ['c-allies', 'allies', 1],
      ['c-countries', 'countries', 1],
    ]);
  });

  it('reads numbers in words a reader can line up', () => {
    const q = view.groups[0]?.claims[0]?.quantity;
    expect(q && readingOf(q)).toBe('4 million USD');
    expect(readingOf({ ...q!, value: 1.5e9, relation: 'about', unit: 'EUR' })).toBe('about 1.5 billion EUR');
    expect(readingOf({ ...q!, value: 12, relation: 'exactly', unit: '%' })).toBe('12%');
  });
});
