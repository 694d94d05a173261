import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageNav, type PageNav } from './page-nav.ts';
import { packPages, pageCount, pageRange, pagesOf } from './pages.ts';
import { evenSample } from './sample.ts';

describe('pageCount and pageRange', () => {
  it.each([
    [0, 10, 1],
    [1, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [30_000, 100, 300],
    [30_001, 100, 301],
  ])('%i items at %i a page take %i pages', (total, perPage, pages) => {
    expect(pageCount(total, perPage)).toBe(pages);
  });

  it('gives each page its range, the last one short', () => {
    expect(pageRange(1, 25, 10)).toEqual({ page: 1, start: 0, end: 10 });
    expect(pageRange(3, 25, 10)).toEqual({ page: 3, start: 20, end: 25 });
    expect(pageRange(1, 0, 10)).toEqual({ page: 1, start: 0, end: 0 });
  });

  it('refuses a page past the last, page 0 and a page size below 1', () => {
    expect(() => pageRange(4, 25, 10)).toThrow(RangeError);
    expect(() => pageRange(0, 25, 10)).toThrow(RangeError);
    expect(() => pageCount(5, 0)).toThrow(RangeError);
  });

  it('puts every item on exactly one page, in order, no page over the size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (items, perPage) => {
        const pages = pagesOf(items, perPage);
        expect(pages.flat()).toEqual(items);
        expect(pages.length).toBe(pageCount(items.length, perPage));
        for (const page of pages) expect(page.length).toBeLessThanOrEqual(perPage);
        pages.slice(0, -1).forEach((page) => expect(page.length).toBe(perPage));
      }),
    );
  });
});

describe('packPages', () => {
  it('fills a page up to its capacity and starts the next with the item that would overflow it', () => {
    expect(packPages([3, 3, 3, 1, 5], (n) => n, 6)).toEqual([[3, 3], [3, 1], [5]]);
  });

  it('gives an item larger than a page a page of its own', () => {
    expect(packPages([2, 9, 2], (n) => n, 6)).toEqual([[2], [9], [2]]);
  });

  it('keeps every item once, in order, and no page over capacity unless it holds one item', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 30 }),
        (sizes, capacity) => {
          const pages = packPages(sizes, (n) => n, capacity);
          expect(pages.flat()).toEqual(sizes);
          for (const page of pages) {
            const used = page.reduce((a, b) => a + b, 0);
            if (page.length > 1) expect(used).toBeLessThanOrEqual(capacity);
          }
        },
      ),
    );
  });

  it('has one empty page for nothing', () => {
    expect(packPages([], (n: number) => n, 5)).toEqual([[]]);
  });
});

const row = (nav: PageNav): string =>
  nav.items.map((item) => (item.kind === 'gap' ? '…' : item.current ? `[${item.page}]` : String(item.page))).join(' ');

describe('pageNav', () => {
  it.each([
    [1, 1, '[1]'],
    [1, 3, '[1] 2 3'],
    [1, 300, '[1] 2 3 … 300'],
    [5, 300, '1 2 3 4 [5] 6 7 … 300'],
    [150, 300, '1 … 148 149 [150] 151 152 … 300'],
    [300, 300, '1 … 298 299 [300]'],
    [4, 9, '1 2 3 [4] 5 6 … 9'],
    [4, 8, '1 2 3 [4] 5 6 7 8'],
  ])('page %i of %i: %s', (current, count, expected) => {
    expect(row(pageNav(current, count))).toBe(expected);
  });

  it('links the previous and next pages where there are some', () => {
    expect(pageNav(1, 3)).toMatchObject({ prev: undefined, next: 2 });
    expect(pageNav(2, 3)).toMatchObject({ prev: 1, next: 3 });
    expect(pageNav(3, 3)).toMatchObject({ prev: 2, next: undefined });
  });

  it('stays short however many pages there are, and always shows the first, the current and the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (count, at) => {
        const current = (at % count) + 1;
        const pages = pageNav(current, count).items.flatMap((item) => (item.kind === 'page' ? [item.page] : []));
        expect(pages.length).toBeLessThanOrEqual(9);
        expect(pages).toContain(1);
        expect(pages).toContain(count);
        expect(pages).toContain(current);
        expect([...pages].sort((a, b) => a - b)).toEqual(pages);
      }),
    );
  });

  it('refuses a page outside the list', () => {
    expect(() => pageNav(0, 3)).toThrow(RangeError);
    expect(() => pageNav(4, 3)).toThrow(RangeError);
  });
});

describe('evenSample', () => {
  it('takes the middle item of each equal stretch', () => {
    expect(evenSample([...Array(10).keys()], 2)).toEqual([2, 7]);
    expect(evenSample([...Array(100).keys()], 4)).toEqual([12, 37, 62, 87]);
  });

  it('returns a short list whole, and nothing for a sample of none', () => {
    expect(evenSample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(evenSample([1, 2, 3], 0)).toEqual([]);
  });

  it('is the same on every call and picks distinct items in list order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 20 }), (length, count) => {
        const items = [...Array(length).keys()];
        const sample = evenSample(items, count);
        expect(sample).toEqual(evenSample(items, count));
        expect(sample.length).toBe(Math.min(length, count));
        expect(new Set(sample).size).toBe(sample.length);
        expect([...sample].sort((a, b) => a - b)).toEqual(sample);
      }),
    );
  });
});
