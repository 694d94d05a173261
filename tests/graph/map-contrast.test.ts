import { describe, expect, it } from 'vitest';
import { contrast, palette } from '../styles/palette.ts';

describe.each(['light', 'dark'] as const)('the map shades in the %s scheme', (scheme) => {
  const vars = palette(':root')[scheme];
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
