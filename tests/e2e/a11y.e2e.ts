/**
 * Accessibility of every page type, in the light and the dark colour scheme (each from the system
 * setting and chosen with the theme button): axe-core finds no violation of WCAG 2.0, 2.1 or 2.2 at
 * levels A and AA, the first Tab reaches the skip link, and
 * every element that takes focus shows it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCHEMES, axeViolations } from './axe.ts';
import { listPaths } from '../../src/core/publish/list-paths.ts';
import { useSite } from './harness.ts';
import { DATA, type PublishedAnalysis, type PublishedEntity } from './site-data.ts';

const site = useSite();

type Scheme = (typeof SCHEMES)[number];

/** Each theme as the system setting gives it, and as the header's theme button chooses it against the system. */
const THEMES = [
  ...SCHEMES.map((scheme) => ({ name: scheme, system: scheme, press: false })),
  { name: 'dark (chosen with the theme button)', system: 'light', press: true },
  { name: 'light (chosen with the theme button)', system: 'dark', press: true },
] as const satisfies readonly { name: string; system: Scheme; press: boolean }[];

/**
 * The page types also checked in the themes the button chooses. Both themes are the same `light-dark()`
 * pairs whoever picks them, so the system-set runs cover the colours of every page type; these check that
 * the button's choice reaches them, on a page with marks and one without (CI time).
 */
const TOGGLED_ON = new Set(['home', 'article']);

/** The lists' addresses relative to the base, as `site.at` takes them. */
const LISTS = listPaths('');

/** Most Tab presses in one page before giving up on getting back to the top. */
const MAX_TABS = 600;

interface PageType {
  name: string;
  /** Relative to the site's base. */
  path: (entities: PublishedEntity[], analysis: PublishedAnalysis) => string;
  /** Waits until the page shows what it is for (search results arrive after `load`). */
  ready?: (page: Page) => Promise<void>;
  /**
   * A state the reader's own click makes (`ready` makes it), checked by axe only: focus is then on
   * the control clicked, so the walk of Tab stops from the top of the page does not apply.
   */
  clicked?: boolean;
}

/** The entity with the most mentions: on every page type, and a query that surely finds results. */
const top = (entities: PublishedEntity[]): PublishedEntity => {
  const sorted = [...entities].sort((a, b) => b.mentions - a.mentions);
  if (sorted[0] === undefined) throw new Error('data/entities.json is empty');
  return sorted[0];
};

/** The speaker of the most widely carried quote: an entity page with its quotes listed. */
const quoted = (analysis: PublishedAnalysis): string => {
  const speakers = [...analysis.quotes]
    .sort((a, b) => b.occurrences.length - a.occurrences.length)
    .flatMap((q) => q.speaker ?? []);
  if (speakers[0] === undefined) throw new Error('data/analysis.json has no quote with a speaker');
  return speakers[0];
};

const PAGE_TYPES: PageType[] = [
  { name: 'home', path: () => '' },
  { name: 'article', path: (entities) => `articles/${top(entities).articles[0] ?? ''}/` },
  { name: 'entities index', path: () => 'entities/' },
  { name: 'entity', path: (entities) => `entities/${top(entities).id}/` },
  { name: 'article list', path: () => LISTS.articleList(undefined, 'newest', 1) },
  { name: 'article list, oldest first', path: () => LISTS.articleList(undefined, 'oldest', 1) },
  { name: 'entity list, one type, by name', path: (entities) => LISTS.entityList(top(entities).type, 'name', 1) },
  {
    // The list view the script puts in place of the index's, with its status line saying the count.
    name: 'entity list, filtered in place from the index',
    path: () => 'entities/',
    clicked: true,
    ready: async (page) => {
      await page.locator('nav.list-filters a[data-filter]:not([data-filter=""])').first().click();
      await page.waitForURL((url) => url.pathname.includes('/by-mentions/'));
      await page.locator('[data-list-status]:not(:empty)').waitFor({ state: 'attached' });
    },
  },
  { name: 'graph and map', path: () => 'graph/' },
  { name: 'numbers and claims', path: () => 'claims/' },
  {
    name: 'search with results',
    path: (entities) => `search/?q=${encodeURIComponent(top(entities).name)}`,
    ready: async (page) => {
      await page.locator('main mark').first().waitFor({ state: 'visible' });
    },
  },
  { name: 'timeline', path: () => 'timeline/' },
  { name: 'quotes', path: () => 'quotes/' },
  { name: 'entity with quotes', path: (_, analysis) => `entities/${quoted(analysis)}/` },
  { name: 'compare', path: () => 'compare/' },
  // The file the server answers unknown paths with; loaded directly, as a 404 status is a console error.
  { name: '404', path: () => '404.html' },
];

