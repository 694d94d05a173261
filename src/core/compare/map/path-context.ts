import type { GeoContext } from 'd3-geo';

/**
 * A drawing context for d3-geo's `geoPath` that writes SVG path data in whole
 * units, relative after the first point, and drops a point that rounds onto
 * the one before. A world map at page width carries many points closer than a
 * pixel; this halves the bytes of the map against `geoPath().digits(0)`.
 */
export class CompactPathContext implements GeoContext {
  private parts: string[] = [];
  private x = 0;
  private y = 0;

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    this.parts.push(`M${rx},${ry}`);
    [this.x, this.y] = [rx, ry];
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === this.x && ry === this.y) return;
    this.parts.push(`l${rx - this.x},${ry - this.y}`);
    [this.x, this.y] = [rx, ry];
  }

  closePath(): void {
    this.parts.push('z');
  }

  /** d3-geo draws points as arcs; the map has no point geometries. */
  arc(): void {}

  /** The path drawn since the last call, and a fresh start. */
  take(): string {
    const d = this.parts.join('');
    this.parts = [];
    return d;
  }
}
