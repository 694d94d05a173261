import { describe, expect, it } from 'vitest';
import { EntityFinder } from './entity-finder.ts';
import type { EntityRecord } from './format.ts';

const records: EntityRecord[] = [
  ['australia', 'Australia', 'country', [], 4],
  ['rod-rosenstein', 'Rod Rosenstein', 'person', [], 1],
  ['united-states', 'United States', 'country', ['America', 'U.S.', 'US'], 30],
  ['ministry-of-state-security', 'Ministry of State Security', 'agency', ['MSS'], 3],
  ['securities-commission', 'Securities Commission', 'agency', [], 40],
];
const finder = new EntityFinder(records);
const marked = (query: string, words: string[] = []) =>
  finder
    .find(query, words)
    .map((hit) => [hit.id, hit.field, hit.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('')]);

describe('EntityFinder', () => {
  it('forgives a typo in a surname and marks the matched word', () => {
    expect(marked('Rosenstien')).toEqual([['rod-rosenstein', 'name', 'Rod [Rosenstein]']]);
  });

  it('finds an entity by alias and says so', () => {
    expect(marked('mss')).toEqual([['ministry-of-state-security', 'alias', '[MSS]']]);
  });

  it('does not take a short query found inside a longer word', () => {
    expect(marked('us').map(([id]) => id)).toEqual(['united-states']);
  });

  it('searches each word of a longer query too', () => {
    expect(marked('rosenstien espionage', ['rosenstien', 'espionage']).map(([id]) => id)).toEqual(['rod-rosenstein']);
    expect(marked('mss australia', ['mss', 'australia']).map(([id]) => id)).toEqual([
      'australia',
      'ministry-of-state-security',
    ]);
  });

  it('puts exact names and words before fuzzy matches, however often those are mentioned', () => {
    const found = finder.find('state security', ['state', 'security']);
    expect(found.map((hit) => [hit.id, hit.tier])).toEqual([
      ['ministry-of-state-security', 2],
      ['united-states', 3],
      ['securities-commission', 3],
    ]);
    expect(finder.find('MSS', ['mss'])[0]?.tier).toBe(0);
    expect(finder.find('Rod Rosenstein indictment', ['rod', 'rosenstein', 'indictment'])[0]).toMatchObject({
      id: 'rod-rosenstein',
      tier: 1,
    });
  });

  it('finds nothing for nonsense or a one-letter query', () => {
    expect(marked('zzqxv')).toEqual([]);
    expect(marked('x')).toEqual([]);
  });
});
