import { format, parseISO } from 'date-fns';
import type { Comparison } from '../compare/compare-outlets.ts';
import type { DatedEvent, EventGroup } from '../publish/schemas/analysis/events.ts';
import type { AnalyzedArticle, EntityId, EntitySummary } from '../types.ts';
import { articleIndex } from './article-index.ts';

/** A date as the timeline shows it: "20 December 2018", "November 2018", "2006", with its `datetime`. */
export interface ShownDate {
  datetime: string;
  label: string;
}

/** One outlet's telling of a happening: its sentence, cut around the date expression. */
export interface Telling {
  event: DatedEvent;
  article: AnalyzedArticle;
  date: ShownDate;
  /** The sentence before the date expression, the expression, and after it. */
  before: string;
  surface: string;
  after: string;
}

/** One happening, as the page lists it. */
export interface TimelineEntry {
  /** The page anchor of the entry: `t-<n>`, 1-based in page order. */
  anchor: string;
  date: ShownDate;
  precision: DatedEvent['precision'];
  /** Its tellings began on an earlier page (the anchor is there). */
  continued: boolean;
  /** More of its tellings are on the next page. */
  continues: boolean;
  outlets: string[];
  conflict: boolean;
  /** For a conflict: each date given, with the outlets that give it. */
  dates: { date: ShownDate; outlets: string[] }[];
  tellings: Telling[];
  entities: EntitySummary[];
}

/** The happenings of one year: those known only to the year, then one list per month or day. */
export interface TimelineYear {
  year: ShownDate;
  yearOnly: TimelineEntry[];
  periods: { date: ShownDate; entries: TimelineEntry[] }[];
}

const FORMATS = { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' } as const;

/** A date at its precision, as the page writes it. */
export function shownDate(date: string, precision: DatedEvent['precision']): ShownDate {
  return { datetime: date, label: format(parseISO(date), FORMATS[precision]) };
}

/**
 * The timeline page's data: the comparison's happenings by year, then by
 * month or day, each with the outlets that report it, their sentences and
 * the entities those name. Pure: it only arranges what the comparison holds.
 */
export function timelineView(
  comparison: Comparison,
  articles: readonly AnalyzedArticle[],
  entities: ReadonlyMap<EntityId, EntitySummary>,
): TimelineYear[] {
  const bySlug = articleIndex(articles);
  const events = new Map(comparison.events.map((e) => [e.id, e]));
  return timelineYears(
    (comparison.timeline ?? []).map((group, index) => entryOf(group, index, events, bySlug, entities)),
  );
}

/** Entries in date order arranged by year, then by month or day; the year-only ones first in each year. */
export function timelineYears(entries: readonly TimelineEntry[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const entry of entries) {
    const year = entry.date.datetime.slice(0, 4);
    let bucket = years.at(-1);
    if (bucket?.year.datetime !== year) {
      bucket = { year: shownDate(year, 'year'), yearOnly: [], periods: [] };
      years.push(bucket);
    }
    if (entry.precision === 'year') {
      bucket.yearOnly.push(entry);
      continue;
    }
    const period = bucket.periods.at(-1);
    if (period?.date.datetime === entry.date.datetime) period.entries.push(entry);
    else bucket.periods.push({ date: entry.date, entries: [entry] });
  }
  return years;
}

/** The entries of the timeline, flat, in date order (the order of their anchors). */
export function timelineEntries(years: readonly TimelineYear[]): TimelineEntry[] {
  return years.flatMap((y) => [...y.yearOnly, ...y.periods.flatMap((p) => p.entries)]);
}

/** The entities named in these tellings, each once, in the order they are first named. */
export function entitiesOfTellings(
  tellings: readonly Telling[],
  entities: ReadonlyMap<EntityId, EntitySummary>,
): EntitySummary[] {
  const ids = [...new Set(tellings.flatMap((t) => t.event.entities))] as EntityId[];
  return ids.flatMap((id) => entities.get(id) ?? []);
}

function entryOf(
  group: EventGroup,
  index: number,
  events: ReadonlyMap<string, DatedEvent>,
  bySlug: ReadonlyMap<string, AnalyzedArticle>,
  entities: ReadonlyMap<EntityId, EntitySummary>,
): TimelineEntry {
  const tellings: Telling[] = [];
  for (const id of group.events) {
    const event = events.get(id);
    const article = event && bySlug.get(event.article);
    const sentence = event && article?.sentences[event.sentence - 1];
    if (!event || !article || !sentence) continue;
    tellings.push({
      event,
      article,
      date: shownDate(event.date, event.precision),
      before: article.text.slice(sentence.start, event.start),
      surface: event.surface,
      after: article.text.slice(event.end, sentence.end),
    });
  }
  const dates = new Map<string, { date: ShownDate; outlets: string[] }>();
  for (const t of tellings) {
    const seen = dates.get(t.event.date) ?? { date: t.date, outlets: [] };
    if (!seen.outlets.includes(t.article.meta.outlet)) seen.outlets.push(t.article.meta.outlet);
    dates.set(t.event.date, seen);
  }
  return {
    anchor: `t-${index + 1}`,
    date: shownDate(group.date, group.precision),
    precision: group.precision,
    continued: false,
    continues: false,
    outlets: group.outlets,
    conflict: group.conflict,
    dates: [...dates.values()],
    tellings,
    entities: entitiesOfTellings(tellings, entities),
  };
}
