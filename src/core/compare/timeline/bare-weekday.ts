import { getDay, nextDay, previousDay, type Day } from 'date-fns';
import type { ParsingResult, Refiner } from 'chrono-node';
import { pointsAhead } from './points-ahead.ts';
import { publicationDay } from './publication-day.ts';
import { isBareWeekday } from './weekday-with-date.ts';

const BARE = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;

/**
 * A bare weekday ("Thursday", "on Monday") in news is the most recent such
 * day on or before publication, unless its sentence points ahead ("will
 * vote on Friday"): then the next one on or after it. Chrono takes the
 * nearest either way; "last", "next" and "this" keep chrono's reading.
 */
export const bareWeekday: Refiner = {
  refine: (context, results) => {
    const published = publicationDay(context);
    for (const result of results) {
      if (!isBareWeekday(result) || !BARE.test(result.text)) continue;
      const weekday = (result.start.get('weekday') ?? 0) as Day;
      const ahead = pointsAhead(context.text, result.index, result.index + result.text.length);
      const date =
        getDay(published) === weekday
          ? published
          : ahead
            ? nextDay(published, weekday)
            : previousDay(published, weekday);
      imply(result, date);
      result.addTag(ahead ? 'refiner/bareWeekday/ahead' : 'refiner/bareWeekday/past');
    }
    return results;
  },
};

function imply(result: ParsingResult, date: Date): void {
  result.start.imply('year', date.getFullYear());
  result.start.imply('month', date.getMonth() + 1);
  result.start.imply('day', date.getDate());
}
