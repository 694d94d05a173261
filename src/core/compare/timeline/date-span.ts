import { endOfMonth, endOfYear, parseISO } from 'date-fns';
import type { DatedEvent } from '../../publish/schemas/analysis/events.ts';

/** How two event dates stand to each other. */
export type DateRelation = 'compatible' | 'near' | 'apart';

/** Days apart at most for two dates to be read as one happening told differently ("began on March 2", "began on Monday, March 3"). */
export const NEAR_DAYS = 2;

/** The days a date covers: one day, a whole month or a whole year, as calendar day numbers. */
function daysOf(event: Pick<DatedEvent, 'date' | 'precision'>): { first: number; last: number } {
  const key = `${event.precision} ${event.date}`;
  let days = spans.get(key);
  if (days === undefined) {
    const first = parseISO(event.date);
    const last = event.precision === 'day' ? first : event.precision === 'month' ? endOfMonth(first) : endOfYear(first);
    days = { first: dayNumber(first), last: dayNumber(last) };
    spans.set(key, days);
  }
  return days;
}

// The timeline compares the events of every pair of similar sentences, and a corpus names few distinct dates.
const spans = new Map<string, { first: number; last: number }>();

/** Days since the epoch of a local date's calendar day: two of them differ as `differenceInCalendarDays` says. */
function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
}

/**
 * `compatible` when one date holds the other or they are the same
 * ("December 2018" and "20 December 2018"), `near` when they are apart by at
 * most {@link NEAR_DAYS} days, else `apart`.
 */
export function dateRelation(
  a: Pick<DatedEvent, 'date' | 'precision'>,
  b: Pick<DatedEvent, 'date' | 'precision'>,
): DateRelation {
  const x = daysOf(a);
  const y = daysOf(b);
  const gap = Math.max(y.first - x.last, x.first - y.last);
  return gap <= 0 ? 'compatible' : gap <= NEAR_DAYS ? 'near' : 'apart';
}
