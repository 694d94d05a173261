import { Chrono, en, type ParsedResult, type Parser, type Refiner } from 'chrono-node';
import { bareWeekday } from './bare-weekday.ts';
import { notEvents } from './not-events.ts';
import { periodQualifier } from './period-qualifier.ts';
import { publicationReference } from './publication-day.ts';
import { trimSurface } from './trim-surface.ts';
import { weekdayWithDate } from './weekday-with-date.ts';
import { yearOfUndated } from './year-of-undated.ts';
import { yearParser } from './year-parser.ts';

/**
 * Steps of chrono's casual English configuration that read things the
 * timeline does not want, by class name. Each name must be found, so a
 * chrono upgrade that renames one fails here instead of quietly changing
 * the dates.
 */
const LEFT_OUT: Readonly<Record<string, string>> = {
  ENTimeExpressionParser: 'times of day are not events; left in, they glue "at 8 a.m." onto the date',
  ENCasualTimeParser: '"morning", "noon", "tonight": times of day',
  ENTimeUnitWithinFormatParser: '"within a year", and "for 35 years" in casual mode: durations',
  ENTimeUnitCasualRelativeFormatParser: '"the past 3 months", "next 2 weeks": durations',
  ENTimeUnitLaterFormatParser: '"in 10 days", "two days later": counted from another moment or vague',
  ENEndOfCurrentMonthParser: '"end of the month" would come out as a day',
  ENEndOfPeriodRefiner: '"the end of next month" would come out as a day; the qualifier step keeps it a month',
  ENMergeDateRangeRefiner: '"from 2014 to 2016": each end is an expression of its own',
  ENUnlikelyFormatFilter: 'drops "since May"; the not-events step decides when "May" is the month',
  UnlikelyFormatFilter:
    'drops every result made only of digits, so every year alone; the not-events step checks validity',
};

/**
 * Our steps, in order, after chrono's own refiners (which first remove
 * overlaps, so "July 2016" wins over the year rule's "2016"):
 * 1. trim the surface: later steps see the bare expression ("Thursday", not "on Thursday,");
 * 2. drop what is not an event (durations, weeks, times of day), before anything is merged into it;
 * 3. merge "Thursday (Dec 20)", before weekdays are resolved, so a weekday with its date is not moved;
 * 4. give a date without its year the publication year, unless its weekday or its tense says otherwise
 *    (after the merge, so "Thursday (Dec 20)" is dated by its weekday);
 * 5. resolve bare weekdays to the past unless the sentence points ahead;
 * 6. widen month and year expressions over "early", "later", "mid-": last, as it changes only the surface.
 */
const REFINERS: readonly Refiner[] = [
  trimSurface,
  notEvents,
  weekdayWithDate,
  yearOfUndated,
  bareWeekday,
  periodQualifier,
];
/** What chrono's English parsers miss: a year on its own. */
const PARSERS: readonly Parser[] = [yearParser];

function configure(): Chrono {
  const casual = en.configuration.createCasualConfiguration(false);
  const nameOf = (step: Parser | Refiner): string => (step as object).constructor.name;
  const seen = new Set([...casual.parsers, ...casual.refiners].map(nameOf));
  const missing = Object.keys(LEFT_OUT).filter((name) => !seen.has(name));
  if (missing.length > 0) throw new Error(`chrono-node no longer has ${missing.join(', ')}: review LEFT_OUT`);
  return new Chrono({
    parsers: [...casual.parsers.filter((p) => !(nameOf(p) in LEFT_OUT)), ...PARSERS],
    refiners: [...casual.refiners.filter((r) => !(nameOf(r) in LEFT_OUT)), ...REFINERS],
  });
}

const chrono = configure();

/**
 * Every date expression of one sentence that places something on the
 * calendar, resolved against the publication day (`YYYY-MM-DD`). Indexes
 * are into `sentence`.
 */
export function parseDates(sentence: string, published: string): ParsedResult[] {
  return chrono.parse(sentence, publicationReference(published), { forwardDate: false });
}
