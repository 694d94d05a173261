/**
 * The site without JavaScript: every page is readable, the cross-links work (a mention opens its
 * entity, a mention in context opens the article at the mention), and the search page says that
 * search needs JavaScript and links to the entity index instead.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/checks/built-site.ts';
import { BASE_PATH, DIST_DIR, useSite, watchForProblems } from './harness.ts';
import { TAB_COUNT, crawlInTabs, openTabs } from './tabs.ts';
import { entityIdOf, DATA, isArticlePage } from './site-data.ts';

const site = useSite();

let context: BrowserContext | undefined;
let page: Page;
let problems: string[] = [];

// The harness's page runs scripts; these tests need a context of their own with JavaScript off.
beforeEach(async () => {
  const browser = site.page.context().browser();
  if (browser === null) throw new Error('no browser');
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  problems = [];
  watchForProblems(page, problems);
});

afterEach(async () => {
  await context?.close();
  expect(problems, 'console errors, page errors or dialogs in the browser').toEqual([]);
});

/** What a reader sees of the page's `<main>` in `tab`: its rendered text, and its first heading. */
async function readable(tab: Page): Promise<{ heading: string; words: number }> {
  return tab.evaluate(() => {
    const main = document.querySelector('main');
    const heading = document.querySelector('h1');
    const visible = heading !== null && heading.getBoundingClientRect().height > 0;
    return {
      heading: visible ? heading.innerText.trim() : '',
      words: (main?.innerText ?? '').split(/\s+/).filter(Boolean).length,
    };
  });
}

it('renders every built page with a visible heading and text in <main>', async () => {
  const built = readBuiltSite(DIST_DIR, BASE_PATH).pages;
  expect(built.length).toBeGreaterThan(3);
  if (context === undefined) throw new Error('no context');
  const tabs = [page, ...(await openTabs(context, TAB_COUNT - 1, (tab) => watchForProblems(tab, problems)))];
  const unreadable: string[] = [];
  const visited = await crawlInTabs(
    tabs,
    built.map(({ urlPath }) => new URL(urlPath, site.url).href),
    async (tab, href) => {
      const response = await tab.goto(href);
      const { heading, words } = await readable(tab);
      if (response?.status() !== 200 || heading === '' || words < 3) {
        unreadable.push(`${href}: status ${response?.status() ?? 'none'}, h1 "${heading}", ${words} words in <main>`);
      }
      return [];
    },
  );
  expect(visited.size).toBe(built.length);
  expect(unreadable.sort()).toEqual([]);
});

it('follows a mention to its entity, and a mention in context back to the article at its anchor', async () => {
  const entities = await DATA.entities(site.at('data/entities.json'));
  const entity = entities.find((candidate) => candidate.articles.length > 0);
  const slug = entity?.articles[0];
  if (entity === undefined || slug === undefined) throw new Error('no entity with an article in data/entities.json');

  await page.goto(site.at(`articles/${slug}/`));
  await page
    .locator(
      `main a[href*="/entities/${entity.id}/"][id^="m-"], main [id^="m-"] a[href*="/entities/${entity.id}/"], main a[href*="/entities/${entity.id}/"]:has([id^="m-"])`,
    )
    .first()
    .click();
  await page.waitForURL((url) => entityIdOf(url.href) === entity.id);
  await expect(page.locator('h1').first().innerText()).resolves.toContain(entity.name);

  const back = page.locator(`main a[href*="/articles/${slug}/#m-"]`).first();
  const href = await back.getAttribute('href');
  const anchor = href?.split('#')[1] ?? '';
  await back.click();
  await page.waitForURL((url) => isArticlePage(url.href, slug) && url.hash === `#${anchor}`);
  await expect(page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
});

it('says on the search page that search needs JavaScript, and links to the entities', async () => {
  for (const query of ['', '?q=China']) {
    await page.goto(site.at(`search/${query}`));
    const main = page.locator('main');
    await expect(
      main
        .getByText(/JavaScript/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const index = main.locator(`a[href="${BASE_PATH}entities/"]`).first();
    await expect(index.isVisible()).resolves.toBe(true);
    await index.click();
    await page.waitForURL((url) => url.pathname === `${BASE_PATH}entities/`);
  }
});

it('submits the header search form to the search page without JavaScript', async () => {
  await page.goto(site.url);
  await page.getByRole('searchbox').first().fill('Beijing');
  await page.getByRole('searchbox').first().press('Enter');
  await page.waitForURL((url) => url.pathname === `${BASE_PATH}search/` && url.searchParams.get('q') === 'Beijing');
  await expect(
    page
      .locator('main')
      .getByText(/JavaScript/)
      .first()
      .isVisible(),
  ).resolves.toBe(true);
});
