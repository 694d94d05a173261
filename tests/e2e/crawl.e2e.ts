/**
 * Every page of the built site, reached by following links from the home page (and any page in
 * `dist/` that no link reaches), loads with status 200 and without a console error.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DIST_DIR, useSite } from './harness.ts';

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

it('loads every page reached from the home page, and every built page, without errors', async () => {
  const { page } = site;
  const root = new URL(site.url);
  const queue: string[] = [root.href];
  const seen = new Set<string>(queue);
  const failures: string[] = [];
  let pages = 0;

  const enqueue = (href: string, from: string): void => {
    const url = new URL(href, from);
    url.hash = '';
    if (url.origin !== root.origin || seen.has(url.href)) return;
    if (!url.pathname.startsWith(root.pathname)) {
      failures.push(`${from} links outside the base path ${root.pathname}: ${url.href}`);
      return;
    }
    if (seen.size >= LIMIT) throw new Error(`more than ${LIMIT} distinct URLs linked: stopping the crawl`);
    seen.add(url.href);
    queue.push(url.href);
  };

  const visit = async (href: string): Promise<void> => {
    const url = new URL(href);
    if (!isPage(url)) {
      const response = await page.request.get(href);
      if (response.status() !== 200) failures.push(`${href}: status ${response.status()}`);
      return;
    }
    pages += 1;
    const response = await page.goto(href, { waitUntil: 'load' });
    if (response?.status() !== 200) {
      failures.push(`${href}: status ${response?.status() ?? 'none'}`);
      return;
    }
    // Pages with scripts may fetch after `load` (the search index); let them finish while watched.
    if ((await page.locator('script').count()) > 0) {
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    }
    const links = await page
      .locator('a[href]')
      // The attribute, resolved: an SVG link (the graph, the map) has no string `href` property.
      .evaluateAll((anchors) =>
        anchors.map((anchor) => new URL(anchor.getAttribute('href') ?? '', document.baseURI).href),
      );
    for (const link of links) enqueue(link, href);
  };

  for (let next = queue.shift(); next !== undefined; next = queue.shift()) await visit(next);

  const reached = new Set(seen);
  const unreached = (await builtPages(site.url)).filter((href) => !reached.has(href) && !href.endsWith('/404.html'));
  for (const href of unreached) await visit(href);
  // Pages no link leads to are loaded above but are not an error; print them for the record.
  if (unreached.length > 0) console.info(`pages in dist/ that no link reaches:\n  ${unreached.join('\n  ')}`);

  await visit(new URL('404.html', site.url).href);

  console.info(`crawled ${pages} pages and ${seen.size - pages} other files under ${root.href}`);
  expect(failures, 'pages or files that did not load').toEqual([]);
  expect(pages, 'pages visited').toBeGreaterThan(1);
});

it('answers an unknown address with the 404 page', async () => {
  const { page } = site;
  const response = await page.request.get(new URL('no-such-page/', site.url).href);
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toContain('text/html');
});
