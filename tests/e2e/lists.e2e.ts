/**
 * The article list and the entity index, filtered and sorted. With JavaScript the controls change
 * the list in place: no page load (a marker set on `window` survives), the script arrives only once
 * a control is used, the address is the chosen static page's (a reload of it shows the same list),
 * Back and Forward step through the lists, the status line says the new count and focus stays on
 * the control pressed. Without JavaScript the same controls load those static pages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listPaths } from '../../src/core/publish/list-paths.ts';
import type { EntityType } from '../../src/core/types.ts';
import { BASE_PATH, useSite, watchForProblems } from './harness.ts';

const site = useSite();

/** The lists' addresses under the base the site was built for. */
const LISTS = listPaths(BASE_PATH);

/** What a list shows: its heading, its summary and the attributes of its rows. */
interface Shown {
  heading: string;
  summary: string;
  rows: string[];
}

async function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const text = (selector: string): string =>
      (document.querySelector(`main ${selector}`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const rows = [...document.querySelectorAll('main [data-list-items] > *')].map((row) =>
      ['data-outlet', 'data-date', 'data-type', 'data-name', 'data-mentions', 'data-articles']
        .map((name) => row.getAttribute(name) ?? '')
        .join('|'),
    );
    return { heading: text('h1'), summary: text('[data-list-summary]'), rows };
  });
}

/** Marks the page's window; the mark is gone after any page load. */
async function mark(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { listMarker: 'kept' }));
}

async function marked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { listMarker?: string }).listMarker === 'kept');
}

/** Clicks `selector` and waits until the address is `path` and the list it names is in place. */
async function choose(page: Page, selector: string, path: string): Promise<Shown> {
  await page.locator(selector).first().click();
  await page.waitForURL((url) => url.pathname === path);
  await page.locator('[data-list-view]:not([aria-busy])').waitFor();
  return shown(page);
}

/** The attribute of the focused element, or null when focus is elsewhere than a list control. */
async function focusedControl(page: Page, attribute: string): Promise<string | null> {
  return page.evaluate((name) => document.activeElement?.getAttribute(name) ?? null, attribute);
}

/** The list the static page at `path` shows when loaded in a fresh page. */
async function staticList(path: string): Promise<Shown> {
  const fresh = await site.page.context().newPage();
  try {
    await fresh.goto(new URL(path, site.url).href);
    return await shown(fresh);
  } finally {
    await fresh.close();
  }
}

/** The first outlet link of the article filters (not "All"): its name and the key in its address. */
async function firstOutlet(page: Page): Promise<{ name: string; key: string }> {
  const link = page.locator('nav.list-filters a[data-filter]:not([data-filter=""])').first();
  const name = (await link.getAttribute('data-filter')) ?? '';
  const href = (await link.getAttribute('href')) ?? '';
  const key = /articles\/([^/]+)\//.exec(href)?.[1] ?? '';
  if (name === '' || key === '') throw new Error(`no outlet filter link (${href})`);
  return { name, key: decodeURIComponent(key) };
}

