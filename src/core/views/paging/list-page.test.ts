import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPages, pagedRoutes, pagedTitle, pageNote, pageParam } from './list-page.ts';

describe('listPages', () => {
  it('gives each page its number, the page count and the whole list’s total', () => {
    expect(listPages(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      { page: 1, pageCount: 3, total: 5, rows: ['a', 'b'] },
      { page: 2, pageCount: 3, total: 5, rows: ['c', 'd'] },
      { page: 3, pageCount: 3, total: 5, rows: ['e'] },
    ]);
  });

  it('has one empty page for an empty list', () => {
    expect(listPages([], 10)).toEqual([{ page: 1, pageCount: 1, total: 0, rows: [] }]);
  });

  it('keeps every row once, in order, and no page over the size', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (rows, perPage) => {
        const pages = listPages(rows, perPage);
        expect(pages.flatMap((p) => p.rows)).toEqual(rows);
        expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
        for (const p of pages) {
          expect(p.rows.length).toBeLessThanOrEqual(perPage);
          expect([p.pageCount, p.total]).toEqual([pages.length, rows.length]);
        }
      }),
    );
  });
});

describe('pagedRoutes and pageParam', () => {
  it('gives the first page no page parameter and the others their number', () => {
    expect([1, 2, 30].map(pageParam)).toEqual([undefined, '2', '30']);
  });

  it('names each route by the list’s own parameters, the page last, and passes the page as its prop', () => {
    const lists = [
      { kind: 'x', page: 1 },
      { kind: 'x', page: 2 },
      { kind: 'y', page: 1 },
    ];
    expect(pagedRoutes(lists, (list) => ({ kind: list.kind }))).toEqual([
      { params: { kind: 'x', page: undefined }, props: { list: lists[0] } },
      { params: { kind: 'x', page: '2' }, props: { list: lists[1] } },
      { params: { kind: 'y', page: undefined }, props: { list: lists[2] } },
    ]);
  });

  it('lets the page number win over a parameter of the same name', () => {
    expect(pagedRoutes([{ page: 3 }], () => ({ page: 'ignored' }))[0]?.params.page).toBe('3');
  });
});

describe('pageNote and pagedTitle', () => {
  it('says which page of how many, only when there are several', () => {
    expect(pageNote({ page: 2, pageCount: 5 })).toBe(', page 2 of 5');
    expect(pageNote({ page: 1, pageCount: 1 })).toBe('');
  });

  it('adds the page number to the title after the first page', () => {
    expect(pagedTitle('People', 1)).toBe('People');
    expect(pagedTitle('People', 3)).toBe('People, page 3');
  });
});
