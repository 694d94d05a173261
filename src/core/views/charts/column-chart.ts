import { scaleBand, scaleLinear } from 'd3-scale';
import { s } from 'hastscript';
import { countLabel } from '../type-labels.ts';
import { round, svgMarkup, svgRoot } from './svg.ts';

/** One column: its full label (for its tooltip), its axis label, and its count. */
export interface Column {
  label: string;
  short: string;
  count: number;
}

export interface ColumnChartOptions {
  /** The chart's accessible name: what it shows and that a table beside it gives the numbers. */
  label: string;
  /** What a count counts, singular and plural: ["mention", "mentions"]. */
  unit: readonly [string, string];
  width?: number;
  height?: number;
}

const MARGIN = { top: 12, right: 8, bottom: 30, left: 40 };
/** At most this many labels on the time axis; the others are every k-th column. */
const AXIS_LABELS = 6;
const FONT = 12;

/**
 * Counts over time as columns, with a count axis and a time axis. A
 * picture only (`role="img"`, named by `label`): each column's `<title>`
 * gives its count on hover, and the page puts the same numbers in a table.
 */
export function columnChart(columns: readonly Column[], options: ColumnChartOptions): string {
  const width = options.width ?? 560;
  const height = options.height ?? 180;
  const [one, many] = options.unit;
  const x = scaleBand<number>()
    .domain(columns.map((_, i) => i))
    .range([MARGIN.left, width - MARGIN.right])
    .paddingInner(columns.length > 30 ? 0.1 : 0.2)
    .paddingOuter(0.1);
  const max = Math.max(1, ...columns.map((c) => c.count));
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(4).filter(Number.isInteger);
  const every = Math.max(1, Math.ceil(columns.length / AXIS_LABELS));
  const baseline = y(0);

  const grid = ticks.map((tick) =>
    s('g', { class: 'chart-tick' }, [
      s('line', {
        class: 'chart-grid',
        x1: MARGIN.left,
        x2: width - MARGIN.right,
        y1: round(y(tick)),
        y2: round(y(tick)),
      }),
      s(
        'text',
        { class: 'chart-text', x: MARGIN.left - 6, y: round(y(tick) + FONT / 3), textAnchor: 'end', fontSize: FONT },
        String(tick),
      ),
    ]),
  );
  const bars = columns.flatMap((column, i) => {
    const left = x(i) ?? 0;
    const top = y(column.count);
    const title = `${column.label}: ${countLabel(column.count, one, many)}`;
    return column.count === 0
      ? []
      : [
          s(
            'rect',
            {
              class: 'chart-bar',
              x: round(left),
              y: round(top),
              width: round(x.bandwidth()),
              height: round(baseline - top),
            },
            [s('title', title)],
          ),
        ];
  });
  const labels = columns.flatMap((column, i) =>
    i % every === 0
      ? [
          s(
            'text',
            {
              class: 'chart-text',
              x: round((x(i) ?? 0) + x.bandwidth() / 2),
              y: height - MARGIN.bottom + FONT + 6,
              textAnchor: columns.length === 1 ? 'middle' : i === 0 ? 'start' : 'middle',
              fontSize: FONT,
            },
            column.short,
          ),
        ]
      : [],
  );
  const tree = svgRoot(width, height, { class: 'chart chart--columns', role: 'img', ariaLabel: options.label }, [
    s('g', grid),
    s('line', {
      class: 'chart-axis',
      x1: MARGIN.left,
      x2: width - MARGIN.right,
      y1: round(baseline),
      y2: round(baseline),
    }),
    s('g', bars),
    s('g', labels),
  ]);
  return svgMarkup(tree);
}
