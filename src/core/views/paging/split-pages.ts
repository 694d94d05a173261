import { packPages } from './pages.ts';

/** The parts `[from, to)` of one item that one page shows. */
export interface ItemSlice<T, P> {
  item: T;
  /** The item's index in the whole list. */
  index: number;
  parts: P[];
  from: number;
  to: number;
  /** The item began on an earlier page. */
  continued: boolean;
  /** The item goes on to a later page. */
  continues: boolean;
}

/** A list of items cut into pages, and the page on which each item begins. */
export interface SplitPages<T, P> {
  /** At least one page. */
  pages: ItemSlice<T, P>[][];
  /** The 1-based page holding the start of item `i`. */
  pageOfItem: number[];
  /** Every part of every item. */
  totalParts: number;
}

/**
 * Items that each hold a list of parts (a happening and its tellings, a
 * speaker and their quotes) packed into pages of at most `capacity` parts,
 * in order. An item with more parts than a page holds is cut into runs of
 * `capacity` and continued on the next pages, so no page holds more than
 * `capacity` parts however large one item grows; an item with no part still
 * takes a slice (its heading). Every part is on exactly one page.
 */
export function splitPages<T, P>(
  items: readonly T[],
  partsOf: (item: T) => readonly P[],
  capacity: number,
): SplitPages<T, P> {
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new RangeError(`capacity must be a positive integer: ${capacity}`);
  const slices: ItemSlice<T, P>[] = [];
  let totalParts = 0;
  items.forEach((item, index) => {
    const all = partsOf(item);
    totalParts += all.length;
    for (let from = 0; from < all.length || from === 0; from += capacity) {
      const to = Math.min(all.length, from + capacity);
      slices.push({
        item,
        index,
        parts: all.slice(from, to),
        from,
        to,
        continued: from > 0,
        continues: to < all.length,
      });
      if (all.length === 0) break;
    }
  });
  // A heading with no parts weighs as one part, so that a run of empty items still fills pages.
  const pages = packPages(slices, (slice) => Math.max(1, slice.parts.length), capacity);
  const pageOfItem: number[] = [];
  pages.forEach((page, i) => {
    for (const slice of page) if (pageOfItem[slice.index] === undefined) pageOfItem[slice.index] = i + 1;
  });
  return { pages, pageOfItem, totalParts };
}
