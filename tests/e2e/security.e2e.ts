/**
 * The Content-Security-Policy holds in the browser: the search page fed hostile queries, and an article
 * given a hostile fragment, run without a CSP violation, a dialog, a console error or a request to any
 * host but the site; and the violation watch itself sees an injected inline script. Every page's load
 * is watched the same way by the crawl (tests/e2e/crawl.e2e.ts); the built HTML is checked statically
 * by tests/site/csp.test.ts.
 */
import { beforeEach, expect, it } from 'vitest';
import { loadAndSettle, watchForBreaches } from './breaches.ts';
import { useSite } from './harness.ts';
import { DATA } from './site-data.ts';

const site = useSite();

/** Queries that break out of an attribute, a tag or a URL when a page pastes them in unescaped. */
const HOSTILE_QUERIES = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)'];

let breaches: string[] = [];

beforeEach(async () => {
  breaches = [];
  await watchForBreaches(site.page, new URL(site.url).origin, breaches);
});

it('sees a violation when a page runs inline code that is not the site’s own', async () => {
  // Guards the breach watch the crawl and the tests below rely on. A page of its own: the harness's page would fail on Chromium's console report.
  const browser = site.page.context().browser();
  if (browser === null) throw new Error('no browser');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const seen: string[] = [];
    await watchForBreaches(page, new URL(site.url).origin, seen);
    await loadAndSettle(page, site.url);
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
    const status = await loadAndSettle(page, site.at(`search/?q=${encodeURIComponent(q)}`));
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
  await loadAndSettle(page, site.url);
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
  await loadAndSettle(page, site.at(`articles/${slug}/#${encodeURIComponent('"><img src=x onerror=alert(1)>')}`));
  await loadAndSettle(page, site.at(`articles/${slug}/#m-1"]`));
  expect(breaches).toEqual([]);
});
