import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';

/**
 * An `<svg>` of `width` × `height` units that CSS may scale down. Charts
 * carry classes only, never `style` attributes, so the site's strict
 * Content-Security-Policy holds and the stylesheet gives them their light
 * and dark colours.
 */
export function svgRoot(width: number, height: number, properties: Properties, children: ElementContent[]): Element {
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

/** A number for an attribute: two decimals at most, so the markup stays short and the same on every build. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