async function open(page: Page, type: PageType, scheme: Scheme, press = false): Promise<void> {
  const entities = await DATA.entities(site.at('data/entities.json'));
  const analysis = await DATA.analysis(site.at('data/analysis.json'));
  await page.emulateMedia({ colorScheme: scheme });
  const response = await page.goto(site.at(type.path(entities, analysis)), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await type.ready?.(page);
  if (press) {
    await page.getByRole('button', { name: 'Dark theme' }).click();
    const chosen = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
    expect(chosen, 'the theme the button chose').toBe(scheme === 'dark' ? 'light' : 'dark');
  }
}

/** The focused element: a description, and whether it shows an outline or a box shadow. */
async function focusState(page: Page): Promise<{ element: string; visible: boolean; top: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return { element: 'body', visible: true, top: true };
    const style = getComputedStyle(element);
    const transparent = (colour: string): boolean => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const href = element.getAttribute('href');
    return {
      element: `<${element.tagName.toLowerCase()}${href === null ? '' : ` href="${href}"`}> ${text}`,
      visible: outline || shadow,
      top: false,
    };
  });
}

describe.each(PAGE_TYPES)('$name', (type) => {
  const themes = THEMES.filter((theme) => !theme.press || TOGGLED_ON.has(type.name));
  it.each(themes)('has no WCAG A/AA violation in the $name scheme', async ({ system, press }) => {
    const { page } = site;
    await open(page, type, system, press);
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it.skipIf(type.clicked === true).each(SCHEMES)(
    'reaches the skip link first and shows focus on every stop in the %s scheme',
    async (scheme) => {
      const { page } = site;
      await open(page, type, scheme);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const element = document.activeElement;
        const href = element?.getAttribute('href') ?? '';
        return {
          tag: element?.tagName.toLowerCase(),
          text: element?.textContent.trim() ?? '',
          target: href.startsWith('#') && document.getElementById(href.slice(1)) !== null,
        };
      });
      expect(skip.tag, 'the first Tab stop').toBe('a');
      expect(skip.text).toMatch(/skip/i);
      expect(skip.target, 'the skip link points at an element of the page').toBe(true);

      const hidden: string[] = [];
      let stops = 0;
      for (let state = await focusState(page); !state.top; state = await focusState(page)) {
        if (!state.visible) hidden.push(state.element);
        stops += 1;
        if (stops > MAX_TABS) throw new Error(`more than ${MAX_TABS} Tab stops`);
        await page.keyboard.press('Tab');
      }
      // Every link, button and field the reader can see was reached, not just the first few.
      const focusable = await page.evaluate(
        () =>
          [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter(
            (element) =>
              element.getAttribute('tabindex') !== '-1' &&
              !element.matches(':disabled') &&
              element.getClientRects().length > 0,
          ).length,
      );
      expect(stops, 'Tab stops, against the focusable elements on the page').toBeGreaterThanOrEqual(focusable);
      console.info(`${type.name} (${scheme}): ${stops} Tab stops`);
      expect(hidden, 'focused elements without a visible focus indicator').toEqual([]);
    },
  );
});
