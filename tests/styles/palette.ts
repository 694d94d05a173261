/**
 * The site's colours as theme.css writes them: each custom property set with
 * `light-dark(#light, #dark)`, read per rule, so the tests can check contrast in both schemes.
 */
import { readFileSync } from 'node:fs';

export const THEME_CSS = readFileSync(new URL('../../src/styles/theme.css', import.meta.url), 'utf8');

export type Scheme = 'light' | 'dark';

/** Custom property → hex colour, in one scheme. */
export type Colours = ReadonlyMap<string, string>;

/** The colours set by the rules whose selector contains `selector`, in each scheme. */
export function palette(selector: string): Record<Scheme, Colours> {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const rule of THEME_CSS.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (!(rule[1] ?? '').includes(selector)) continue;
    for (const [, name, a, b] of (rule[2] ?? '').matchAll(
      /(--[\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi,
    )) {
      light.set(name ?? '', (a ?? '').toLowerCase());
      dark.set(name ?? '', (b ?? '').toLowerCase());
    }
  }
  return { light, dark };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The WCAG contrast ratio of two hex colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
