/**
 * Search as readers expect it, in Chromium against the built site: the keys (`/` from any page,
 * arrows through the results, Enter opens, Escape clears), the operators (all words, "phrase",
 * -word), the filters and order with every one of them in the URL, result counts, and the
 * article a result opens marking the matched words. Works at `/` and under a base path.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import type { CorpusQueries } from './corpus-queries.ts';
import { articleSlugOf, DATA, isArticlePage, siteQueries } from './site-data.ts';

const site = useSite();

// Chosen once per run from the built site's data, so the tests hold on any corpus.
let chosen: Promise<CorpusQueries> | undefined;
const queries = (): Promise<CorpusQueries> => (chosen ??= siteQueries((path) => site.at(path)));
/** `text` contains `word` as a whole word, in any case. */
const hasWord = (text: string, word: string): boolean => new RegExp(`\\b${word}\\b`, 'iu').test(text);

/** The search page for `query` (and more parameters), once its results are in. */
async function search(page: Page, params: Record<string, string>): Promise<void> {
  await page.goto(site.at(`search/?${new URLSearchParams(params)}`));
  await waitForResults(page);
}

async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-search-page]');
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return root !== null && !root.hasAttribute('aria-busy') && status.trim() !== '';
  });
}

/** The text of every paragraph result's snippet, in order. */
const snippets = (page: Page) => page.locator('main .search-snippet').allTextContents();

/** The whole text of the paragraph each result opens (a snippet may show only part of it), read from the article page. */
async function openedParagraphs(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('main .search-paragraph a.search-result-link[href*="#p-"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return page.evaluate(async (links) => {
    const texts: string[] = [];
    for (const href of links) {
      const html = await (await fetch(href)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      texts.push(doc.getElementById(new URL(href).hash.slice(1))?.textContent ?? '');
    }
    return texts;
  }, hrefs);
}
const status = async (page: Page) => (await page.locator('[data-search-status]').textContent()) ?? '';

describe('search keys', () => {
  it('focuses the search box with / from an article and an entity page, not while typing elsewhere', async () => {
    const { page } = site;
    const { word } = await queries();
    const entities = await DATA.entities(site.at('data/entities.json'));
    const entity = entities[0];
    if (entity === undefined) throw new Error('no entities');
    for (const path of [`articles/${entity.articles[0] ?? ''}/`, `entities/${entity.id}/`]) {
      await page.goto(site.at(path));
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('/');
      const focused = await page.evaluate(() => {
        const active = document.activeElement;
        return active instanceof HTMLInputElement ? [active.type, active.name, active.value] : null;
      });
      expect(focused, `/ on ${path}`).toEqual(['search', 'q', '']);
      await page.keyboard.type(word);
      expect(await page.locator('#site-search').inputValue(), 'the slash is not typed into the box').toBe(word);
    }
  });

  it('moves through results with the arrows, opens one with Enter, and clears with Escape', async () => {
    const { page } = site;
    const { word } = await queries();
    await search(page, { q: word });
    const box = page.locator('#search-page-q');
    await box.focus();
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    expect(first).toMatch(/\/(entities|articles)\//);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')).toBe(first);

    // Escape from a result goes back to the box; Escape in the box clears the query and the URL.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-q');
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
    expect(await page.locator('main .search-paragraph').count()).toBe(0);

    await box.fill(word);
    await waitForResults(page);
    await page.waitForFunction(() => document.querySelector('main .search-paragraph a') !== null);
    await box.focus();
    const links = await page
      .locator('main .search-result-link')
      .evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).href));
    const paragraphAt = links.findIndex((href) => href.includes('/articles/'));
    for (let i = 0; i <= paragraphAt; i++) await page.keyboard.press('ArrowDown');
    const target = links[paragraphAt] ?? '';
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => isArticlePage(url.href, articleSlugOf(target) ?? ''));
  });

  it('shows the keys where they apply', async () => {
    const { page } = site;
    await page.goto(site.at('search/'));
    const keys = await page.locator('main .search-keys').textContent();
    for (const key of ['/', '↓', '↑', 'Enter', 'Esc']) expect(keys).toContain(key);
    expect(await page.locator('#site-search').getAttribute('aria-keyshortcuts')).toBe('/');
    expect(await page.locator('#site-search').getAttribute('placeholder')).toMatch(/\//);
  });
});

