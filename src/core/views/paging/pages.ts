/** The items `[start, end)` of page `page` (1-based) of a list cut into pages. */
export interface PageRange {
  page: number;
  start: number;
  end: number;
}

/** How many pages `total` items take at `perPage` a page; an empty list still has its one (empty) page. */
export function pageCount(total: number, perPage: number): number {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer: ${perPage}`);
  return Math.max(1, Math.ceil(total / perPage));
}

/** The range of items on page `page` (1-based); a page past the last is an error, not an empty page. */
export function pageRange(page: number, total: number, perPage: number): PageRange {
  const count = pageCount(total, perPage);
  if (!Number.isInteger(page) || page < 1 || page > count) throw new RangeError(`page ${page} of ${count}`);
  const start = (page - 1) * perPage;
  return { page, start, end: Math.min(total, start + perPage) };
}

/** The items cut into pages of `perPage`, in order; at least one page. */
export function pagesOf<T>(items: readonly T[], perPage: number): T[][] {
  return Array.from({ length: pageCount(items.length, perPage) }, (_, i) => {
    const { start, end } = pageRange(i + 1, items.length, perPage);
    return items.slice(start, end);
  });
}

/**
 * Items of different sizes packed into pages in order: a page takes items
 * while their sizes add up to at most `capacity`; an item larger than that
 * gets a page of its own rather than being split.
 */
export function packPages<T>(items: readonly T[], size: (item: T) => number, capacity: number): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const weight = size(item);
    if (current.length > 0 && used + weight > capacity) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += weight;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}
