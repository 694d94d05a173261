/**
 * AA contrast (WCAG 1.4.3, 1.4.11) of theme.css's colours in both schemes: text, muted text, links and
 * focus rings on the page and on the surface, marked words on their highlight, and each entity type's
 * colour on the page and on its own tint. axe checks the rendered pages too (tests/e2e/a11y.e2e.ts);
 * this names the pair that breaks.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/core/types.ts';
import { contrast, palette, type Scheme } from './palette.ts';

const TEXT = 4.5;
const GRAPHIC = 3;

describe.each(['light', 'dark'] as const satisfies Scheme[])('the %s scheme', (scheme) => {
  const root = palette(':root')[scheme];
  const colour = (name: string): string => {
    const value = root.get(name);
    if (value === undefined) throw new Error(`theme.css sets no ${name} in the ${scheme} scheme`);
    return value;
  };

  it.each([
    ['--text', '--bg', TEXT],
    ['--text', '--surface', TEXT],
    ['--muted', '--bg', TEXT],
    ['--muted', '--surface', TEXT],
    ['--link', '--bg', TEXT],
    ['--link', '--surface', TEXT],
    ['--mark-text', '--mark-bg', TEXT],
    ['--focus', '--bg', GRAPHIC],
    ['--focus', '--surface', GRAPHIC],
  ] as const)('%s on %s reaches %d:1', (fore, back, ratio) => {
    expect(contrast(colour(fore), colour(back))).toBeGreaterThanOrEqual(ratio);
  });

  it.each(ENTITY_TYPES)('the %s colour reads on the page and on its tint', (type) => {
    const own = palette(`[data-type='${type}']`)[scheme];
    const typeColour = own.get('--type-color') ?? '';
    const tint = own.get('--type-tint') ?? '';
    expect(contrast(typeColour, colour('--bg'))).toBeGreaterThanOrEqual(TEXT);
    expect(contrast(typeColour, tint)).toBeGreaterThanOrEqual(TEXT);
    // The marked words are the page's text on the tint.
    expect(contrast(colour('--text'), tint)).toBeGreaterThanOrEqual(TEXT);
  });
});
