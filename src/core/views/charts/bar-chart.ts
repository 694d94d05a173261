import { scaleLinear } from 'd3-scale';
import { s } from 'hastscript';
import { shortText } from '../short-text.ts';
import { countLabel } from '../type-labels.ts';
import { round, svgMarkup, svgRoot } from './svg.ts';

/** One bar: what it stands for and its count. */
export interface Bar {
  label: string;
  count: number;
}

export interface BarChartOptions {
  /** The chart's accessible name. */
  label: string;
  /** What a count counts, singular and plural. */
  unit: readonly [string, string];
  width?: number;
}

const ROW = 34;
const FONT = 12;
const BAR = 12;
/** Room at the right of the longest bar for its count. */
const COUNT_ROOM = 48;
/** A longer name is cut (its whole name is in the title and the table). */
const LABEL_CHARACTERS = 48;

/**
 * Counts side by side as horizontal bars, one row each: the name above its
 * bar, the count at the bar's end, so no bar is told apart by colour. A
 * picture (`role="img"`); the page gives the same numbers in a table.
 */
export function barChart(bars: readonly Bar[], options: BarChartOptions): string {
  const width = options.width ?? 360;
  const height = Math.max(ROW, bars.length * ROW) + 4;
  const [one, many] = options.unit;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - COUNT_ROOM]);
  const rows = bars.map((bar, i) => {
    const top = i * ROW + 2;
    const length = Math.max(1, x(bar.count));
    return s('g', { class: 'chart-row' }, [
      s('title', `${bar.label}: ${countLabel(bar.count, one, many)}`),
      s('text', { class: 'chart-text', x: 0, y: top + FONT, fontSize: FONT }, shortText(bar.label, LABEL_CHARACTERS)),
      s('rect', { class: 'chart-bar', x: 0, y: top + FONT + 4, width: round(length), height: BAR }),
      s(
        'text',
        { class: 'chart-text', x: round(length + 4), y: top + FONT + 4 + BAR - 2, fontSize: FONT },
        String(bar.count),
      ),
    ]);
  });
  return svgMarkup(svgRoot(width, height, { class: 'chart chart--bars', role: 'img', ariaLabel: options.label }, rows));
}
