// Intl, not date-fns: date-fns's `format` brings its token parser and an
// English locale, 22 KB of a 53 KB search bundle; the browser already has this.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2018-12-20` → `20 December 2018`, as the pages' FormattedDate writes it (`d MMMM yyyy`). */
export function formatDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}
