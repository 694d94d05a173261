/**
 * The Content-Security-Policy holds in the browser: every page (crawled from the home page) and
 * the search page fed hostile queries run without a CSP violation, a dialog, a console error or a
 * request to any host but the site. The built HTML is checked statically by tests/site/csp.test.ts.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { DATA } from './site-data.ts';

const site = useSite();

/** Queries that break out of an attribute, a tag or a URL when a page pastes them in unescaped. */
const HOSTILE_QUERIES = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)'];

/**
 * Records into `breaches` every `securitypolicyviolation` event of `page` (listened for by an init
 * script, so violations while parsing count too) and every request to another origin than `origin`.
 */
async function watchForBreaches(page: Page, origin: string, breaches: string[]): Promise<void> {
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) breaches.push(`request to ${request.url()} from ${page.url()}`);
  });
  await page.exposeBinding('__reportCspViolation', (_source, report: string) => {
    breaches.push(`securitypolicyviolation on ${page.url()}: ${report}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (report: string) => void }).__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

let breaches: string[] = [];

beforeEach(async () => {
  breaches = [];
  await watchForBreaches(site.page, new URL(site.url).origin, breaches);
});

/** Loads a URL and lets its scripts finish (the search page fetches its index after `load`). */
async function load(page: Page, href: string): Promise<number> {
  const response = await page.goto(href, { waitUntil: 'load' });
  if ((await page.locator('script').count()) > 0) {
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  }
  return response?.status() ?? 0;
}

it('loads every page reached from the home page with no policy violation and nothing from elsewhere', async () => {
  const { page } = site;
  const root = new URL(site.url);
  const queue = [root.href];
  const seen = new Set(queue);
  const statuses: string[] = [];
  for (let href = queue.shift(); href !== undefined; href = queue.shift()) {
    const status = await load(page, href);
    if (status !== 200) statuses.push(`${href}: ${status}`);
    const links = await page
      .locator('a[href]')
      // The attribute, resolved: an SVG link (the graph, the map) has no string `href` property.
      .evaluateAll((anchors) => anchors.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href));
    for (const link of links) {
      const url = new URL(link);
      url.hash = '';
      url.search = '';
      const extension = path.posix.extname(url.pathname);
      if (url.origin !== root.origin || seen.has(url.href) || (extension !== '' && extension !== '.html')) continue;
      seen.add(url.href);
      queue.push(url.href);
    }
  }
  expect(statuses).toEqual([]);
  expect(seen.size, 'pages crawled').toBeGreaterThan(3);
  expect(breaches).toEqual([]);
});

it('sees a violation when a page runs inline code that is not the site’s own', async () => {
  // Guards the test above. A page of its own: the harness's page would fail on Chromium's console report.
  const browser = site.page.context().browser();
  if (browser === null) throw new Error('no browser');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const seen: string[] = [];
    await watchForBreaches(page, new URL(site.url).origin, seen);
    await load(page, site.url);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.text = 'document.documentElement.dataset.injected = "yes"';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return document.documentElement.dataset['injected'] ?? 'no';
    });
    expect(ran).toBe('no');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^securitypolicyviolation on .*: script-src(-elem)? blocked inline/);
  } finally {
    await context.close();
  }
});

it.each(HOSTILE_QUERIES)('shows the query %s as text, running nothing', async (query) => {
  const { page } = site;
  const entities = await DATA.entities(site.at('data/entities.json'));
  // A real name beside the hostile text, so the page also renders results around it.
  const name = entities[0]?.name ?? '';
  for (const q of [query, `${name} ${query}`]) {
    const status = await load(page, site.at(`search/?q=${encodeURIComponent(q)}`));
    expect(status).toBe(200);
    const values = await page
      .getByRole('searchbox')
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(values, 'a search box shows the query as typed').toContain(q);
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      handlers: [...document.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      ).length,
      scripts: [...document.scripts].filter((script) => script.text.includes('alert(')).length,
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
    }));
    expect(injected, `markup injected by ?q=${q}`).toEqual({ images: 0, handlers: 0, scripts: 0, javascriptLinks: 0 });
  }
  // Typed into the header's search box, as a reader would.
  await load(page, site.url);
  await page.getByRole('searchbox').first().fill(query);
  await page.getByRole('searchbox').first().press('Enter');
  await page.waitForURL((url) => url.pathname.endsWith('/search/') && url.searchParams.get('q') === query);
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  expect(breaches).toEqual([]);
});

it('ignores a hostile fragment on an article page', async () => {
  const { page } = site;
  const entities = await DATA.entities(site.at('data/entities.json'));
  const slug = entities.find((entity) => entity.articles.length > 0)?.articles[0];
  expect(slug).toBeDefined();
  await load(page, site.at(`articles/${slug}/#${encodeURIComponent('"><img src=x onerror=alert(1)>')}`));
  await load(page, site.at(`articles/${slug}/#m-1"]`));
  expect(breaches).toEqual([]);
});
