/**
 * The timeline (/timeline/): every event of /data/analysis.json is listed with a dated `<time>`, and an
 * event's link opens its article at the sentence, highlighted as the `:target`.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { articleSlugOf, DATA } from './site-data.ts';
import { followSentenceLink, isHighlightedTarget } from './sentence-links.ts';

const site = useSite();

describe('timeline', () => {
  it('lists every event with a machine-readable date and links each to its sentence', async () => {
    const { page } = site;
    const analysis = await DATA.analysis(site.at('data/analysis.json'));
    expect(analysis.events.length, 'the corpus has dated events').toBeGreaterThan(0);
    await page.goto(site.at('timeline/'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Timeline');

    const datetimes = await page
      .locator('main time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(datetimes.length).toBeGreaterThan(0);
    for (const value of datetimes) expect(value).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
    for (const event of analysis.events) expect(datetimes).toContain(event.date);

    const links = await page
      .locator('main a[href*="/articles/"][href*="#s-"]')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    // One link per event: its article and sentence.
    const linked = links.map((href) => `${articleSlugOf(href) ?? ''}${new URL(href).hash}`).sort();
    expect(linked).toEqual(analysis.events.map((e) => `${e.article}#s-${e.sentence}`).sort());
  });

  it('follows an event to its sentence and finds the sentence highlighted', async () => {
    const { page } = site;
    await page.goto(site.at('timeline/'));
    const link = page.locator('main a[href*="/articles/"][href*="#s-"]').last();
    const { anchor } = await followSentenceLink(page, link);
    expect(await isHighlightedTarget(page, anchor), `#${anchor} is highlighted`).toBe(true);
  });
});