describe('search operators', () => {
  it('takes several words as all of them, and says how many paragraphs it found', async () => {
    const { page } = site;
    // `companion` is missing from some paragraph that has `word`: a search for either word would show it.
    const { word, companion } = await queries();
    await search(page, { q: `${companion} ${word}` });
    const texts = await openedParagraphs(page);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(hasWord(text, companion), text).toBe(true);
      expect(hasWord(text, word), text).toBe(true);
    }
    expect(await status(page)).toContain(`for “${companion} ${word}”`);
    expect(await status(page)).toMatch(/Found .*\d+ paragraphs? for/);
  });

  it('finds a quoted phrase exactly, and leaves out -words', async () => {
    const { page } = site;
    // The pair is in the text in one order only: the reverse order holds both words but not the phrase.
    const { word, companion, phrase } = await queries();
    const [first, second] = phrase;
    await search(page, { q: `"${first} ${second}"` });
    const quoted = await openedParagraphs(page);
    expect(quoted.length).toBeGreaterThan(0);
    for (const text of quoted) expect(text.toLowerCase()).toContain(`${first} ${second}`);
    await search(page, { q: `"${second} ${first}"` });
    expect(await snippets(page)).toEqual([]);
    expect(await status(page)).not.toMatch(/paragraph/);

    // Some paragraphs with `word` have `companion` and some do not: only the second kind may show.
    await search(page, { q: `${word} -${companion}` });
    const without = await openedParagraphs(page);
    expect(without.length).toBeGreaterThan(0);
    for (const text of without) {
      expect(hasWord(text, word), text).toBe(true);
      expect(hasWord(text, companion), text).toBe(false);
    }
  });
});

describe('search filters', () => {
  it('narrows by outlet, entity type and entity, orders by date, each in the URL', async () => {
    const { page } = site;
    const published = await DATA.entities(site.at('data/entities.json'));
    const { word, entity: chosenEntity } = await queries();
    await search(page, { q: word });
    const all = await page.locator('main .search-paragraph').count();

    const outlet = await page.locator('select[name="outlet"] option').nth(1).getAttribute('value');
    await page.selectOption('select[name="outlet"]', outlet ?? '');
    await page.waitForFunction((name) => new URL(location.href).searchParams.get('outlet') === name, outlet);
    await waitForResults(page);
    const metas = await page.locator('main .search-paragraph .meta').allTextContents();
    for (const meta of metas) expect(meta).toContain(outlet);
    expect(metas.length).toBeLessThanOrEqual(all);
    expect(await status(page)).toContain(`in ${outlet ?? ''}`);

    // The filters survive a reload: the URL is the state.
    await page.reload();
    await waitForResults(page);
    expect(await page.locator('select[name="outlet"]').inputValue()).toBe(outlet);

    const type = chosenEntity.type;
    await search(page, { q: word, type, sort: 'date' });
    expect(await page.locator('select[name="type"]').inputValue()).toBe(type);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('date');
    expect(await status(page)).toContain(`mentioning a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}, newest first`);

    // An entity result narrows the search to paragraphs that mention it, and says which.
    await search(page, { q: chosenEntity.name });
    const only = page.locator('main .search-filter-link').first();
    await only.click();
    await page.waitForURL((url) => url.searchParams.get('entity') !== null);
    await waitForResults(page);
    const id = new URL(page.url()).searchParams.get('entity') ?? '';
    const entity = published.find((e) => e.id === id);
    expect(entity, `entity ${id} is published`).toBeDefined();
    await page.locator('[data-search-entity-filter]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-search-entity-name]').textContent()).toBe(entity?.name);
    const hrefs = await page
      .locator('main .search-paragraph a.search-result-link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(entity?.articles).toContain(articleSlugOf(href));

    await search(page, { q: word, from: '2100-01-01' });
    expect(await snippets(page)).toEqual([]);
    expect(await status(page)).toMatch(/No results .*from 2100-01-01/);
  });
});

describe('highlight on arrival', () => {
  it('marks the matched words in the article a result opens, and nothing without a query', async () => {
    const { page } = site;
    // The typo is within reach of `word` and of no other word of the corpus.
    const { word, typo } = await queries();
    await search(page, { q: typo });
    const link = page.locator('main .search-paragraph a.search-result-link[href*="#p-"]').first();
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(new URL(href).searchParams.get('hl')).toBe(word);
    await link.click();
    await page.waitForURL((url) => isArticlePage(url.href, articleSlugOf(href) ?? ''));
    await page.locator('main mark.search-hit').first().waitFor();
    const marked = await page.locator('main mark.search-hit').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text.toLowerCase()).toBe(word);

    const plain = new URL(href);
    plain.search = '';
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(plain.href);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main mark.search-hit').count()).toBe(0);
    expect(scripts.length, `scripts without a query: ${scripts.join(', ')}`).toBeLessThanOrEqual(1);
  });
});
