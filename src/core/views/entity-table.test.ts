import { describe, expect, it } from 'vitest';
import { asArticleSlug, asEntityId } from '../ids.ts';
import type { EntitySummary } from '../types.ts';
import { countryTableRow, entityTableRow } from './entity-table.ts';

const entity = (aliases: string[]): EntitySummary => ({
  id: asEntityId('ruritania'),
  name: 'Ruritania',
  type: 'country',
  aliases,
  articles: [asArticleSlug('a'), asArticleSlug('b')],
  mentions: 7,
});

describe('entityTableRow', () => {
  it('counts the mentions and articles, and notes at most four other names', () => {
    const ruritania = entity(['R', 'Rur', 'Kingdom of Ruritania', 'Ruritanian State', 'The Kingdom']);
    expect(entityTableRow(ruritania)).toEqual({
      entity: ruritania,
      mentions: 7,
      articles: 2,
      note: 'also R · Rur · Kingdom of Ruritania · Ruritanian State',
    });
  });

  it('has no note for an entity with no other name', () => {
    expect(entityTableRow(entity([])).note).toBeUndefined();
  });
});

describe('countryTableRow', () => {
  it('keeps the map’s counts and notes a country the map cannot draw', () => {
    const row = { entity: entity([]), code: '999', mentions: 3, articles: 1 };
    expect(countryTableRow({ ...row, onMap: true })).toMatchObject({ mentions: 3, articles: 1, note: undefined });
    expect(countryTableRow({ ...row, onMap: false }).note).toBe('not on the map');
  });
});
