/** An axis-aligned box: relative to a shape's centre, or absolute for labels and obstacles. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label to place beside a point, outside the box its shape covers. */
export interface LabelRequest {
  /** One or more lines, drawn one under the other. */
  lines: readonly string[];
  x: number;
  y: number;
  /** The shape's box relative to ⟨x, y⟩; the label goes outside it. */
  shape: Box;
  fontSize: number;
}

/** Where a label went: the anchor point of its first line's baseline, its alignment, and the box it covers. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/**
 * Roughly the advance of an average character of a sans-serif face, in ems.
 * The true width depends on the reader's font; erring wide keeps labels apart.
 */
const CHARACTER_WIDTH = 0.62;
/** Space between a shape and its label. */
const GAP = 2;
/** Baseline to baseline, in ems. */
export const LINE_HEIGHT = 1.15;
/** The part of a line above its baseline, in ems. */
const ASCENT = 0.8;

/** The width a line of text is taken to have. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHARACTER_WIDTH;
}

/**
 * A long name in two lines, broken at the space nearest its middle, so a
 * label never has to be cut short (its words must stay those of the link's
 * name). A name with no space, or short enough, stays on one line.
 */
export function wrapLabel(text: string, maxLine: number): string[] {
  if ([...text].length <= maxLine) return [text];
  const middle = text.length / 2;
  let best = -1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x0 >= bounds.x0 && box.y0 >= bounds.y0 && box.x1 <= bounds.x1 && box.y1 <= bounds.y1;
}

/**
 * On the point itself (where no obstacle covers it, as on a country's area),
 * then right of the shape, left, below, above: the places a reader looks for
 * a name, in that order.
 */
function candidates(request: LabelRequest): PlacedLabel[] {
  const { x, y, shape, fontSize } = request;
  const width = Math.max(...request.lines.map((line) => textWidth(line, fontSize)));
  const height = fontSize * (LINE_HEIGHT * (request.lines.length - 1) + 1);
  // A block whose top is at `top`, its first baseline an ascent below.
  const at = (px: number, top: number, anchor: PlacedLabel['anchor']): PlacedLabel => {
    const x0 = anchor === 'start' ? px : anchor === 'end' ? px - width : px - width / 2;
    return { x: px, y: top + fontSize * ASCENT, anchor, box: { x0, y0: top, x1: x0 + width, y1: top + height } };
  };
  const centred = y - height / 2;
  return [
    at(x, centred, 'middle'),
    at(x + shape.x1 + GAP, centred, 'start'),
    at(x + shape.x0 - GAP, centred, 'end'),
    at(x, y + shape.y1 + GAP, 'middle'),
    at(x, y + shape.y0 - GAP - height, 'middle'),
  ];
}

/**
 * Places labels greedily in the order given (most important first): each
 * takes the first of its candidate places that overlaps no placed label, no
 * obstacle, and stays within `bounds` when given; a label with no such place
 * is left out (undefined), never drawn over another.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds?: Box,
): (PlacedLabel | undefined)[] {
  const taken: Box[] = [];
  return requests.map((request) => {
    const place = candidates(request).find(
      (c) =>
        (bounds === undefined || inside(c.box, bounds)) &&
        !taken.some((box) => overlaps(box, c.box)) &&
        !obstacles.some((box) => overlaps(box, c.box)),
    );
    if (place) taken.push(place.box);
    return place;
  });
}
