import { format } from 'date-fns';
import { scaleUtc } from 'd3-scale';
import { s } from 'hastscript';
import { round, svgMarkup, svgRoot } from './svg.ts';

/** One article on the axis: its day, its accessible name ("Outlet, 20 December 2018: Headline") and its address. */
export interface AxisItem {
  date: string;
  name: string;
  href: string;
}

export interface DateAxisOptions {
  /** The picture's accessible name. */
  label: string;
  width?: number;
}

const MARGIN = { left: 16, right: 16, top: 10 };
const STEP = 16;
const RADIUS = 6;
const FONT = 12;
const DAY_MS = 86_400_000;

const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** A tick's label for the span drawn: days for a few weeks, months for a few years, else years. */
function tickLabel(date: Date, spanDays: number): string {
  const local = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return format(local, spanDays <= 62 ? 'd MMM yyyy' : spanDays <= 3 * 366 ? 'MMM yyyy' : 'yyyy');
}

/**
 * Articles as dots on a date axis, each dot a link to its article named by
 * its outlet, date and headline; articles of one day stack upwards. Drawn
 * as a group of links (not an image), so each is reached by Tab and read
 * by a screen reader; the dots are one shape and colour, the position and
 * the name tell them apart.
 */
export function dateAxis(items: readonly AxisItem[], options: DateAxisOptions): string {
  const width = options.width ?? 720;
  const byDay = new Map<string, AxisItem[]>();
  for (const item of items) byDay.set(item.date, [...(byDay.get(item.date) ?? []), item]);
  const stack = Math.max(1, ...[...byDay.values()].map((day) => day.length));
  const axisY = MARGIN.top + stack * STEP + 4;
  const height = axisY + FONT + 14;
  const days = [...byDay.keys()].sort();
  const first = utcDay(days[0] ?? '2000-01-01');
  const last = utcDay(days.at(-1) ?? '2000-01-01');
  // Room either side, so that a dot is never on the edge and one day still has an axis.
  const pad = Math.max(DAY_MS, (last.getTime() - first.getTime()) * 0.04);
  const x = scaleUtc()
    .domain([new Date(first.getTime() - pad), new Date(last.getTime() + pad)])
    .range([MARGIN.left, width - MARGIN.right]);
  const spanDays = (last.getTime() - first.getTime()) / DAY_MS;
  const ticks = x.ticks(Math.min(6, Math.max(2, Math.round(spanDays) + 1)));
  const tickMarks = ticks.map((tick) =>
    s('g', { class: 'chart-tick' }, [
      s('line', { class: 'chart-axis', x1: round(x(tick)), x2: round(x(tick)), y1: axisY, y2: axisY + 5 }),
      s(
        'text',
        { class: 'chart-text', x: round(x(tick)), y: axisY + FONT + 8, textAnchor: 'middle', fontSize: FONT },
        tickLabel(tick, spanDays),
      ),
    ]),
  );
  const dots = days.flatMap((day) =>
    (byDay.get(day) ?? []).map((item, i) =>
      s('a', { href: item.href, class: 'chart-dot', ariaLabel: item.name }, [
        s('title', item.name),
        s('circle', { cx: round(x(utcDay(day))), cy: axisY - 4 - RADIUS - i * STEP, r: RADIUS }),
      ]),
    ),
  );
  const tree = svgRoot(width, height, { class: 'chart chart--axis', role: 'group', ariaLabel: options.label }, [
    s('line', {
      class: 'chart-axis',
      x1: MARGIN.left,
      x2: width - MARGIN.right,
      y1: axisY,
      y2: axisY,
      ariaHidden: 'true',
    }),
    s('g', { ariaHidden: 'true' }, tickMarks),
    s('g', dots),
  ]);
  return svgMarkup(tree);
}
