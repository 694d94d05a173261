/**
 * Pages of bounded size, on a generated corpus large enough to need them (a copy of the project
 * built in a temp folder; the four seed articles never fill a page of mentions): without
 * JavaScript, the reader goes from an entity's summary through its numbered pages of mentions
 * (rel=prev/next) to a mention in its article; every mention is on exactly one of those pages;
 * the article list and the entity list are filtered and sorted by links; the new page types pass
 * axe in light and dark and carry no script beyond the one every page has. With JavaScript, the
 * article list pages in place, one bounded page at a time.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { benchCorpus, generatedSite } from '../../scripts/lib/generated-site.ts';
import { previewSite, type PreviewedSite } from '../../scripts/lib/preview-site.ts';
import type { ScratchProject } from '../../scripts/lib/scratch-project.ts';
import { PAGE_LIMITS } from '../../src/core/views/paging/page-limits.ts';
import { SCHEMES, axeViolations } from './axe.ts';
import { BASE_PATH, launchChromium, watchForProblems } from './harness.ts';
import { findBrokenLinks, formatBrokenLinks } from '../../scripts/checks/links.ts';
import { readBuiltSite } from '../../scripts/checks/built-site.ts';
import { DATA, isArticlePage, type PublishedAnalysis, type PublishedEntity } from './site-data.ts';

/**
 * Articles of one story (the sources' own entities kept), enough that its most mentioned entity
 * fills several pages of mentions and the lists run over several pages.
 */
const ARTICLES = 120;

/**
 * This file builds its own site, at `/`; in the run under `/news/` it would only build and check the
 * same pages again (the sub-path's links are checked on `dist-news/` by the site checks).
 */
const AT_ROOT = BASE_PATH === '/';

let project: ScratchProject | undefined;
let server: PreviewedSite | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page;
let problems: string[] = [];
let top: PublishedEntity;
let analysis: PublishedAnalysis;

const at = (relative: string): string => new URL(relative.replace(/^\/+/, ''), server?.url).href;

beforeAll(async () => {
  if (!AT_ROOT) return;
  project = generatedSite(benchCorpus(ARTICLES, { keepEntities: true }), 'e2e-bounded-');
  // Up to 30 minutes: the two cores are shared, and a build of this size has taken more than ten.
  const build = project.run('astro', ['build'], {}, 1_800_000);
  if (build.status !== 0) throw new Error(`build of the generated site failed:\n${build.stderr.slice(-3000)}`);
  server = await previewSite({ dir: path.join(project.dir, 'dist'), base: '/' });
  browser = await launchChromium();
  const entities = await DATA.entities(at('data/entities.json'));
  const sorted = [...entities].sort((a, b) => b.mentions - a.mentions);
  if (sorted[0] === undefined) throw new Error('the generated site has no entity');
  top = sorted[0];
  analysis = await DATA.analysis(at('data/analysis.json'));
}, 1_900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.remove();
});

beforeEach(async () => {
  if (!AT_ROOT) return;
  if (browser === undefined) throw new Error('the browser did not start');
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  problems = [];
  watchForProblems(page, problems);
});

afterEach(async () => {
  await context?.close();
  expect(problems, 'console errors, page errors or dialogs in the browser').toEqual([]);
});

/** The scripts every page carries (the layout's key listener), read from the 404 page, which has nothing else. */
async function layoutScripts(on: Page): Promise<string[]> {
  await on.goto(at('404.html'));
  return scriptsOf(on);
}

async function scriptsOf(on: Page): Promise<string[]> {
  // A JSON-LD block is data the browser never runs; the page's own JSON-LD differs from the 404's.
  return on
    .locator('script:not([type="application/ld+json"])')
    .evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src') ?? s.textContent));
}

/**
 * axe in light and dark on each address, in a context with JavaScript on (axe runs in the page),
 * and no script on them beyond the layout's.
 */
async function checkPages(addresses: readonly string[], scheme: (typeof SCHEMES)[number]): Promise<void> {
  if (browser === undefined) throw new Error('the browser did not start');
  const scripted = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  try {
    const on = await scripted.newPage();
    watchForProblems(on, problems);
    const layout = await layoutScripts(on);
    for (const address of addresses) {
      await on.goto(at(address));
      const violations = await axeViolations(on);
      expect(violations, `${address}:\n${violations.join('\n')}`).toEqual([]);
      await expect(scriptsOf(on), `scripts on ${address}`).resolves.toEqual(layout);
    }
  } finally {
    await scripted.close();
  }
}

/** The `<link rel>` of the page's head, as a path, or null. */
async function headLink(rel: 'prev' | 'next'): Promise<string | null> {
  const link = page.locator(`head link[rel="${rel}"]`);
  return (await link.count()) === 0 ? null : new URL((await link.getAttribute('href')) ?? '', page.url()).pathname;
}

