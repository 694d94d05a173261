import type { Comparison } from '../compare/compare-outlets.ts';
import type { AnalyzedArticle, EntityId, EntitySummary } from '../types.ts';
import { cut, listCounts, type Cut, type ListCounts, type PagedItem } from './list-summary.ts';
import { PAGE_LIMITS, type PageLimits } from './paging/page-limits.ts';
import { splitPages } from './paging/split-pages.ts';
import { timeSeries, type TimeBucket, type TimeSeries } from './time-series.ts';
import {
  entitiesOfTellings,
  timelineEntries,
  timelineView,
  timelineYears,
  type Telling,
  type TimelineEntry,
  type TimelineYear,
} from './timeline-view.ts';

/** One step of the summary's count over time, with the page where its first happening is. */
export interface PagedBucket {
  bucket: TimeBucket;
  page: number | undefined;
}

/** What `/timeline/` shows: counts, the first of the dates that differ, and the way into the pages. */
export interface TimelineSummary {
  happenings: number;
  /** Every telling of a date (one outlet's sentence), on the pages. */
  tellings: number;
  conflicts: Cut<PagedItem<TimelineEntry>>;
  /** Happenings by their own date (a month or a year given alone counts at its first day). */
  overTime: { step: TimeSeries['step']; buckets: PagedBucket[] };
  /** Tellings by outlet and by the publication dates of their articles. */
  counts: ListCounts;
  pageCount: number;
}

/** One page of the whole timeline: its entries (or the part of one that fits), by year and month. */
export interface TimelinePage {
  page: number;
  years: TimelineYear[];
  /** The 1-based numbers of the first and last happening on the page. */
  first: number;
  last: number;
}

export interface PagedTimeline {
  summary: TimelineSummary;
  pages: TimelinePage[];
  /** The page of the timeline that holds each happening's anchor, by anchor. */
  pageOfAnchor: ReadonlyMap<string, number>;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the day it begins. */
function firstDay(datetime: string): string {
  return `${datetime}-01-01`.slice(0, 10);
}

/**
 * The timeline cut into pages of at most `tellingsPerPage` tellings (a
 * happening told by more outlets than that runs on over the next pages),
 * and its summary: the dates on which the outlets differ first, counts by
 * period and by outlet, each linked to the page that holds it.
 */
export function pagedTimeline(
  comparison: Comparison,
  articles: readonly AnalyzedArticle[],
  entities: ReadonlyMap<EntityId, EntitySummary>,
  limits: PageLimits = PAGE_LIMITS,
): PagedTimeline {
  if (limits !== PAGE_LIMITS) return buildPages(comparison, articles, entities, limits);
  let known = computed.get(comparison);
  if (!known) computed.set(comparison, (known = buildPages(comparison, articles, entities, limits)));
  return known;
}

// Every page of the timeline asks for the same pages: computed once per comparison.
const computed = new WeakMap<Comparison, PagedTimeline>();

function buildPages(
  comparison: Comparison,
  articles: readonly AnalyzedArticle[],
  entities: ReadonlyMap<EntityId, EntitySummary>,
  limits: PageLimits,
): PagedTimeline {
  const entries = timelineEntries(timelineView(comparison, articles, entities));
  const split = splitPages(entries, (entry): readonly Telling[] => entry.tellings, limits.tellingsPerPage);
  const pages = split.pages.map((slices, i): TimelinePage => {
    const shown = slices.map((slice): TimelineEntry => ({
      ...slice.item,
      tellings: slice.parts,
      entities: slice.continued || slice.continues ? entitiesOfTellings(slice.parts, entities) : slice.item.entities,
      continued: slice.continued,
      continues: slice.continues,
    }));
    return {
      page: i + 1,
      years: timelineYears(shown),
      first: (slices[0]?.index ?? 0) + 1,
      last: (slices.at(-1)?.index ?? -1) + 1,
    };
  });
  const pageOf = (index: number): number => split.pageOfItem[index] ?? 1;
  const pageOfAnchor = new Map(entries.map((entry, i) => [entry.anchor, pageOf(i)]));
  const paged = entries.map((view, i): PagedItem<TimelineEntry> => ({ view, page: pageOf(i) }));
  const series = timeSeries(
    entries.map((entry) => ({ date: firstDay(entry.date.datetime), count: 1 })),
    limits.timeBuckets,
  );
  const buckets = series.buckets.map((bucket): PagedBucket => {
    const at = paged.find(({ view: entry }) => {
      const day = firstDay(entry.date.datetime);
      return day >= bucket.from && day <= bucket.to;
    });
    return { bucket, page: at?.page };
  });
  return {
    summary: {
      happenings: entries.length,
      tellings: split.totalParts,
      conflicts: cut(
        paged.filter(({ view }) => view.conflict),
        limits.summaryRows,
      ),
      overTime: { step: series.step, buckets },
      counts: listCounts(
        entries.flatMap((entry) => entry.tellings.map((t) => t.article)),
        limits,
      ),
      pageCount: pages.length,
    },
    pages,
    pageOfAnchor,
  };
}
