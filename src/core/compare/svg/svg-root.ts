import type { Element, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';

/** An `<svg>` of `width` × `height` units, drawn at that size unless CSS scales it down. */
export function svgRoot(width: number, height: number, properties: Properties, children: Element[]): Element {
  return s(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, ...properties },
    children,
  );
}

/** A tree as SVG markup; hast-util-to-html escapes every text and attribute value. */
export function svgMarkup(tree: Element): string {
  return toHtml(tree, { space: 'svg' });
}

/** A small square picture for a legend: decorative, as the legend says in words what it shows. */
export function keySvg(size: number, properties: Properties, child: Element): string {
  return svgMarkup(svgRoot(size, size, { ...properties, ariaHidden: 'true' }, [child]));
}