/** Links to a mention of the entity in its article, on the page as it is. */
async function mentionLinks(): Promise<string[]> {
  return page
    .locator('main .contexts a[href*="/articles/"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

describe.skipIf(!AT_ROOT)('an entity with more mentions than a page holds', () => {
  it('is paged: its summary links into pages of mentions', () => {
    expect(top.mentions).toBeGreaterThan(2 * PAGE_LIMITS.mentionsPerPage);
  });

  it('goes from the summary to page 2 of the mentions and on to a mention in its article', async () => {
    await page.goto(at(`entities/${top.id}/`));
    await expect(page.locator('h1').innerText()).resolves.toContain(top.name);
    // The summary: the charts with their numbers beside, and a sample in context.
    await expect(page.locator('main figure svg').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(page.locator('main figure table').count()).resolves.toBeGreaterThanOrEqual(2);
    expect((await mentionLinks()).length).toBeGreaterThan(0);
    expect((await mentionLinks()).length).toBeLessThanOrEqual(PAGE_LIMITS.sampleMentions * 4);

    await page.getByRole('link', { name: 'the first', exact: true }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/entities/${top.id}/mentions/1/`));
    await expect(headLink('prev')).resolves.toBeNull();
    await expect(headLink('next')).resolves.toBe(`/entities/${top.id}/mentions/2/`);

    await page.locator('main a[rel="next"]').first().click();
    await page.waitForURL((url) => url.pathname.endsWith(`/entities/${top.id}/mentions/2/`));
    await expect(headLink('prev')).resolves.toBe(`/entities/${top.id}/mentions/1/`);
    await expect(page.locator('main .pagination [aria-current="page"]').first().innerText()).resolves.toContain('2');

    const mention = page.locator('main .contexts a[href*="/articles/"]').first();
    const href = new URL((await mention.getAttribute('href')) ?? '', page.url());
    const slug = /\/articles\/([^/]+)\//.exec(href.pathname)?.[1] ?? '';
    await mention.click();
    await page.waitForURL((url) => isArticlePage(url.href, slug) && url.hash === href.hash);
    const target = page.locator(`[id="${href.hash.slice(1)}"]`);
    await expect(target.count()).resolves.toBe(1);
    await expect(target.getAttribute('href')).resolves.toContain(`/entities/${top.id}/`);
  });

  it('has every mention on exactly one page of mentions, reached by following rel=next', async () => {
    const seen = new Set<string>();
    let pages = 0;
    for (let next: string | null = `/entities/${top.id}/mentions/1/`; next !== null; next = await headLink('next')) {
      const response = await page.goto(at(next));
      expect(response?.status()).toBe(200);
      pages += 1;
      const links = await mentionLinks();
      expect(links.length, `mentions on ${next}`).toBeLessThanOrEqual(PAGE_LIMITS.mentionsPerPage * 1.5);
      for (const link of links) {
        expect(seen.has(link), `${link} on two pages`).toBe(false);
        seen.add(link);
      }
    }
    expect(pages).toBeGreaterThan(2);
    expect(seen.size).toBe(top.mentions);
  });

  it.each(SCHEMES)('summary and page of mentions: no axe violation in %s, no script of their own', async (scheme) => {
    await checkPages([`entities/${top.id}/`, `entities/${top.id}/mentions/2/`], scheme);
  });
});

describe.skipIf(!AT_ROOT)('the lists, without JavaScript', () => {
  it('filters the articles by outlet and sorts them by date, through the pages of the list', async () => {
    await page.goto(at('articles/'));
    const dates = (): Promise<string[]> =>
      page
        .locator('main [data-list-items] > li')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-date') ?? ''));
    const newest = await dates();
    expect(newest.length).toBe(PAGE_LIMITS.articlesPerPage);
    expect(newest).toEqual([...newest].sort().reverse());
    await expect(headLink('next')).resolves.toBe('/articles/all/newest/2/');

    const outletLink = page.locator('nav.list-filters a[data-filter]:not([data-filter=""])').first();
    const outlet = (await outletLink.getAttribute('data-filter')) ?? '';
    const count = Number(/\((\d+)\)/.exec(await outletLink.innerText())?.[1]);
    await outletLink.click();
    await page.waitForURL((url) => url.pathname.endsWith('/newest/'));
    await expect(page.locator('nav.list-filters a[aria-current]').first().getAttribute('data-filter')).resolves.toBe(
      outlet,
    );

    await page.getByRole('link', { name: 'Oldest first' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/oldest/'));
    // Every page of the outlet's list, oldest first: only that outlet, dates rising, all its articles.
    const listed: { outlet: string; date: string }[] = [];
    for (;;) {
      listed.push(
        ...(await page
          .locator('main [data-list-items] > li')
          .evaluateAll((rows) =>
            rows.map((r) => ({ outlet: r.getAttribute('data-outlet') ?? '', date: r.getAttribute('data-date') ?? '' })),
          )),
      );
      const next = await headLink('next');
      if (next === null) break;
      await page.goto(at(next));
    }
    expect(listed.length).toBe(count);
    expect(new Set(listed.map((row) => row.outlet))).toEqual(new Set([outlet]));
    expect(listed.map((row) => row.date)).toEqual(listed.map((row) => row.date).sort());
  });

  it('filters the entities by type and sorts them by name, mentions and articles', async () => {
    await page.goto(at('entities/'));
    await page.locator('nav.list-filters a[data-filter="person"]').click();
    await page.waitForURL((url) => url.pathname.endsWith('/entities/person/by-mentions/'));
    const rows = (): Promise<{ type: string; name: string; mentions: number; articles: number }[]> =>
      page.locator('main [data-list-items] > tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          type: tr.getAttribute('data-type') ?? '',
          name: tr.getAttribute('data-name') ?? '',
          mentions: Number(tr.getAttribute('data-mentions')),
          articles: Number(tr.getAttribute('data-articles')),
        })),
      );
    const byMentions = await rows();
    expect(byMentions.length).toBeGreaterThan(1);
    expect(new Set(byMentions.map((r) => r.type))).toEqual(new Set(['person']));
    const mentions = byMentions.map((r) => r.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));

    await page.getByRole('link', { name: 'In most articles' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/entities/person/by-articles/'));
    const articles = (await rows()).map((r) => r.articles);
    expect(articles).toEqual([...articles].sort((a, b) => b - a));

    await page.getByRole('link', { name: 'Name (A–Z)' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/entities/person/by-name/'));
    const names = (await rows()).map((r) => r.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(new Set((await rows()).map((r) => r.type))).toEqual(new Set(['person']));
  });

  it.each(SCHEMES)('lists and home: no axe violation in %s, no script of their own', async (scheme) => {
    await checkPages(['articles/all/oldest/2/', 'entities/all/by-articles/', 'entities/', ''], scheme);
  });
});

describe.skipIf(!AT_ROOT)('the lists, with JavaScript', () => {
  it('pages the article list in place, one bounded page at a time, with the address and Back', async () => {
    if (browser === undefined) throw new Error('the browser did not start');
    const scripted = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const on = await scripted.newPage();
      watchForProblems(on, problems);
      const slugs = (): Promise<string[]> =>
        on
          .locator('main [data-list-items] > li h2 a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      await on.goto(at('articles/'));
      const first = await slugs();
      await on.evaluate(() => Object.assign(window, { listMarker: 'kept' }));
      const kept = (): Promise<boolean> =>
        on.evaluate(() => (window as unknown as { listMarker?: string }).listMarker === 'kept');

      await on.locator('[data-list] nav.pagination a[rel="next"]').last().click();
      await on.waitForURL((url) => url.pathname === '/articles/all/newest/2/');
      const second = await slugs();
      expect(await kept(), 'no page load').toBe(true);
      expect(second.length).toBe(PAGE_LIMITS.articlesPerPage);
      expect(second.filter((href) => first.includes(href))).toEqual([]);
      // Focus goes to the new page's summary, which says which page it is; the head links follow.
      await expect(on.evaluate(() => document.activeElement?.hasAttribute('data-list-summary'))).resolves.toBe(true);
      await expect(on.locator('[data-list-summary]').innerText()).resolves.toMatch(/page 2 of \d+/);
      await expect(on.locator('head link[rel="prev"]').getAttribute('href')).resolves.toBe('/articles/');
      await expect(on.locator('head link[rel="next"]').getAttribute('href')).resolves.toBe('/articles/all/newest/3/');

      await on.goBack();
      await on.waitForURL((url) => url.pathname === '/articles/');
      await expect.poll(slugs).toEqual(first);
      expect(await kept(), 'Back loads no page').toBe(true);
    } finally {
      await scripted.close();
    }
  });
});

/**
 * A list summarised on its own address and continued on numbered pages: what each page lists
 * (one id per item, as the page's elements give it) and how many items a page may hold.
 */
interface PagedList {
  name: string;
  summary: string;
  /** The ids of the items on the page as it is (an item continued from the page before is counted again). */
  items: (on: Page) => Promise<string[]>;
  perPage: number;
  /** Every item of the corpus, from `/data/analysis.json`. */
  total: () => number;
}

const PAGED_LISTS: PagedList[] = [
  {
    name: 'timeline',
    summary: 'timeline/',
    items: (on) =>
      on
        .locator('main li.timeline-entry')
        .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-entry') ?? '')),
    // A page holds at most its tellings, and each happening on it has at least one.
    perPage: PAGE_LIMITS.tellingsPerPage,
    total: () => analysis.timeline?.length ?? 0,
  },
  {
    name: 'numbers',
    summary: 'claims/',
    // A number of a discrepancy is listed again under what it counts: a row per listing, one id per number.
    items: (on) =>
      on
        .locator('main tr[data-quantity]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-quantity') ?? '')),
    perPage: PAGE_LIMITS.claimsPerPage,
    total: () => analysis.quantities.length,
  },
  {
    name: 'quotes',
    summary: 'quotes/',
    items: (on) => on.locator('main .quote-card[id]').evaluateAll((cards) => cards.map((c) => c.id)),
    perPage: PAGE_LIMITS.quotesPerPage,
    total: () => analysis.quotes.length,
  },
];

describe.skipIf(!AT_ROOT)('the timeline, the numbers and the quotes: a summary and numbered pages', () => {
  it.each(PAGED_LISTS)('$name: the summary lists no item in full, and links into the pages', async (list) => {
    expect(list.total(), `the generated corpus fills more than one page of ${list.name}`).toBeGreaterThan(list.perPage);
    await page.goto(at(list.summary));
    await expect(list.items(page)).resolves.toEqual([]);
    await expect(page.locator('main nav.pagination a').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('link', { name: /^the first( page)?$/ }).click();
    await page.waitForURL((url) => url.pathname === `/${list.summary}1/`);
    await expect(headLink('prev')).resolves.toBeNull();
    await expect(headLink('next')).resolves.toBe(`/${list.summary}2/`);
  });

  it.each(PAGED_LISTS)('$name: every item is on the pages, reached by rel=next, none over the limit', async (list) => {
    const seen = new Set<string>();
    let pages = 0;
    for (let next: string | null = `/${list.summary}1/`; next !== null; next = await headLink('next')) {
      const response = await page.goto(at(next));
      expect(response?.status()).toBe(200);
      pages += 1;
      const items = await list.items(page);
      expect(items.length, `items on ${next}`).toBeGreaterThan(0);
      expect(items.length, `items on ${next}`).toBeLessThanOrEqual(list.perPage);
      await expect(page.locator('main .pagination [aria-current="page"]').first().innerText()).resolves.toContain(
        String(pages),
      );
      for (const item of items) seen.add(item);
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen.size).toBe(list.total());
  });

  it('links each summary row to the page that holds it, at its anchor', async () => {
    for (const [summary, selector] of [
      ['timeline/', 'main .timeline-conflicts a'],
      ['claims/', 'main .discrepancy-list a'],
      ['quotes/', 'main .quote-reach > li > a'],
      ['quotes/', 'main .quote-jump > li > a'],
    ] as const) {
      await page.goto(at(summary));
      const links = await page
        .locator(selector)
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      for (const link of links.slice(0, 3).concat(links.slice(-1))) {
        const url = new URL(link);
        expect(url.pathname, link).toMatch(new RegExp(`^/${summary}\\d+/$`));
        await page.goto(link);
        await expect(page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count(), link).resolves.toBe(1);
      }
    }
  });

  it('links an entity’s quotes to the page of the quotes that holds them', async () => {
    const speaker = [...analysis.quotes].flatMap((q) => q.speaker ?? [])[0];
    if (speaker === undefined) throw new Error('no quote with a speaker');
    await page.goto(at(`entities/${speaker}/`));
    const link = page.locator('section[aria-labelledby="quotes"] a', { hasText: /^Quotes$/ });
    const href = new URL((await link.getAttribute('href')) ?? '', page.url());
    expect(href.pathname).toMatch(/^\/quotes\/\d+\/$/);
    await link.click();
    await expect(page.locator(`[id="${decodeURIComponent(href.hash.slice(1))}"]`).count()).resolves.toBe(1);
  });

  it('has no broken link or fragment anywhere on the generated site', () => {
    if (project === undefined) throw new Error('no generated site');
    const broken = findBrokenLinks(readBuiltSite(path.join(project.dir, 'dist'), '/'));
    expect(broken, formatBrokenLinks(broken.slice(0, 20))).toEqual([]);
  });

  it.each(SCHEMES)('summaries and their pages: no axe violation in %s, no script of their own', async (scheme) => {
    await checkPages(
      PAGED_LISTS.flatMap((list) => [list.summary, `${list.summary}2/`]),
      scheme,
    );
  });
});
