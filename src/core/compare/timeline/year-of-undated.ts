import { getDay, isAfter, isBefore, startOfMonth } from 'date-fns';
import type { ParsingResult, Refiner } from 'chrono-node';
import { pointsAhead } from './points-ahead.ts';
import { publicationDay } from './publication-day.ts';

/**
 * The year of a month or day written without one ("Dec. 1", "in May",
 * "Thursday (Dec 20)"). Chrono takes the year that puts the date nearest
 * the reference; the conventions take the publication year "unless that
 * makes no sense":
 * - with its weekday, the year (of the publication year and the two beside
 *   it) in which the date falls on that weekday;
 * - otherwise the publication year, moved back a year when that would put a
 *   date the sentence tells as past after publication ("unveiled on Dec. 1"
 *   in March), or on a year when the sentence points ahead to a date
 *   already gone ("will meet in January" in December).
 */
export const yearOfUndated: Refiner = {
  refine: (context, results) => {
    const published = publicationDay(context);
    const year = published.getFullYear();
    for (const result of results) {
      const { start } = result;
      if (start.isCertain('year') || !start.isCertain('month')) continue;
      const month = start.get('month') ?? 1;
      const day = start.isCertain('day') ? (start.get('day') ?? 1) : null;
      const on = (y: number): Date => new Date(y, month - 1, day ?? 1);
      const weekday = start.isCertain('weekday') ? start.get('weekday') : null;
      const byWeekday =
        weekday === null ? undefined : [year, year - 1, year + 1].find((y) => getDay(on(y)) === weekday);
      start.imply('year', byWeekday ?? yearByTense(result, context.text, on(year), day === null, published));
    }
    return results;
  },
};

function yearByTense(
  result: ParsingResult,
  sentence: string,
  date: Date,
  wholeMonth: boolean,
  published: Date,
): number {
  const year = published.getFullYear();
  // A whole month is "after publication" only from the month after it: "in November" in a November article is now.
  const reference = wholeMonth ? startOfMonth(published) : published;
  const ahead = pointsAhead(sentence, result.index, result.index + result.text.length);
  if (!ahead && isAfter(date, reference)) return year - 1;
  if (ahead && isBefore(date, reference)) return year + 1;
  return year;
}
