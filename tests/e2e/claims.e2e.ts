/**
 * The numbers page (/claims/): a number in a disagreement links to its sentence, which opens
 * highlighted (`:target`) on the article page; the page's figures match /data/analysis.json.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { DATA } from './site-data.ts';
import { followSentenceLink, isHighlightedTarget } from './sentence-links.ts';

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
    const figure = (await link.locator('mark').textContent()) ?? '';
    const { slug, anchor } = await followSentenceLink(page, link);
    expect(await isHighlightedTarget(page, anchor), `#${anchor} is highlighted`).toBe(true);
    await expect(
      page.locator(`[id="${anchor}"]`).textContent(),
      `#${anchor} of ${slug} holds the number`,
    ).resolves.toContain(figure);
  });
});
