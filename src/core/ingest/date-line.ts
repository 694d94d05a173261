import { format, isValid, parse } from 'date-fns';

/** Date shapes with the month spelled out (full or abbreviated) or in ISO order: one reading each. */
const NAMED_FORMATS = ['MMMM d, yyyy', 'MMMM d yyyy', 'd MMMM yyyy', 'd MMMM, yyyy', 'yyyy-MM-dd', 'yyyy/MM/dd'];
/** All-number dates with the year last: day first in most of the world, month first in the US. */
const DAY_FIRST = ['d/M/yyyy', 'd.M.yyyy', 'd-M-yyyy'];
const MONTH_FIRST = ['M/d/yyyy', 'M.d.yyyy', 'M-d-yyyy'];
/** The same with a two-digit year ("12/20/18"), which only all-number dates use. */
const SHORT_YEAR = /^\d{1,2}([/.-])\d{1,2}\1\d{2}$/;

const LABEL =
  /^(?:(first|originally)\s+)?(published|updated|last\s+updated|last\s+modified|modified|posted|date|dated)(?:\s+(?:on|at))?\s*:?\s*/i;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+\(?[A-Z]{2,5}\)?)?`;
/** A clock time after the date, with an optional zone: ", 10:41 AM ET", " at 3.15pm", " | 09:00 GMT", "T09:00:00Z". */
const TIME_AFTER = new RegExp(
  String.raw`(?:(?:,|\s+at|\s*[|·•/–—-])?\s+${CLOCK}|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$`,
  'i',
);
/** A clock time before the date: "5:32 PM ET, November 16, 2021". */
const TIME_BEFORE = new RegExp(String.raw`^${CLOCK}\s*[,|·•/–—-]?\s+`, 'i');

/** What a line that holds nothing but a date says. */
export type DateReading =
  /** A date that can be read one way only. `updated` when the line says it is the date of an update. */
  | { kind: 'date'; date: string; updated: boolean }
  /** "3 hours ago", "Yesterday": a date only given the day the page was saved. */
  | { kind: 'relative'; text: string }
  /** "11/12/2021": a real date read day first and another read month first. */
  | { kind: 'ambiguous'; text: string; readings: [string, string] };

const RELATIVE =
  /^(?:(?:about|around|over)\s+)?(?:\d+|an?|one|a\s+few)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago$|^(?:just\s+now|today|yesterday)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?$/i;

/**
 * Reads a line that is nothing but a date ("December 20, 2018",
 * "Thursday, Dec. 20, 2018 10:41 AM ET", "Published: 20 December 2018",
 * "2018-12-20T10:41:00Z", "20/12/2018"). Parsing is date-fns's; this only
 * takes off the label, weekday and clock time around the date. Anything else
 * on the line, or an impossible date, gives null.
 */
export function readDateLine(line: string): DateReading | null {
  const labelled = LABEL.exec(line.trim());
  const updated = labelled !== null && /updated|modified/i.test(labelled[2] ?? '');
  const rest = line.trim().slice(labelled?.[0].length ?? 0);
  if (RELATIVE.test(rest.replace(/\.$/, ''))) return { kind: 'relative', text: line.trim() };
  const text = rest
    .replace(WEEKDAY, '')
    .replace(TIME_BEFORE, '')
    .replace(TIME_AFTER, '')
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/\bSept\b/gi, 'Sep')
    .replace(/\b([A-Za-z]{3,4})\./g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.]+$/, '')
    .trim();
  const short = SHORT_YEAR.test(text);
  if (!short && !/\b\d{4}\b/.test(text)) return null;
  const named = short ? null : readAny(text, NAMED_FORMATS);
  if (named) return { kind: 'date', date: named, updated };
  const twoDigits = (patterns: readonly string[]) => patterns.map((pattern) => pattern.replace('yyyy', 'yy'));
  const dayFirst = readAny(text, short ? twoDigits(DAY_FIRST) : DAY_FIRST);
  const monthFirst = readAny(text, short ? twoDigits(MONTH_FIRST) : MONTH_FIRST);
  if (dayFirst && monthFirst && dayFirst !== monthFirst)
    return { kind: 'ambiguous', text: line.trim(), readings: [dayFirst, monthFirst] };
  const date = dayFirst ?? monthFirst;
  return date ? { kind: 'date', date, updated } : null;
}

/** The date of a line that holds one unambiguous date and nothing else, as `YYYY-MM-DD`. */
export function parseDateLine(line: string): string | null {
  const reading = readDateLine(line);
  return reading?.kind === 'date' ? reading.date : null;
}

function readAny(text: string, patterns: readonly string[]): string | null {
  const reference = new Date(2000, 0, 1);
  for (const pattern of patterns) {
    const date = parse(text, pattern, reference);
    // date-fns accepts a two-digit year for `yyyy`, which would be a year of the first century.
    const fullYear = !pattern.endsWith('yyyy') || date.getFullYear() >= 1000;
    if (isValid(date) && fullYear) return format(date, 'yyyy-MM-dd');
  }
  return null;
}
