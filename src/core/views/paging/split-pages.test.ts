import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPages } from './split-pages.ts';

interface Item {
  name: string;
  parts: number[];
}

const item = (name: string, count: number): Item => ({ name, parts: Array.from({ length: count }, (_, i) => i) });
const shape = (pages: ReturnType<typeof splitPages<Item, number>>['pages']): string[][] =>
  pages.map((page) =>
    page.map((s) => `${s.item.name}${s.from}-${s.to}${s.continued ? '<' : ''}${s.continues ? '>' : ''}`),
  );

describe('splitPages', () => {
  it('packs whole items while they fit and starts a page with the one that would overflow it', () => {
    const split = splitPages([item('a', 3), item('b', 3), item('c', 2)], (i) => i.parts, 6);
    expect(shape(split.pages)).toEqual([['a0-3', 'b0-3'], ['c0-2']]);
    expect(split.pageOfItem).toEqual([1, 1, 2]);
    expect(split.totalParts).toBe(8);
  });

  it('cuts an item larger than a page into runs that continue over the next pages', () => {
    const split = splitPages([item('a', 1), item('big', 14), item('c', 1)], (i) => i.parts, 5);
    expect(shape(split.pages)).toEqual([['a0-1'], ['big0-5>'], ['big5-10<>'], ['big10-14<', 'c0-1']]);
    expect(split.pageOfItem).toEqual([1, 2, 4]);
  });

  it('gives an item with no parts its heading, weighing as one part', () => {
    const split = splitPages([item('a', 0), item('b', 0), item('c', 0)], (i) => i.parts, 2);
    expect(shape(split.pages)).toEqual([['a0-0', 'b0-0'], ['c0-0']]);
  });

  it('has one empty page for no items, and refuses a capacity below 1', () => {
    expect(splitPages([], (i: Item) => i.parts, 3).pages).toEqual([[]]);
    expect(() => splitPages([item('a', 1)], (i) => i.parts, 0)).toThrow(RangeError);
  });

  it('keeps every part once and in order, and no page over capacity, whatever the sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 25 }),
        (sizes, capacity) => {
          const items = sizes.map((n, i) => item(String(i), n));
          const split = splitPages(items, (i) => i.parts, capacity);
          const parts = split.pages.flatMap((page) => page.flatMap((s) => s.parts.map((p) => `${s.index}:${p}`)));
          expect(parts).toEqual(items.flatMap((it, i) => it.parts.map((p) => `${i}:${p}`)));
          for (const page of split.pages) {
            expect(page.reduce((sum, s) => sum + Math.max(1, s.parts.length), 0)).toBeLessThanOrEqual(capacity);
          }
          items.forEach((_, i) => {
            const first = split.pages.findIndex((page) => page.some((s) => s.index === i && !s.continued));
            expect(split.pageOfItem[i]).toBe(first + 1);
          });
        },
      ),
    );
  });
});
