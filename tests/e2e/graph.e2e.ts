/**
 * The graph and map page and the entity pages' neighbourhood graphs: every shape and country is a
 * link to an entity page that exists, every one is reached with Tab, and the lists beside the
 * pictures hold what the pictures draw.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { DATA, entityIdOf, type PublishedEntity } from './site-data.ts';

const site = useSite();

/** The links inside the SVGs matched by `selector`, as absolute URLs, in document order. */
async function svgLinks(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(`${selector} a`)
    .evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).href));
}

/** Each URL answers 200 with the page of the entity it names. */
async function expectEntityPages(urls: readonly string[], entities: readonly PublishedEntity[]): Promise<void> {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  for (const url of new Set(urls)) {
    const id = entityIdOf(url);
    const entity = id === null ? undefined : byId.get(id);
    expect(entity, `${url} is the page of a published entity`).toBeDefined();
    // Published urls already carry the base path: resolved against the origin, not the base.
    expect(new URL(url).pathname).toBe(new URL(entity?.url ?? '', site.url).pathname);
    const response = await fetch(url);
    expect(response.status, url).toBe(200);
    expect(await response.text()).toContain(`<h1>${entity?.name ?? ''}</h1>`);
  }
}

/** The hrefs that keyboard focus reaches, Tab after Tab from the top of the page until it comes back round. */
async function tabStops(page: Page): Promise<Set<string>> {
  const reached = new Set<string>();
  for (let i = 0; i < 1500; i += 1) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => {
      const element = document.activeElement;
      const value = element?.getAttribute('href');
      return element === null || element === document.body ? null : value ? new URL(value, document.baseURI).href : '';
    });
    if (href === null && i > 0) break;
    if (href) reached.add(href);
  }
  return reached;
}

describe('graph and map', () => {
  it('links every node and every country to its entity page, and Tab reaches each one', async () => {
    const { page } = site;
    const entities = await DATA.entities(site.at('data/entities.json'));
    const response = await page.goto(site.at('graph/'));
    expect(response?.status()).toBe(200);

    const nodes = await svgLinks(page, 'svg.graph-svg');
    const countries = await svgLinks(page, 'svg.map-svg');
    expect(nodes.length, 'nodes in the graph').toBeGreaterThan(1);
    expect(countries.length, 'countries on the map').toBeGreaterThan(0);
    await expectEntityPages([...nodes, ...countries], entities);
    const countryIds = new Set(entities.filter((e) => e.type === 'country' || e.type === 'place').map((e) => e.id));
    expect(countries.every((url) => countryIds.has(entityIdOf(url) ?? ''))).toBe(true);

    const names = await page
      .locator('svg.graph-svg a, svg.map-svg a')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('aria-label') ?? '', link.querySelector('title')?.textContent ?? '']),
      );
    for (const [label, title] of names) {
      expect(label).not.toBe('');
      expect(label).toBe(title);
    }

    const reached = await tabStops(page);
    const missed = [...nodes, ...countries].filter((url) => !reached.has(url));
    expect(missed, 'links in the pictures that Tab never reaches').toEqual([]);
  });

  it('lists beside the pictures what they draw', async () => {
    const { page } = site;
    await page.goto(site.at('graph/'));
    const lines = await page.locator('svg.graph-svg line').count();
    expect(await page.locator('.pair-list > li').count(), 'one listed pair per line').toBe(lines);
    const nodes = await svgLinks(page, 'svg.graph-svg');
    const listed = await page
      .locator('.graph-node-list a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(listed).toEqual(nodes);

    const countries = await svgLinks(page, 'svg.map-svg');
    const rows = await page
      .locator('section[aria-labelledby="countries"] tbody tr')
      .evaluateAll((trs) =>
        trs.filter((tr) => !tr.textContent.includes('not on the map')).map((tr) => tr.querySelector('a')?.href ?? ''),
      );
    expect(rows).toEqual(countries);
  });
});

describe('an entity page', () => {
  it('shows its neighbourhood graph, itself marked as the current page, every node a working link', async () => {
    const { page } = site;
    const entities = await DATA.entities(site.at('data/entities.json'));
    const top = [...entities].sort((a, b) => b.mentions - a.mentions)[0];
    if (top === undefined) throw new Error('data/entities.json is empty');
    await page.goto(new URL(top.url, site.url).href);

    const graph = page.locator('figure.neighbourhood svg.graph-svg');
    await expect(graph.count()).resolves.toBe(1);
    const links = await svgLinks(page, 'figure.neighbourhood svg.graph-svg');
    expect(links.length).toBeGreaterThan(1);
    expect(new URL(links[0] ?? '').pathname).toBe(new URL(page.url()).pathname);
    await expect(graph.locator('a').first().getAttribute('aria-current')).resolves.toBe('page');
    await expectEntityPages(links, entities);

    // Each neighbour drawn is one the "Appears with" list names.
    const listed = await page
      .locator('section[aria-labelledby="appears-with"] ol a')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.slice(1).every((url) => listed.includes(url))).toBe(true);
  });
});
