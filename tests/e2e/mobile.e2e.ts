/**
 * A phone's width (360 CSS px): no page scrolls sideways, every control is at least 24 × 24 px
 * (WCAG 2.5.8: axe's target-size rule, which knows the rule's exceptions for links inside a sentence,
 * and a direct measure of the buttons, fields, disclosures and navigation links), and the article's
 * entity panel is folded behind a <details> disclosure that opens by mouse, keyboard and without
 * JavaScript, and shows open on a wide screen.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, watchForProblems } from './harness.ts';
import { pageTypes } from './page-types.ts';

const site = useSite();

const PHONE = { width: 360, height: 740 };
const MIN_TARGET = 24;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openAt(page: Page, relative: string, ready?: (page: Page) => Promise<void>): Promise<void> {
  await page.setViewportSize(PHONE);
  const response = await page.goto(site.at(relative), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await ready?.(page);
}

/** Controls smaller than 24 px either way; links inside running text are left to axe's rule. */
async function smallControls(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll(
      'button, input:not([type="hidden"]), select, textarea, summary, nav a[href], header a[href], .theme-toggle',
    );
    return [...controls]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(
        ({ element, box }) =>
          `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, MIN_TARGET);
}

describe('at 360 px wide', () => {
  const types = pageTypes();

  it('finds the page types of the build', () => {
    expect(types.map((type) => type.name)).toEqual(expect.arrayContaining(['home', 'article', 'entity', 'search']));
  });

  it.each(types.map((type) => [type.name, type] as const))(
    '%s: no sideways scroll, targets of 24 px',
    async (_, type) => {
      const { page } = site;
      await openAt(page, type.path, type.ready);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        // What sticks out, to say where to look when the page is too wide.
        wide: [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 5)
          .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`),
      }));
      expect(widths.client).toBe(PHONE.width);
      expect(widths.scroll, `wider than the screen: ${widths.wide.join(', ')}`).toBeLessThanOrEqual(widths.client);
      expect(await smallControls(page)).toEqual([]);

      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        type Run = (context: Document, options: object) => Promise<{ violations: { nodes: { target: unknown }[] }[] }>;
        const axe = (window as unknown as { axe: { run: Run } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'rule', values: ['target-size'] } });
        return result.violations.flatMap((violation) => violation.nodes.map((node) => JSON.stringify(node.target)));
      });
      expect(violations, 'axe target-size (WCAG 2.5.8)').toEqual([]);
    },
  );
});

describe("the article's entity panel", () => {
  const articlePath = (): string => {
    const article = pageTypes().find((type) => type.name === 'article');
    if (article === undefined) throw new Error('no article in the build');
    return article.path;
  };
  const panelLinks = (page: Page) => page.locator('.side-panel .entity-list a');

  it('is folded on a phone, and opens and closes by mouse and keyboard', async () => {
    const { page } = site;
    await openAt(page, articlePath());
    const summary = page.locator('.side-panel details > summary');
    expect(await summary.count()).toBe(1);
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toMatch(/Show the \d+ entit(y|ies)/);
    expect(await panelLinks(page).first().isVisible()).toBe(false);

    await summary.click();
    expect(await panelLinks(page).first().isVisible()).toBe(true);
    expect(await page.locator('.side-panel details').getAttribute('open')).not.toBeNull();

    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await panelLinks(page).first().isVisible()).toBe(false);
    await page.keyboard.press('Space');
    expect(await panelLinks(page).first().isVisible()).toBe(true);
  });

  it('opens without JavaScript', async () => {
    const browser: Browser | null = site.page.context().browser();
    if (browser === null) throw new Error('no browser');
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      watchForProblems(page, problems);
      await page.goto(site.at(articlePath()));
      expect(await panelLinks(page).first().isVisible()).toBe(false);
      await page.locator('.side-panel details > summary').click();
      expect(await panelLinks(page).first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('shows open beside the article on a wide screen, with no disclosure to press', async () => {
    const { page } = site;
    await page.goto(site.at(articlePath()));
    expect(await page.locator('.side-panel details > summary').isVisible()).toBe(false);
    expect(await panelLinks(page).first().isVisible()).toBe(true);
    expect(await panelLinks(page).count()).toBeGreaterThan(0);
  });
});
