import { format } from 'date-fns';
import type { ParsedResult } from 'chrono-node';
import type { DatedEvent } from '../../publish/schemas/analysis/events.ts';

/** What a date expression says: its calendar date as precise as the text, and whether it needed the publication date. */
export type DateValue = Pick<DatedEvent, 'date' | 'precision' | 'relative'>;

// Words that make an expression count from the publication date even when chrono knows its year ("last year").
const WEEKDAY = /\b(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*\b/;
const COUNTED_FROM_NOW = /\b(?:today|yesterday|tomorrow|ago|this|last|next|past)\b/i;

/**
 * The date of a chrono result. Precision is what the text gave: a day
 * (or a weekday) when it is known, else a month, else a year; what chrono
 * only implied is never shown as known. The value of an implied component
 * (the year of "Dec. 1", the day of "Thursday") is chrono's resolution
 * against the publication day.
 */
export function dateValue(result: ParsedResult): DateValue | null {
  const { start } = result;
  const precision =
    start.isCertain('day') || start.isCertain('weekday')
      ? 'day'
      : start.isCertain('month')
        ? 'month'
        : start.isCertain('year')
          ? 'year'
          : null;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (precision === null || year === null || month === null || day === null) return null;
  const calendar = new Date(year, month - 1, day);
  const date = format(calendar, precision === 'day' ? 'yyyy-MM-dd' : precision === 'month' ? 'yyyy-MM' : 'yyyy');
  const relative = COUNTED_FROM_NOW.test(result.text)
    ? true
    : start.isCertain('year')
      ? false
      : // A weekday beside its date fixes the year by itself (conventions: "Thursday (Dec 20)" is not relative).
        !(WEEKDAY.test(result.text) && start.isCertain('day'));
  return { date, precision, relative };
}
