import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../core/search/search-engine.ts';
import { summary } from './search-page.ts';

const results = (entities: number, paragraphs: number, approximate = false): SearchResults => ({
  query: 'espoinage',
  words: ['espoinage'],
  terms: ['espionage'],
  entities: Array.from({ length: entities }, () => ({
    id: 'x',
    name: 'X',
    type: 'person',
    mentions: 1,
    field: 'name',
    segments: [],
    score: 0,
    tier: 0,
    href: '/entities/x/',
  })),
  filters: { sort: 'relevance' },
  excluded: [],
  partial: false,
  ranked: Array.from({ length: paragraphs }, (_, i) => ({ article: 0, block: i + 1, words: 1, score: 1 })),
  approximate,
  total: approximate ? paragraphs * 10 : paragraphs,
});

describe('summary', () => {
  it.each([
    [results(0, 0), 'No results for “espoinage”.'],
    [results(1, 0), 'Found 1 entity for “espoinage”.'],
    [results(0, 13), 'Found 13 paragraphs for “espoinage”.'],
    [results(2, 1), 'Found 2 entities and 1 paragraph for “espoinage”.'],
    [results(0, 1000, true), 'Found at least 10,000 paragraphs for “espoinage”.'],
  ])('announces %#', (outcome, text) => expect(summary(outcome)).toBe(text));
});
