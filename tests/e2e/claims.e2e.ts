/**
 * The numbers page (/claims/): a number in a disagreement links to its sentence, which opens
 * highlighted (`:target`) on the article page; the page's figures match /data/analysis.json.
 */
import { describe, expect, it } from 'vitest';
import { useSite, waitForTargetInView } from './harness.ts';
import { articleSlugOf, DATA, isArticlePage } from './site-data.ts';

const site = useSite();

describe('numbers and claims', () => {
  it('lists every published quantity and calls out each discrepancy', async ({ skip }) => {
    const { page } = site;
    const analysis = await DATA.analysis(site.at('data/analysis.json'));
    await page.goto(site.at('claims/'));
    const figures = await page
      .locator('#every-number ~ section a.claim-sentence, .claim-group a.claim-sentence')
      .count();
    expect(figures).toBe(analysis.quantities.length);
    const flagged = page.locator('.discrepancy h3');
    expect(await flagged.count()).toBe(analysis.discrepancies.length);
    // The seed articles disagree on some figures; a corpus whose articles never do has no flag to read.
    skip(analysis.discrepancies.length === 0, 'no discrepancy in this corpus: nothing flagged to check');
    // The flag is a word as well as a glyph.
    await expect(flagged.first().textContent()).resolves.toContain('Disagreement:');
  });

  it('follows a disputed number to its sentence and finds it highlighted', async ({ skip }) => {
    const { page } = site;
    const { discrepancies } = await DATA.analysis(site.at('data/analysis.json'));
    skip(discrepancies.length === 0, 'no discrepancy in this corpus: no disputed number to follow');
    await page.goto(site.at('claims/'));
    const link = page.locator('.discrepancy a.claim-sentence').first();
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    const figure = (await link.locator('mark').textContent()) ?? '';
    const slug = articleSlugOf(href) ?? '';
    const anchor = new URL(href).hash.slice(1);
    expect(anchor).toMatch(/^s-\d+$/);

    await link.click();
    await page.waitForURL((url) => isArticlePage(url.href, slug) && url.hash === `#${anchor}`);
    await waitForTargetInView(page, anchor);
    const target = await page.evaluate((id) => {
      const element = document.getElementById(id);
      if (!element) return null;
      const style = getComputedStyle(element);
      const page = getComputedStyle(document.body);
      return { text: element.textContent, background: style.backgroundColor, pageBackground: page.backgroundColor };
    }, anchor);
    expect(target?.text, `#${anchor} of ${slug} holds the number`).toContain(figure);
    expect(target?.background, `#${anchor} is highlighted`).not.toBe(target?.pageBackground);
    expect(target?.background).not.toBe('rgba(0, 0, 0, 0)');
  });
});
