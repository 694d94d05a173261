/**
 * Entity previews on article pages, in Chromium against the built site: a card with the entity's
 * name, type, description, counts and co-mentioned entities appears on hover, on keyboard focus
 * (↓ enters it, Escape closes it) and on a first tap (a second tap follows the link); opening it
 * moves no text; no script and no preview data load before the reader interacts; axe finds nothing
 * with a card open, light and dark; without JavaScript a mark is a plain link. Works at `/` and
 * under a base path.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { publishedPreview } from '../../src/core/publish/schemas/preview.ts';
import { axeViolations } from './axe.ts';
import { BASE_PATH, useSite, watchForProblems } from './harness.ts';
import { DATA, entityIdOf, fetchData, type PublishedEntity } from './site-data.ts';

const site = useSite();
const CARD = '#entity-preview';

/** A described entity named with others (a person whose role the text gives, or one the knowledge file knows). */
async function subject(): Promise<PublishedEntity> {
  const entities = await DATA.entities(site.at('data/entities.json'));
  const described = entities.filter((e) => e.description !== undefined && e.articles.length > 0);
  const person = described.find((e) => e.type === 'person') ?? described[0];
  if (person === undefined) throw new Error('no entity in data/entities.json has a description');
  return person;
}

const markOf = (page: Page, entity: PublishedEntity) =>
  page.locator(`main a.mention[data-entity="${entity.id}"]`).first();

/** Every paragraph's box in the article body: what must not move when a card opens. */
const layout = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main p, main h1, main h2, main li')].map((element) => {
      const box = element.getBoundingClientRect();
      return [box.x, box.y + window.scrollY, box.width, box.height].map(Math.round).join(',');
    }),
  );

/** Requests of scripts and preview data made by `page` from now on. */
function watchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/data/previews/')) seen.push(request.url());
  });
  return seen;
}

async function expectCardFor(page: Page, entity: PublishedEntity): Promise<void> {
  const card = page.locator(CARD);
  await card.waitFor({ state: 'visible' });
  const preview = await fetchData(site.at(`data/previews/${entity.id}.json`), publishedPreview);
  await expect(card.locator('.entity-preview__name').innerText()).resolves.toBe(entity.name);
  await expect(card.locator('.type-label').innerText()).resolves.toContain(entity.type);
  await expect(card.getAttribute('data-type')).resolves.toBe(entity.type);
  await expect(card.locator('.entity-preview__description').innerText()).resolves.toBe(entity.description);
  const counts = await card.locator('.entity-preview__counts').innerText();
  expect(counts).toMatch(new RegExp(`^${entity.mentions} mentions? in ${entity.articles.length} articles?$`));
  const together = await card
    .locator('.entity-preview__together a')
    .evaluateAll((links) => links.map((link) => [link.textContent.replace(/^\W+/u, ''), link.getAttribute('href')]));
  expect(together).toEqual(preview.together.map((other) => [other.name, other.url]));
  for (const [, href] of together) expect(href?.startsWith(`${BASE_PATH}entities/`)).toBe(true);
  await expect(card.evaluate((element) => getComputedStyle(element).position)).resolves.toBe('absolute');
}

