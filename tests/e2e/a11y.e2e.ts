/**
 * Accessibility of every page type, in the light and the dark colour scheme: axe-core finds no
 * violation of WCAG 2.0, 2.1 or 2.2 at levels A and AA, the first Tab reaches the skip link, and
 * every element that takes focus shows it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { DATA, type PublishedAnalysis, type PublishedEntity } from './site-data.ts';

const site = useSite();

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

/** Most Tab presses in one page before giving up on getting back to the top. */
const MAX_TABS = 600;

interface PageType {
  name: string;
  /** Relative to the site's base. */
  path: (entities: PublishedEntity[], analysis: PublishedAnalysis) => string;
  /** Waits until the page shows what it is for (search results arrive after `load`). */
  ready?: (page: Page) => Promise<void>;
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
  // The file the server answers unknown paths with; loaded directly, as a 404 status is a console error.
  { name: '404', path: () => '404.html' },
];

async function open(page: Page, type: PageType, scheme: (typeof SCHEMES)[number]): Promise<void> {
  const entities = await DATA.entities(site.at('data/entities.json'));
  const analysis = await DATA.analysis(site.at('data/analysis.json'));
  await page.emulateMedia({ colorScheme: scheme });
  const response = await page.goto(site.at(type.path(entities, analysis)), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await type.ready?.(page);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe-core's violations of the WCAG A and AA rules on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(AXE_SOURCE);
  const { violations, passed } = await page.evaluate(async (tags) => {
    type Run = (context: Document, options: object) => Promise<{ violations: unknown[]; passes: unknown[] }>;
    const axe = (window as unknown as { axe: { run: Run } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return { violations: result.violations, passed: result.passes.length };
  }, WCAG_TAGS);
  // Guards against a run that checked nothing (tags that match no rule, a page still empty).
  expect(passed, 'axe rules that passed').toBeGreaterThan(10);
  return (violations as AxeViolation[]).flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? '?'}): ${violation.help} at ${JSON.stringify(node.target)}`,
    ),
  );
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
  it.each(SCHEMES)('has no WCAG A/AA violation in the %s scheme', async (scheme) => {
    const { page } = site;
    await open(page, type, scheme);
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it.each(SCHEMES)('reaches the skip link first and shows focus on every stop in the %s scheme', async (scheme) => {
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
  });
});
