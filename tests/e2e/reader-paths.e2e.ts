/**
 * The reader's paths from the design, clicked through in Chromium against the built site.
 * Hooks relied on are listed in tests/e2e/README.md.
 */
import { describe, expect, it } from 'vitest';
import { useSite, waitForTargetInView } from './harness.ts';
import { articleSlugOf, DATA, isArticlePage, siteQueries } from './site-data.ts';

const site = useSite();

/** A mention mark of entity `id`: a link to the entity that is, holds or sits inside the `#m-<n>` anchor. */
function mentionMark(id: string): string {
  return `a[href*="/entities/${id}/"]:is([id^="m-"], [id^="m-"] *, :has([id^="m-"]))`;
}

describe('reading', () => {
  it('goes home → article → mention → entity page → the same entity in another article, at its anchor', async () => {
    const { page } = site;
    const entities = await DATA.entities(site.at('data/entities.json'));
    const shared = entities.filter((entity) => new Set(entity.articles).size >= 2);
    expect(shared.length, 'entities.json has an entity mentioned in two or more articles').toBeGreaterThan(0);

    await page.goto(site.url);
    // The HTML links only: the date chart's dots are SVG links, whose `href` is not a string.
    const homeLinks = await page
      .locator('main a[href*="/articles/"]:not(svg a)')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const homeSlugs = [...new Set(homeLinks.map(articleSlugOf).filter((slug) => slug !== null))];
    expect(homeSlugs.length, 'the home page links to articles').toBeGreaterThan(0);

    const slug = homeSlugs.find((candidate) => shared.some((entity) => entity.articles.includes(candidate)));
    expect(slug, 'an article on the home page mentions an entity found in another article too').toBeDefined();
    if (slug === undefined) return;
    const entity = shared.find((candidate) => candidate.articles.includes(slug));
    if (entity === undefined) return;

    await page.locator(`main a[href*="/articles/${slug}/"]:not(svg a)`).first().click();
    await page.waitForURL((url) => isArticlePage(url.href, slug));

    const marks = page.locator(mentionMark(entity.id));
    expect(await marks.count(), `article ${slug} marks ${entity.id} with an #m-<n> anchor`).toBeGreaterThan(0);
    await marks.first().click();
    await page.waitForURL((url) => url.pathname.endsWith(`/entities/${entity.id}/`));
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toContain(entity.name);

    // A mention listed under another article: a link to that article's #m-<n> anchor.
    const mentionLinks = await page
      .locator('main a[href*="/articles/"][href*="#m-"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const index = mentionLinks.findIndex((href) => {
      const other = articleSlugOf(href);
      return other !== null && other !== slug;
    });
    expect(index, `the page of ${entity.id} lists a mention in an article other than ${slug}`).toBeGreaterThanOrEqual(
      0,
    );
    const href = mentionLinks[index] ?? '';
    const otherSlug = articleSlugOf(href) ?? '';
    const anchor = new URL(href).hash.slice(1);
    expect(anchor).toMatch(/^m-\d+$/);

    await page.locator('main a[href*="/articles/"][href*="#m-"]').nth(index).click();
    await page.waitForURL((url) => isArticlePage(url.href, otherSlug) && url.hash === `#${anchor}`);
    await waitForTargetInView(page, anchor);

    const targetLinksToEntity = await page.evaluate(
      ({ id, entityPath }) => {
        const target = document.getElementById(id);
        if (target === null) return false;
        const links = [target.closest('a'), ...target.querySelectorAll('a')];
        return links.some((link) => link !== null && new URL(link.href).pathname.endsWith(entityPath));
      },
      { id: anchor, entityPath: `/entities/${entity.id}/` },
    );
    expect(targetLinksToEntity, `#${anchor} in ${otherSlug} is a mention of ${entity.id}`).toBe(true);
  });
});

describe('searching', () => {
  it('forgives a typo, highlights the matches and opens the article at the paragraph', async () => {
    const { page } = site;
    // A frequent word of the corpus with two letters swapped, within reach of that word only.
    const { word, typo: query } = await siteQueries((path) => site.at(path));
    await page.goto(site.url);

    const box = page.getByRole('search').first().getByRole('searchbox');
    await box.fill(query);
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/search/') && url.searchParams.get('q') === query);

    await page.locator('main mark').first().waitFor({ state: 'visible' });
    expect(
      await page.getByRole('search').first().getByRole('searchbox').inputValue(),
      'the header box keeps the query',
    ).toBe(query);
    const highlighted = await page.locator('main mark').allTextContents();
    expect(
      highlighted.some((text) => text.toLowerCase() === word),
      `highlighted words include "${word}": ${JSON.stringify(highlighted.slice(0, 10))}`,
    ).toBe(true);

    const results = page.locator('main a[href*="/articles/"][href*="#"]');
    const href = await results.first().evaluate((link) => (link as HTMLAnchorElement).href);
    const slug = articleSlugOf(href);
    const fragment = decodeURIComponent(new URL(href).hash.slice(1));
    expect(slug, `a result links to an article: ${href}`).not.toBeNull();
    expect(fragment, `a result links to a paragraph: ${href}`).not.toBe('');

    await results.first().click();
    await page.waitForURL((url) => isArticlePage(url.href, slug ?? '') && url.hash !== '');
    await waitForTargetInView(page, fragment);
    const paragraph = await page.evaluate((id) => document.getElementById(id)?.textContent ?? '', fragment);
    expect(paragraph.toLowerCase(), `the paragraph #${fragment} has "${word}"`).toContain(word);
  });
});
