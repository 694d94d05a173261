/**
 * Light and dark: the system setting decides until the reader presses the header's theme button (a
 * real, labelled toggle that works from the keyboard); the choice persists across pages and reloads
 * and is in place before the first paint, so the other theme never flashes. Article and entity pages
 * still load no script beyond the one every page has.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { pageTypes } from './page-types.ts';

const site = useSite();

/** The background of the page in each theme (theme.css, `--bg`), as the browser computes it. */
const BACKGROUND = { light: 'rgb(253, 252, 249)', dark: 'rgb(20, 20, 20)' } as const;

interface ThemeState {
  theme: string | null;
  background: string;
  pressed: string | null;
  stored: string | null;
}

/** What the page shows in `theme`, the button's state with it, and the stored choice. */
function showing(theme: 'light' | 'dark', stored: string | null): ThemeState {
  return { theme, background: BACKGROUND[theme], pressed: String(theme === 'dark'), stored };
}

async function themeState(page: Page): Promise<ThemeState> {
  return page.evaluate(() => ({
    theme: document.documentElement.getAttribute('data-theme'),
    background: getComputedStyle(document.documentElement).backgroundColor,
    pressed: document.querySelector('[data-theme-toggle]')?.getAttribute('aria-pressed') ?? null,
    stored: localStorage.getItem('theme'),
  }));
}

/**
 * Records, in the page, the theme and background at the first animation frame (which the browser
 * runs just before it paints the first time) and at DOMContentLoaded.
 */
async function watchFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = (): { theme: string | null; background: string } => ({
      theme: document.documentElement.getAttribute('data-theme'),
      background: getComputedStyle(document.documentElement).backgroundColor,
    });
    const seen = window as unknown as Record<string, unknown>;
    requestAnimationFrame(() => {
      seen['firstFrame'] = record();
    });
    document.addEventListener('DOMContentLoaded', () => {
      seen['contentLoaded'] = record();
    });
  });
}

async function firstPaint(page: Page): Promise<{ firstFrame: unknown; contentLoaded: unknown }> {
  await page.waitForFunction(() => 'firstFrame' in window && 'contentLoaded' in window);
  return page.evaluate(() => {
    const seen = window as unknown as Record<string, unknown>;
    return { firstFrame: seen['firstFrame'], contentLoaded: seen['contentLoaded'] };
  });
}

describe('without a stored choice', () => {
  it.each(['light', 'dark'] as const)('follows the system setting (%s), and the button shows it', async (scheme) => {
    const { page } = site;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site.url);
    expect(await themeState(page)).toEqual(showing(scheme, null));
    // A change of the system setting while the page is open is followed too.
    const other = scheme === 'dark' ? 'light' : 'dark';
    await page.emulateMedia({ colorScheme: other });
    await expect.poll(() => themeState(page)).toMatchObject({ theme: other, background: BACKGROUND[other] });
  });
});

describe('the theme button', () => {
  it('is a labelled toggle button that the keyboard reaches and presses', async () => {
    const { page } = site;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(site.url);
    const button = page.getByRole('button', { name: 'Dark theme' });
    expect(await button.count()).toBe(1);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await button.evaluate((element) => element.tagName)).toBe('BUTTON');

    // Tab from the top of the page until the button has focus.
    for (let tabs = 0; tabs < 40; tabs += 1) {
      await page.keyboard.press('Tab');
      if (await button.evaluate((element) => element === document.activeElement)) break;
    }
    expect(await button.evaluate((element) => element === document.activeElement), 'Tab reaches the button').toBe(true);
    await page.keyboard.press('Enter');
    expect(await themeState(page)).toEqual(showing('dark', 'dark'));
    await page.keyboard.press('Space');
    expect(await themeState(page)).toEqual(showing('light', 'light'));
  });

  it('keeps the choice against the system setting across pages and reloads', async () => {
    const { page } = site;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site.url);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await themeState(page)).toMatchObject({ theme: 'light', stored: 'light', pressed: 'false' });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Entities' }).click();
    await page.waitForURL(/\/entities\/$/);
    expect(await themeState(page)).toEqual(showing('light', 'light'));
    await page.reload();
    expect(await themeState(page)).toMatchObject({ theme: 'light', background: BACKGROUND.light });
    // The system setting changing does not override a choice.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await themeState(page)).toMatchObject({ theme: 'light', background: BACKGROUND.light });
  });
});

describe('no flash', () => {
  it('paints every page type in the stored theme from the first frame', async () => {
    const { page } = site;
    const types = pageTypes();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(site.url);
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await watchFirstPaint(page);
    const flashes: string[] = [];
    for (const type of types) {
      await page.goto(site.at(type.path));
      const seen = await firstPaint(page);
      const want = { theme: 'dark', background: BACKGROUND.dark };
      if (JSON.stringify(seen) !== JSON.stringify({ firstFrame: want, contentLoaded: want })) {
        flashes.push(`${type.name}: ${JSON.stringify(seen)}`);
      }
    }
    expect(flashes).toEqual([]);
  });
});

describe('script before interaction', () => {
  it.each(['article', 'entity'])(
    'the %s page runs only the theme bootstrap inline and loads one script',
    async (name) => {
      const { page } = site;
      const type = pageTypes().find((candidate) => candidate.name === name);
      if (type === undefined) throw new Error(`no ${name} page in the build`);
      const requested: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') requested.push(request.url());
      });
      await page.goto(site.at(type.path));
      await page.waitForLoadState('networkidle');
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
          .map((script) => script.textContent),
      );
      expect(inline).toHaveLength(1);
      expect(inline[0]).toMatch(/^try\{var t=localStorage\.getItem\("theme"\)\}/);
      expect(inline[0]?.length, 'the bootstrap stays a few hundred bytes').toBeLessThan(300);
      expect(requested.length, `scripts loaded: ${requested.join(', ')}`).toBeLessThanOrEqual(1);
    },
  );
});
