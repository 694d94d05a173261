/** One place in a row of page links: a page (the current one is not a link) or a gap of skipped pages. */
export type PageNavItem = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/** The links between the pages of one list: previous, next, and a row of page numbers. */
export interface PageNav {
  current: number;
  count: number;
  prev: number | undefined;
  next: number | undefined;
  items: PageNavItem[];
}

/**
 * Page links that stay few however many pages there are: the first and the
 * last page, and `around` pages either side of the current one, with a gap
 * where pages are skipped. A gap of one page shows that page instead, since
 * a link takes no more room than the gap would. Every page stays reachable
 * by following "next".
 */
export function pageNav(current: number, count: number, around = 2): PageNav {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`page count must be at least 1: ${count}`);
  if (!Number.isInteger(current) || current < 1 || current > count) throw new RangeError(`page ${current} of ${count}`);
  const shown = new Set<number>([1, count]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= count) shown.add(p);
  // A gap that would hide a single page: show it.
  for (const p of [...shown]) {
    if (shown.has(p + 2) && !shown.has(p + 1)) shown.add(p + 1);
  }
  const items: PageNavItem[] = [];
  let last = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page > last + 1) items.push({ kind: 'gap' });
    items.push({ kind: 'page', page, current: page === current });
    last = page;
  }
  return {
    current,
    count,
    prev: current > 1 ? current - 1 : undefined,
    next: current < count ? current + 1 : undefined,
    items,
  };
}
