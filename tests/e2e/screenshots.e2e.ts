/**
 * A picture of every page type at a desktop width and at a phone's 360 px, in the light and the dark
 * theme, saved as `docs/screenshots/<page>-<desktop|mobile>-<light|dark>.png` (the README shows three
 * of them; the rest stay out of git). Each file is checked to be a PNG of the viewport's width.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { pageTypes } from './page-types.ts';

const site = useSite();

const SCREENSHOTS_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 360, height: 740 },
} as const;
const SCHEMES = ['light', 'dark'] as const;

/** Width and height from a PNG's header (the IHDR chunk follows the 8-byte signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(pageTypes())('$name', (type) => {
  it('is pictured at both widths in both themes', async () => {
    const { page } = site;
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      for (const scheme of SCHEMES) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.at(type.path), { waitUntil: 'load' });
        await type.ready?.(page);
        expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe(scheme);
        const file = path.join(SCREENSHOTS_DIR, `${type.name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        expect(pngSize(file)).toEqual(viewport);
      }
    }
  });
});
