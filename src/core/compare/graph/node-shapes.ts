import { symbol, symbolCircle, symbolDiamond2, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import type { EntityType } from '../../types.ts';
import type { Box } from '../svg/place-labels.ts';

/** A six-armed filled asterisk, for ✱: the arms are a star polygon whose inner points sit at 45% of the outer. */
const asterisk: SymbolType = {
  draw(context, size) {
    const arms = 6;
    const inner = 0.45;
    // The area of a star polygon with n points is n·R·r·sin(π/n).
    const outer = Math.sqrt(size / (arms * inner * Math.sin(Math.PI / arms)));
    for (let i = 0; i < arms * 2; i += 1) {
      const radius = i % 2 === 0 ? outer : outer * inner;
      const angle = (Math.PI * i) / arms - Math.PI / 2;
      const [x, y] = [radius * Math.cos(angle), radius * Math.sin(angle)];
      if (i === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.closePath();
  },
};

/** A chess pawn, for ♟: a round head on a flared body, centred on its bounding box. */
const pawn: SymbolType = {
  draw(context, size) {
    // In units of the figure: the head (radius 0.3) above a trapezoid 0.4 wide at the top, 0.9 at the foot.
    const unitArea = Math.PI * 0.09 + ((0.4 + 0.9) / 2) * 0.75;
    const k = Math.sqrt(size / unitArea);
    // The figure spans -0.75…0.6; shifting it by 0.075 centres it.
    const shift = 0.075;
    context.moveTo(-0.2 * k, (-0.15 + shift) * k);
    context.lineTo(-0.45 * k, (0.6 + shift) * k);
    context.lineTo(0.45 * k, (0.6 + shift) * k);
    context.lineTo(0.2 * k, (-0.15 + shift) * k);
    context.closePath();
    context.moveTo(0.3 * k, (-0.45 + shift) * k);
    context.arc(0, (-0.45 + shift) * k, 0.3 * k, 0, 2 * Math.PI);
    context.closePath();
  },
};

/**
 * The shape of each entity type in the graph, one per glyph of
 * `TYPE_LABELS` (◆ ▲ ■ ● ✱ ♟), so a picture reads like the rest of the site.
 */
export const TYPE_SHAPES: Readonly<Record<EntityType, SymbolType>> = {
  // The square turned on its point (◆), not d3's taller kite.
  country: symbolDiamond2,
  place: symbolTriangle,
  agency: symbolSquare,
  organization: symbolCircle,
  group: asterisk,
  person: pawn,
};

/** The SVG path of a type's shape with the given area (square units), centred on ⟨0,0⟩. */
export function shapePath(type: EntityType, area: number): string {
  return symbol(TYPE_SHAPES[type], area).digits(1)() ?? '';
}

/** The bounding box of a type's shape with the given area, relative to its centre. */
export function shapeBox(type: EntityType, area: number): Box {
  const context = new BoxContext();
  TYPE_SHAPES[type].draw(context, area);
  return context.box;
}

/**
 * A drawing context that only records how far a shape reaches. Curves count
 * by their control points, which bound them, so the box is never too small.
 */
class BoxContext implements CanvasPath {
  box: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };

  private add(x: number, y: number, reach = 0): void {
    this.box = {
      x0: Math.min(this.box.x0, x - reach),
      y0: Math.min(this.box.y0, y - reach),
      x1: Math.max(this.box.x1, x + reach),
      y1: Math.max(this.box.y1, y + reach),
    };
  }
  moveTo(x: number, y: number): void {
    this.add(x, y);
  }
  lineTo(x: number, y: number): void {
    this.add(x, y);
  }
  closePath(): void {}
  arc(x: number, y: number, radius: number): void {
    this.add(x, y, radius);
  }
  arcTo(x1: number, y1: number, x2: number, y2: number): void {
    this.add(x1, y1);
    this.add(x2, y2);
  }
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void {
    this.add(cp1x, cp1y);
    this.add(cp2x, cp2y);
    this.add(x, y);
  }
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void {
    this.add(cpx, cpy);
    this.add(x, y);
  }
  ellipse(x: number, y: number, radiusX: number, radiusY: number): void {
    this.add(x, y, Math.max(radiusX, radiusY));
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.add(x, y);
    this.add(x + w, y + h);
  }
  roundRect(x: number, y: number, w: number, h: number): void {
    this.rect(x, y, w, h);
  }
}
