import { describe, expect, it } from 'vitest';
import { blockFilter, narrows, needsArticles, readFilters, writeFilters } from './filters.ts';
import type { ArticlesFile } from './format.ts';
import { blockKey } from './postings.ts';
import { typeBit, typeMaskChar } from './type-masks.ts';

describe('readFilters and writeFilters', () => {
  it('read every filter from the URL and drop what means nothing', () => {
    const params = new URLSearchParams(
      'q=x&outlet=The+Hill&type=agency&entity=apt10&from=2018-12-01&to=2018-12-31&sort=date',
    );
    expect(readFilters(params)).toEqual({
      outlet: 'The Hill',
      type: 'agency',
      entity: 'apt10',
      from: '2018-12-01',
      to: '2018-12-31',
      sort: 'date',
    });
    expect(readFilters(new URLSearchParams('type=planet&from=yesterday&sort=best&outlet='))).toEqual({
      outlet: undefined,
      type: undefined,
      entity: undefined,
      from: undefined,
      to: undefined,
      sort: 'relevance',
    });
  });

  it('write them back beside q, relevance (the default) leaving no trace', () => {
    const params = new URLSearchParams('q=hack&sort=date&entity=old');
    writeFilters({ sort: 'relevance', outlet: 'Wire', from: '2020-01-01' }, params);
    expect(params.toString()).toBe('q=hack&outlet=Wire&from=2020-01-01');
    expect(readFilters(params)).toMatchObject({ outlet: 'Wire', from: '2020-01-01', sort: 'relevance' });
  });

  it('say what they need', () => {
    expect(narrows({ sort: 'date' })).toBe(false);
    expect(needsArticles({ sort: 'date' })).toBe(true);
    expect(needsArticles({ sort: 'relevance', entity: 'x' })).toBe(false);
    expect(narrows({ sort: 'relevance', entity: 'x' })).toBe(true);
  });
});

describe('blockFilter', () => {
  const table: ArticlesFile = {
    outlets: ['Post', 'Wire'],
    outlet: [0, 1],
    day: [18_000, 18_100],
    types: [`${typeMaskChar(typeBit('agency'))}0`, typeMaskChar(typeBit('person') | typeBit('country'))],
  };
  const keys = [blockKey(0, 0), blockKey(0, 1), blockKey(0, 2), blockKey(1, 1)];
  const kept = (filter: (key: number) => boolean) => keys.filter(filter);

  it('keeps blocks of the outlet and the date range', () => {
    expect(kept(blockFilter({ sort: 'relevance', outlet: 'Wire' }, table, undefined))).toEqual([blockKey(1, 1)]);
    const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    expect(kept(blockFilter({ sort: 'relevance', from: day(18_050) }, table, undefined))).toEqual([blockKey(1, 1)]);
    expect(kept(blockFilter({ sort: 'relevance', to: day(18_000) }, table, undefined))).toHaveLength(3);
  });

  it('keeps paragraphs mentioning the type, and headlines of articles that do', () => {
    expect(kept(blockFilter({ sort: 'relevance', type: 'agency' }, table, undefined))).toEqual([
      blockKey(0, 0),
      blockKey(0, 1),
    ]);
    expect(kept(blockFilter({ sort: 'relevance', type: 'country' }, table, undefined))).toEqual([blockKey(1, 1)]);
  });

  it('keeps paragraphs mentioning the entity', () => {
    const mentions = new Set([blockKey(0, 2)]);
    expect(kept(blockFilter({ sort: 'relevance', entity: 'x' }, undefined, mentions))).toEqual([blockKey(0, 2)]);
  });
});
