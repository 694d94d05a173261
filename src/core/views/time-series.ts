import { format } from 'date-fns';

/** The width of one bar of a chart over time: a day, a month, or a run of years. */
export type TimeStep = { unit: 'day' } | { unit: 'month' } | { unit: 'years'; size: number };

/** One step of a series over time, with what it counts. */
export interface TimeBucket {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` for a `<time datetime>`; absent for a run of several years. */
  datetime: string | undefined;
  /** "20 December 2018", "December 2018", "2018", "2010–2019". */
  label: string;
  /** The label as an axis has room for: "20 Dec", "Dec 2018", "2018", "2010s". */
  short: string;
  /** The first and last day the step covers, `YYYY-MM-DD`. */
  from: string;
  to: string;
  count: number;
}

/** Counts over time, one bucket per step from the first dated item to the last, empty steps included. */
export interface TimeSeries {
  step: TimeStep;
  buckets: TimeBucket[];
}

/** Something counted on a day (`YYYY-MM-DD`). */
export interface Dated {
  date: string;
  count: number;
}

const year = (y: number): string => String(y).padStart(4, '0');

/** `YYYY-MM-DD` of a local date. */
function isoDay(date: Date): string {
  return `${year(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const YEAR_SIZES = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

interface Calendar {
  step: TimeStep;
  key(y: number, m: number, d: number): number;
  bucket(key: number): Omit<TimeBucket, 'count'>;
}

const DAY_MS = 86_400_000;

/** A local date for date-fns to format; `setFullYear`, because `new Date(y, …)` reads years below 100 as 19xx. */
function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month, day);
  return date;
}

function calendars(): Calendar[] {
  const day: Calendar = {
    step: { unit: 'day' },
    key: (y, m, d) => Math.round(new Date(0).setUTCFullYear(y, m, d) / DAY_MS),
    bucket: (key) => {
      const at = new Date(key * DAY_MS);
      const local = localDate(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
      const day = isoDay(local);
      return { datetime: day, label: format(local, 'd MMMM yyyy'), short: format(local, 'd MMM'), from: day, to: day };
    },
  };
  const month: Calendar = {
    step: { unit: 'month' },
    key: (y, m) => y * 12 + m,
    bucket: (key) => {
      const local = localDate(Math.floor(key / 12), key % 12, 1);
      const end = localDate(Math.floor(key / 12), (key % 12) + 1, 0);
      return {
        datetime: format(local, 'yyyy-MM'),
        label: format(local, 'MMMM yyyy'),
        short: format(local, 'MMM yyyy'),
        from: isoDay(local),
        to: isoDay(end),
      };
    },
  };
  const years = YEAR_SIZES.map((size): Calendar => ({
    step: { unit: 'years', size },
    key: (y) => Math.floor(y / size),
    bucket: (key) => {
      const from = key * size;
      const to = from + size - 1;
      const range = { from: `${year(from)}-01-01`, to: `${year(to)}-12-31` };
      if (size === 1) return { datetime: year(from), label: String(from), short: String(from), ...range };
      return { datetime: undefined, label: `${from}–${to}`, short: size === 10 ? `${from}s` : String(from), ...range };
    },
  }));
  return [day, month, ...years];
}

const CALENDARS = calendars();

function parts(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
}

/**
 * Counts over time in at most `maxBuckets` steps: by day when the span is
 * that short, else by month, else by runs of 1, 2, 5, 10… years, the finest
 * step that fits. Steps with nothing in them are kept, so that a chart's
 * axis is even and a gap in the coverage shows as a gap.
 */
export function timeSeries(items: readonly Dated[], maxBuckets: number): TimeSeries {
  const dated = items.map((item) => ({ at: parts(item.date), count: item.count }));
  for (const calendar of CALENDARS) {
    const keys = dated.map((item) => calendar.key(...item.at));
    if (keys.length === 0) return { step: calendar.step, buckets: [] };
    // A loop, not Math.min(...keys): a corpus-wide series has more items than the call stack takes arguments.
    let low = Infinity;
    let high = -Infinity;
    for (const key of keys) {
      if (key < low) low = key;
      if (key > high) high = key;
    }
    if (high - low + 1 > maxBuckets && calendar !== CALENDARS.at(-1)) continue;
    const counts = new Map<number, number>();
    keys.forEach((key, i) => counts.set(key, (counts.get(key) ?? 0) + (dated[i]?.count ?? 0)));
    const buckets: TimeBucket[] = [];
    for (let key = low; key <= high; key++) buckets.push({ ...calendar.bucket(key), count: counts.get(key) ?? 0 });
    return { step: calendar.step, buckets };
  }
  throw new Error('unreachable: the last calendar always fits');
}
