/** An axis-aligned box: relative to a shape's centre, or absolute for labels and obstacles. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label to place beside a point, outside the box its shape covers. */
export interface LabelRequest {
  text: string;
  x: number;
  y: number;
  /** The shape's box relative to ⟨x, y⟩; the label goes outside it. */
  shape: Box;
  fontSize: number;
}

/** Where a label went: its text anchor point and alignment, and the box it covers. */
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

/** The width a label's text is taken to have. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHARACTER_WIDTH;
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
  const width = textWidth(request.text, fontSize);
  // SVG text sits on its baseline; a third of the size below the centre lines it up with the shape's middle.
  const middle = y + fontSize / 3;
  const right = x + shape.x1 + GAP;
  const left = x + shape.x0 - GAP;
  const below = y + shape.y1 + GAP + fontSize * 0.8;
  const above = y + shape.y0 - GAP - fontSize * 0.2;
  const row = (baseline: number): Pick<Box, 'y0' | 'y1'> => ({
    y0: baseline - fontSize * 0.8,
    y1: baseline + fontSize * 0.2,
  });
  return [
    { x, y: middle, anchor: 'middle', box: { x0: x - width / 2, x1: x + width / 2, ...row(middle) } },
    { x: right, y: middle, anchor: 'start', box: { x0: right, x1: right + width, ...row(middle) } },
    { x: left, y: middle, anchor: 'end', box: { x0: left - width, x1: left, ...row(middle) } },
    { x, y: below, anchor: 'middle', box: { x0: x - width / 2, x1: x + width / 2, ...row(below) } },
    { x, y: above, anchor: 'middle', box: { x0: x - width / 2, x1: x + width / 2, ...row(above) } },
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