describe('with JavaScript', () => {
  it('loads no list script until a control is used', async () => {
    const { page } = site;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(site.at('articles/'));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('list-view'))).toEqual([]);
    await page.getByRole('link', { name: 'Oldest first' }).hover();
    await expect.poll(() => requested.filter((url) => url.includes('list-view')).length).toBe(1);
  });

  it('sorts and filters the articles in place, with the address, Back and a reload agreeing', async () => {
    const { page } = site;
    await page.goto(site.at('articles/'));
    const newest = await shown(page);
    expect(newest.rows.length).toBeGreaterThan(1);
    await mark(page);

    const oldest = await choose(page, 'a[data-sort="oldest"]', LISTS.articleList(undefined, 'oldest', 1));
    expect(await marked(page), 'no page load').toBe(true);
    expect(oldest.rows).toEqual([...newest.rows].reverse());
    expect(await focusedControl(page, 'data-sort')).toBe('oldest');
    await expect(page.locator('a[data-sort="oldest"]').getAttribute('aria-current')).resolves.toBe('true');

    const outlet = await firstOutlet(page);
    const one = await choose(page, `a[data-filter="${outlet.name}"]`, LISTS.articleList(outlet.key, 'oldest', 1));
    expect(await marked(page), 'no page load').toBe(true);
    expect(one.rows.length).toBeGreaterThan(0);
    expect(one.rows.every((row) => row.startsWith(`${outlet.name}|`))).toBe(true);
    expect(one.heading).toContain(outlet.name);
    expect(await focusedControl(page, 'data-filter')).toBe(outlet.name);
    await expect.poll(() => page.locator('[data-list-status]').textContent()).toBe(one.summary);
    await expect(page.title()).resolves.toContain(outlet.name);
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(
      new RegExp(`${LISTS.articleList(outlet.key, 'oldest', 1)}$`),
    );

    // The state is the static page's: loading the address shows the same list.
    expect(await staticList(LISTS.articleList(outlet.key, 'oldest', 1))).toEqual(one);
    expect(await staticList(LISTS.articleList(undefined, 'oldest', 1))).toEqual(oldest);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === LISTS.articleList(undefined, 'oldest', 1));
    await expect.poll(async () => (await shown(page)).rows).toEqual(oldest.rows);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === LISTS.articleList(undefined, 'newest', 1));
    await expect.poll(async () => shown(page)).toEqual(newest);
    await page.goForward();
    await page.waitForURL((url) => url.pathname === LISTS.articleList(undefined, 'oldest', 1));
    await expect.poll(async () => (await shown(page)).rows).toEqual(oldest.rows);
    expect(await marked(page), 'Back and Forward load no page').toBe(true);

    await page.reload();
    expect(await shown(page)).toEqual(oldest);
  });

  it('filters the entity index by type and sorts by name, mentions and articles in place', async () => {
    const { page } = site;
    await page.goto(site.at('entities/'));
    const index = await shown(page);
    await mark(page);
    const type = page.locator('nav.list-filters a[data-filter]:not([data-filter=""])').first();
    const typeName = ((await type.getAttribute('data-filter')) ?? '') as EntityType;

    const byMentions = await choose(page, `a[data-filter="${typeName}"]`, LISTS.entityList(typeName, 'mentions', 1));
    expect(await marked(page), 'no page load').toBe(true);
    expect(byMentions.rows.length).toBeGreaterThan(0);
    expect(byMentions.rows.every((row) => row.split('|')[2] === typeName)).toBe(true);
    const mentions = byMentions.rows.map((row) => Number(row.split('|')[4]));
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    expect(await focusedControl(page, 'data-filter')).toBe(typeName);

    const byName = await choose(page, 'a[data-sort="name"]', LISTS.entityList(typeName, 'name', 1));
    const names = byName.rows.map((row) => row.split('|')[3] ?? '');
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(await focusedControl(page, 'data-sort')).toBe('name');
    await expect.poll(() => page.locator('[data-list-status]').textContent()).toBe(byName.summary);

    const byArticles = await choose(page, 'a[data-sort="articles"]', LISTS.entityList(typeName, 'articles', 1));
    const articles = byArticles.rows.map((row) => Number(row.split('|')[5]));
    expect(articles).toEqual([...articles].sort((a, b) => b - a));
    expect(await marked(page), 'no page load').toBe(true);
    expect(await staticList(LISTS.entityList(typeName, 'articles', 1))).toEqual(byArticles);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === LISTS.entityList(typeName, 'name', 1));
    await expect.poll(async () => shown(page)).toEqual(byName);
    await page.goBack();
    await page.goBack();
    await page.waitForURL((url) => url.pathname === `${BASE_PATH}entities/`);
    await expect.poll(async () => shown(page)).toEqual(index);
    expect(await marked(page), 'Back loads no page').toBe(true);
  });

  it('keeps the keyboard: Enter on a focused control changes the list and leaves focus on it', async () => {
    const { page } = site;
    await page.goto(site.at('entities/all/by-mentions/'));
    await mark(page);
    await page.locator('a[data-sort="name"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === LISTS.entityList(undefined, 'name', 1));
    await page.locator('[data-list-view]:not([aria-busy])').waitFor();
    expect(await marked(page)).toBe(true);
    expect(await focusedControl(page, 'data-sort')).toBe('name');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedControl(page, 'data-sort')).toBe('articles');
  });
});

describe('without JavaScript', () => {
  async function withoutScript<T>(run: (page: Page) => Promise<T>): Promise<T> {
    const browser = site.page.context().browser();
    if (browser === null) throw new Error('no browser');
    const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false });
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      watchForProblems(page, problems);
      return await run(page);
    } finally {
      await context.close();
      expect(problems).toEqual([]);
    }
  }

  it('loads the static page of each filter and order', async () => {
    await withoutScript(async (page) => {
      await page.goto(site.at('articles/'));
      const outlet = await firstOutlet(page);
      for (const [selector, path] of [
        ['a[data-sort="oldest"]', LISTS.articleList(undefined, 'oldest', 1)],
        [`a[data-filter="${outlet.name}"]`, LISTS.articleList(outlet.key, 'oldest', 1)],
      ] as const) {
        await mark(page);
        const list = await choose(page, selector, path);
        expect(await marked(page), `${path} is a page load`).toBe(false);
        expect(list).toEqual(await staticList(path));
      }
      await page.goto(site.at('entities/'));
      await mark(page);
      await choose(page, 'a[data-sort="name"]', LISTS.entityList(undefined, 'name', 1));
      expect(await marked(page)).toBe(false);
    });
  });
});