describe('entity previews', () => {
  it('loads no script beyond the key listener and no preview data until a mark is pointed at', async () => {
    const { page } = site;
    const entity = await subject();
    const requests = watchRequests(page);
    await page.goto(site.at(`articles/${entity.articles[0] ?? ''}/`));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.endsWith('.js')).length, requests.join(', ')).toBe(1);
    expect(requests.filter((url) => url.includes('/data/previews/'))).toEqual([]);
    await expect(page.locator(CARD).count()).resolves.toBe(0);

    const mark = markOf(page, entity);
    await mark.scrollIntoViewIfNeeded();
    const before = await layout(page);
    await mark.hover();
    await expectCardFor(page, entity);
    expect(await layout(page), 'text moved when the card opened').toEqual(before);
    expect(requests.some((url) => /\/_astro\/preview-card\.[\w-]+\.js$/.test(url))).toBe(true);
    expect(requests.filter((url) => url.includes('/data/previews/'))).toEqual([
      new URL(`data/previews/${entity.id}.json`, site.url).href,
    ]);
    for (const url of requests) expect(new URL(url).origin).toBe(new URL(site.url).origin);

    // The pointer can cross into the card and use it; leaving both closes it.
    await page.locator(`${CARD} .entity-preview__name`).hover();
    await page.waitForTimeout(500);
    await expect(page.locator(CARD).isVisible()).resolves.toBe(true);
    await page.mouse.move(1, 1);
    await page.locator(CARD).waitFor({ state: 'detached' });
  });

  it('opens on keyboard focus, enters with ↓, closes with Escape, and Tab goes on from mark to mark', async () => {
    const { page } = site;
    const entity = await subject();
    await page.goto(site.at(`articles/${entity.articles[0] ?? ''}/`));
    let focused = '';
    for (let tabs = 0; tabs < 80 && !focused.startsWith('mention'); tabs++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused, 'Tab reaches an entity mark').toMatch(/^mention/);
    const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset['entity'] ?? '');
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    await expect(card.getAttribute('data-entity')).resolves.toBe(id);
    await expect(card.locator('.entity-preview__keys').innerText()).resolves.toMatch(/Esc/);
    const describedBy = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby') ?? '');
    await expect(page.locator(`[id="${describedBy}"]`).innerText()).resolves.toMatch(/\d+ mentions? in \d+ articles?/);

    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.closest('#entity-preview') !== null)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset['entity'])).resolves.toBe(id);

    // Tab skips the card's links: the next stop is the next mark (or whatever follows the marks), never the card.
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => document.activeElement?.closest('#entity-preview') === null)).resolves.toBe(true);
  });

  it('shows the card on a first tap and follows the link on the second, inside a 360 px viewport', async () => {
    const browser = site.page.context().browser();
    if (browser === null) throw new Error('no browser');
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      watchForProblems(page, problems);
      const entity = await subject();
      const article = site.at(`articles/${entity.articles[0] ?? ''}/`);
      await page.goto(article);
      const mark = markOf(page, entity);
      await mark.scrollIntoViewIfNeeded();
      await mark.tap();
      await expectCardFor(page, entity);
      expect(page.url()).toBe(article);
      // The page's own width at 360 px is the mobile layout's concern; the card must fit inside the viewport.
      const box = await page.locator(CARD).evaluate((card) => {
        const rect = card.getBoundingClientRect();
        return { left: rect.left, right: rect.right, width: document.documentElement.clientWidth };
      });
      expect(box.left, 'the card starts inside the viewport').toBeGreaterThanOrEqual(0);
      expect(box.right, 'the card ends inside the viewport').toBeLessThanOrEqual(box.width);
      await mark.tap();
      await page.waitForURL((url) => entityIdOf(url.href) === entity.id);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'has no WCAG A/AA violation with a card open in the %s scheme',
    async (scheme) => {
      const { page } = site;
      const entity = await subject();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.at(`articles/${entity.articles[0] ?? ''}/`));
      await markOf(page, entity).hover();
      await page.locator(CARD).waitFor({ state: 'visible' });
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
    },
  );

  it('leaves a mark a plain link without JavaScript', async () => {
    const browser = site.page.context().browser();
    if (browser === null) throw new Error('no browser');
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const entity = await subject();
      await page.goto(site.at(`articles/${entity.articles[0] ?? ''}/`));
      const mark = markOf(page, entity);
      await mark.hover();
      await page.waitForTimeout(300);
      await expect(page.locator(CARD).count()).resolves.toBe(0);
      await mark.click();
      await page.waitForURL((url) => entityIdOf(url.href) === entity.id);
    } finally {
      await context.close();
    }
  });
});
