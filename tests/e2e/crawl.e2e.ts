/**
 * Every page of the built site, reached by following links from the home page (and any page in
 * `dist/` that no link reaches), loads with status 200, without a console error, without a
 * Content-Security-Policy violation and without a request to any host but the site. The built HTML
 * is checked statically by tests/site/csp.test.ts; tests/e2e/security.e2e.ts guards the violation
 * watch and feeds the search page hostile queries.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { loadAndSettle, watchForBreaches } from './breaches.ts';
import { DIST_DIR, useSite, watchForProblems } from './harness.ts';
import { TAB_COUNT, crawlInTabs, openTabs } from './tabs.ts';

const site = useSite();

/** At most this many URLs; more means a link generator is running away. */
const LIMIT = 5000;

/** A URL the browser should render (a page), rather than fetch (data, images, feeds). */
function isPage(url: URL): boolean {
  const extension = path.posix.extname(url.pathname);
  return extension === '' || extension === '.html';
}

/** The site URL of every `.html` file in `dist/`. */
async function builtPages(siteUrl: string): Promise<string[]> {
  const files = await readdir(DIST_DIR, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .map((file) =>
      file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
    )
    .map((relative) => new URL(relative, siteUrl).href);
}

it('loads every page reached from the home page, and every built page, without errors or breaches', async () => {
  const root = new URL(site.url);
  const failures: string[] = [];
  const problems: string[] = [];
  const breaches: string[] = [];
  const prepare = async (tab: Page): Promise<void> => {
    watchForProblems(tab, problems);
    await watchForBreaches(tab, root.origin, breaches);
  };
  await prepare(site.page);
  const tabs = [site.page, ...(await openTabs(site.page.context(), TAB_COUNT - 1, prepare))];
  let pages = 0;

  const linkedFrom = (hrefs: readonly string[], from: string): string[] =>
    hrefs.flatMap((href) => {
      const url = new URL(href, from);
      url.hash = '';
      if (url.origin !== root.origin) return [];
      if (!url.pathname.startsWith(root.pathname)) {
        failures.push(`${from} links outside the base path ${root.pathname}: ${url.href}`);
        return [];
      }
      return [url.href];
    });

  let visited = 0;
  const visit = async (tab: Page, href: string): Promise<string[]> => {
    visited += 1;
    if (visited > LIMIT) throw new Error(`more than ${LIMIT} distinct URLs linked: a link generator is running away`);
    const url = new URL(href);
    if (!isPage(url)) {
      const response = await tab.request.get(href);
      if (response.status() !== 200) failures.push(`${href}: status ${response.status()}`);
      return [];
    }
    pages += 1;
    // Pages with scripts may fetch after `load` (the search index); the visit lets them finish while watched.
    const status = await loadAndSettle(tab, href);
    if (status !== 200) {
      failures.push(`${href}: status ${status}`);
      return [];
    }
    const links = await tab
      .locator('a[href]')
      // The attribute, resolved: an SVG link (the graph, the map) has no string `href` property.
      .evaluateAll((anchors) =>
        anchors.map((anchor) => new URL(anchor.getAttribute('href') ?? '', document.baseURI).href),
      );
    return linkedFrom(links, href);
  };

  const reached = await crawlInTabs(tabs, [root.href], visit);
  const unreached = (await builtPages(site.url)).filter((href) => !reached.has(href) && !href.endsWith('/404.html'));
  await crawlInTabs(tabs, [...unreached, new URL('404.html', site.url).href], async (tab, href) => {
    await visit(tab, href);
    return [];
  });
  // Pages no link leads to are loaded above but are not an error; print them for the record.
  if (unreached.length > 0) console.info(`pages in dist/ that no link reaches:\n  ${unreached.join('\n  ')}`);

  console.info(
    `crawled ${pages} pages and ${reached.size + unreached.length + 1 - pages} other files under ${root.href}`,
  );
  expect(failures, 'pages or files that did not load').toEqual([]);
  expect(problems, 'console errors, page errors or dialogs').toEqual([]);
  expect(breaches, 'policy violations or requests off the site').toEqual([]);
  expect(pages, 'pages visited').toBeGreaterThan(3);
});

it('answers an unknown address with the 404 page', async () => {
  const { page } = site;
  const response = await page.request.get(new URL('no-such-page/', site.url).href);
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toContain('text/html');
});
