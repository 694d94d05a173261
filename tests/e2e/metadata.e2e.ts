/**
 * What a link preview or a crawler reads from an article and an entity page, in Chromium: the
 * canonical address, Open Graph and Twitter tags and the JSON-LD, all under the site's address
 * and the base the site was built with, and the card each page names, fetched from the server.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { pngSize } from '../../scripts/checks/png-size.ts';
import { ENTITY_SCHEMA_TYPES } from '../../src/core/publish/json-ld.ts';
import { siteUrlFromEnvironment } from '../../src/core/publish/site-origin.ts';
import { siteUrls } from '../../src/core/publish/site-urls.ts';
import { BASE_PATH, useSite } from './harness.ts';
import { DATA } from './site-data.ts';

const site = useSite();
// The address the site was built for; the test server runs elsewhere (a free port).
const urls = siteUrls(siteUrlFromEnvironment(process.env), BASE_PATH);

interface Head {
  canonical: string | null;
  meta: Record<string, string[]>;
  jsonLd: Record<string, unknown>[];
}

async function readHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const meta: Record<string, string[]> = {};
    for (const element of document.head.querySelectorAll('meta[property], meta[name]')) {
      const key = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
      (meta[key] ??= []).push(element.getAttribute('content') ?? '');
    }
    return {
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      meta,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => JSON.parse(script.textContent ?? 'null') as Record<string, unknown>,
      ),
    };
  });
}

/** Fetches a card from the test server (the same path under its origin) and reads its size. */
async function cardSize(page: Page, url: string): Promise<{ width: number; height: number } | undefined> {
  const response = await page.request.get(site.at(new URL(url).pathname.slice(BASE_PATH.length)));
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/png/);
  return pngSize(await response.body());
}

it('gives an article page its canonical address, tags, card and NewsArticle', async () => {
  const { page } = site;
  const [entity] = await DATA.entities(site.at('data/entities.json'));
  const slug = entity?.articles[0];
  if (slug === undefined) throw new Error('no article to open');
  const article = await DATA.article(site.at(`data/articles/${slug}.json`));
  await page.goto(site.at(`articles/${slug}/`));
  const head = await readHead(page);
  expect(head.canonical).toBe(urls.article(slug));
  expect(head.meta['og:url']).toEqual([urls.article(slug)]);
  expect(head.meta['og:type']).toEqual(['article']);
  expect(head.meta['og:title']).toEqual([article.title]);
  expect(head.meta['og:image']).toEqual([urls.ogImage({ article: slug })]);
  expect(head.meta['twitter:card']).toEqual(['summary_large_image']);
  expect(head.meta['twitter:image']).toEqual(head.meta['og:image']);
  expect(head.meta['article:published_time']).toEqual([article.published]);
  expect(await cardSize(page, urls.ogImage({ article: slug }))).toEqual({ width: 1200, height: 630 });

  const news = head.jsonLd.find((block) => block['@type'] === 'NewsArticle');
  expect(news).toMatchObject({
    '@context': 'https://schema.org',
    headline: article.title,
    datePublished: article.published,
    url: urls.article(slug),
    publisher: { '@type': 'Organization', name: article.outlet },
  });
  const things = [
    ...((news?.['about'] as object[] | undefined) ?? []),
    ...((news?.['mentions'] as object[] | undefined) ?? []),
  ];
  expect(things).toContainEqual(expect.objectContaining({ name: entity?.name, url: urls.entity(entity?.id ?? '') }));
});

it('gives an entity page its canonical address, tags, card and typed JSON-LD', async () => {
  const { page } = site;
  const entities = await DATA.entities(site.at('data/entities.json'));
  const entity = entities.find((e) => e.type === 'agency') ?? entities[0];
  if (entity === undefined) throw new Error('no entity');
  await page.goto(site.at(`entities/${entity.id}/`));
  const head = await readHead(page);
  expect(head.canonical).toBe(urls.entity(entity.id));
  expect(head.meta['og:url']).toEqual([urls.entity(entity.id)]);
  expect(head.meta['og:type']).toEqual([entity.type === 'person' ? 'profile' : 'website']);
  expect(head.meta['og:image']).toEqual([urls.ogImage({ entity: entity.id })]);
  expect(head.meta['twitter:image:alt']?.[0]).toContain(entity.name);
  expect(await cardSize(page, urls.ogImage({ entity: entity.id }))).toEqual({ width: 1200, height: 630 });
  expect(head.jsonLd).toContainEqual(
    expect.objectContaining({
      '@context': 'https://schema.org',
      '@type': ENTITY_SCHEMA_TYPES[entity.type],
      name: entity.name,
      url: urls.entity(entity.id),
    }),
  );
});
