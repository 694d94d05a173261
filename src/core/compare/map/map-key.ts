import { s } from 'hastscript';
import { keySvg } from '../svg/svg-root.ts';
import type { ShadeStep } from './shade-steps.ts';

/** A swatch of one shade, for the map's legend. */
export function shadeKeySvg(step: ShadeStep, size = 16): string {
  return keySvg(
    size,
    { class: 'shade-key' },
    s('rect', { class: `map-country map-step-${step}`, x: 1, y: 1, width: size - 2, height: size - 2 }),
  );
}
