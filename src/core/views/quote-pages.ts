import type { EntityId } from '../types.ts';
import { cut, listCounts, type Cut, type ListCounts, type PagedItem } from './list-summary.ts';
import { PAGE_LIMITS, type PageLimits } from './paging/page-limits.ts';
import { splitPages, type ItemSlice } from './paging/split-pages.ts';
import {
  quotesBySpeaker,
  widelyCarried,
  type OccurrenceView,
  type QuoteView,
  type SpeakerGroup,
} from './quote-views.ts';

/** One page of every quotation: the speakers it holds, each with the part of their quotes that fits. */
export interface QuotesPage {
  page: number;
  groups: ItemSlice<SpeakerGroup, QuoteView>[];
}

/** What `/quotes/` shows: the speakers quoted most, the quotations most widely carried, the counts. */
export interface QuotesSummary {
  quotes: number;
  outlets: number;
  shared: number;
  speakers: Cut<PagedItem<SpeakerGroup>>;
  widelyCarried: Cut<PagedItem<QuoteView>>;
  /** Copies of quotations, by outlet and over the dates of their articles. */
  counts: ListCounts;
  pageCount: number;
}

export interface PagedQuotes {
  summary: QuotesSummary;
  pages: QuotesPage[];
  /** The page holding each quotation (by its id) and each speaker's heading (by the group's anchor). */
  pageOfAnchor: ReadonlyMap<string, number>;
}

/**
 * Every quotation, grouped by speaker as `quotesBySpeaker` orders them, on
 * pages of at most `quotesPerPage` (a speaker with more runs on over the
 * next pages); and the summary that leads into them.
 */
export function pagedQuotes(views: readonly QuoteView[], limits: PageLimits = PAGE_LIMITS): PagedQuotes {
  if (limits !== PAGE_LIMITS) return buildPages(views, limits);
  let known = computed.get(views);
  if (!known) computed.set(views, (known = buildPages(views, limits)));
  return known;
}

// Every page of the quotes and every entity page ask for the same pages: computed once per list of quotes.
const computed = new WeakMap<readonly QuoteView[], PagedQuotes>();

function buildPages(views: readonly QuoteView[], limits: PageLimits): PagedQuotes {
  const groups = quotesBySpeaker(views);
  const split = splitPages(groups, (g) => g.quotes, limits.quotesPerPage);
  const pages = split.pages.map((slices, i): QuotesPage => ({ page: i + 1, groups: slices }));
  const pageOfAnchor = new Map<string, number>();
  split.pages.forEach((slices, i) => {
    for (const slice of slices) {
      if (!slice.continued) pageOfAnchor.set(slice.item.id, i + 1);
      for (const quote of slice.parts) pageOfAnchor.set(quote.quote.id, i + 1);
    }
  });
  const pageOf = (id: string): number => pageOfAnchor.get(id) ?? 1;
  return {
    summary: {
      quotes: views.length,
      outlets: new Set(views.flatMap((v) => v.outlets)).size,
      shared: views.filter((v) => v.outlets.length > 1).length,
      speakers: cut(
        groups.map((g) => ({ view: g, page: pageOf(g.id) })),
        limits.summaryRows,
      ),
      widelyCarried: cut(
        widelyCarried(views).map((v) => ({ view: v, page: pageOf(v.quote.id) })),
        limits.summaryRows,
      ),
      counts: listCounts(
        views.flatMap((v) => v.occurrences.map((o) => o.article)),
        limits,
      ),
      pageCount: pages.length,
    },
    pages,
    pageOfAnchor,
  };
}

/** The anchor of an entity's own heading on the quote pages (the group of the quotes it says alone). */
export function speakerAnchor(id: EntityId): string {
  return `by-${id}`;
}

/** The copies of a quotation listed with it, and how many more there are in how many more outlets. */
export interface ShownCopies {
  shown: OccurrenceView[];
  more: number;
  moreOutlets: number;
}

/**
 * A quotation carried by many articles lists its first `limit` copies, one
 * per outlet first (so every outlet shown is named before any is repeated),
 * and counts the rest: a card stays the same size however widely it is
 * carried. Each copy is also marked in its own article.
 */
export function shownCopies(view: QuoteView, limit: number = PAGE_LIMITS.quoteCopies): ShownCopies {
  if (view.occurrences.length <= limit) return { shown: view.occurrences, more: 0, moreOutlets: 0 };
  const seen = new Set<string>();
  const firsts: OccurrenceView[] = [];
  const repeats: OccurrenceView[] = [];
  for (const o of view.occurrences) {
    if (seen.has(o.article.meta.outlet)) repeats.push(o);
    else {
      seen.add(o.article.meta.outlet);
      firsts.push(o);
    }
  }
  const picked = new Set([...firsts, ...repeats].slice(0, limit));
  const shown = view.occurrences.filter((o) => picked.has(o));
  const outlets = new Set(shown.map((o) => o.article.meta.outlet));
  return { shown, more: view.occurrences.length - shown.length, moreOutlets: view.outlets.length - outlets.size };
}
