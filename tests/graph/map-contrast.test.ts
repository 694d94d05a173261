import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The custom properties of the light `:root` block that sets the map's colours, and of its dark twin. */
function schemes(): { light: Map<string, string>; dark: Map<string, string> } {
  const blocks = [...css.matchAll(/:root\s*\{([^}]*)\}/g)].map((m) => m[1] ?? '');
  const read = (block: string): Map<string, string> =>
    new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1] ?? '', (m[2] ?? '').toLowerCase()]));
  const withMap = blocks.map(read).filter((vars) => vars.has('--map-step-1'));
  const first = blocks.map(read).find((vars) => vars.has('--bg'));
  const firstDark = blocks.map(read).filter((vars) => vars.has('--bg'))[1];
  const [light, dark] = withMap;
  if (!light || !dark || !first || !firstDark) throw new Error('global.css: expected light and dark map colours');
  return { light: new Map([...first, ...light]), dark: new Map([...firstDark, ...dark]) };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe.each(['light', 'dark'] as const)('the map shades in the %s scheme', (scheme) => {
  const vars = schemes()[scheme];
  const steps = [1, 2, 3, 4].map((n) => vars.get(`--map-step-${n}`) ?? '');

  it('each keep 3:1 (WCAG 1.4.11) against the unmentioned land and the page', () => {
    for (const step of steps) {
      expect(contrast(step, vars.get('--map-land') ?? ''), step).toBeGreaterThanOrEqual(3);
      expect(contrast(step, vars.get('--bg') ?? ''), step).toBeGreaterThanOrEqual(3);
    }
  });

  it('step away from the land, each further than the one before', () => {
    const land = vars.get('--map-land') ?? '';
    const distances = steps.map((step) => contrast(step, land));
    for (let i = 1; i < distances.length; i += 1)
      expect(distances[i] ?? 0).toBeGreaterThan((distances[i - 1] ?? 0) * 1.3);
  });
});
