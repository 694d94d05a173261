import { format, isValid, parse } from 'date-fns';

/** Date shapes a news page prints on a line of its own; month names may be full or abbreviated. */
const FORMATS = ['MMMM d, yyyy', 'MMMM d yyyy', 'd MMMM yyyy', 'd MMMM, yyyy', 'yyyy-MM-dd'];

const LABEL = /^(?:first\s+)?(?:published|updated|last\s+updated|posted|date)(?:\s+on)?\s*:?\s*/i;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
/** A clock time after the date, with an optional zone: ", 10:41 AM ET", " at 3.15pm", " | 09:00 GMT". */
const TIME = /(?:,|\s+at|\s*[|·•–—-])?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\(?[A-Z]{2,5}\)?)?$/i;

/**
 * Reads a line that is nothing but a date ("December 20, 2018",
 * "Thursday, Dec. 20, 2018 10:41 AM ET", "Published: 20 December 2018") as
 * `YYYY-MM-DD`. Anything else on the line, or an impossible date, gives null.
 */
export function parseDateLine(line: string): string | null {
  const text = line
    .trim()
    .replace(LABEL, '')
    .replace(WEEKDAY, '')
    .replace(TIME, '')
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/\bSept\b/gi, 'Sep')
    .replace(/\b([A-Za-z]{3,4})\./g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\b\d{4}\b/.test(text)) return null;
  const reference = new Date(2000, 0, 1);
  for (const pattern of FORMATS) {
    const date = parse(text, pattern, reference);
    if (isValid(date)) return format(date, 'yyyy-MM-dd');
  }
  return null;
}
