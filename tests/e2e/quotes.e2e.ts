/**
 * The quotes page against the built site: every published quote is there with its speaker, and a
 * quote's link opens the article at its sentence, highlighted as the :target; an entity page lists
 * the entity's quotes. Runs at / and under /news/ like the other browser tests.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { DATA } from './site-data.ts';
import { followSentenceLink, isHighlightedTarget } from './sentence-links.ts';

const site = useSite();

describe('quotes', () => {
  it('lists every quote and follows a quote carried by two outlets to its sentence, highlighted', async () => {
    const { page } = site;
    const analysis = await DATA.analysis(site.at('data/analysis.json'));
    expect(analysis.quotes.length, 'data/analysis.json has quotes').toBeGreaterThan(0);
    await page.goto(site.at('quotes/'));
    for (const quote of analysis.quotes) {
      await expect(page.locator(`[id="${quote.id}"]`).count(), `${quote.id} is on the page once`).resolves.toBe(1);
    }

    const shared = analysis.quotes.find((q) => new Set(q.occurrences.map((o) => o.article)).size > 1);
    expect(shared, 'a quote is carried by two outlets').toBeDefined();
    if (!shared) return;
    const card = page.locator(`[id="${shared.id}"]`);
    if (shared.speakerName !== null) await expect(card.textContent()).resolves.toContain(shared.speakerName);
    const occurrence = shared.occurrences[1] ?? shared.occurrences[0];
    if (!occurrence) return;
    const link = card.locator(`a[href$="articles/${occurrence.article}/#s-${occurrence.sentence}"]`);
    const { anchor } = await followSentenceLink(page, link);
    expect(await isHighlightedTarget(page, anchor), 'the targeted sentence is highlighted').toBe(true);
    const shown = (await page.locator(`[id="${anchor}"]`).textContent()) ?? '';
    const article = await DATA.article(site.at(`data/articles/${occurrence.article}.json`));
    const firstWords = article.text.slice(occurrence.start, occurrence.end).split(/\s+/).slice(0, 3).join(' ');
    expect(shown.replace(/\s+/g, ' '), 'the sentence holds the quote').toContain(firstWords);
  });

  it("lists a speaker's quotes on the speaker's entity page", async () => {
    const { page } = site;
    const analysis = await DATA.analysis(site.at('data/analysis.json'));
    const quote = analysis.quotes.find((q) => q.speaker !== null);
    expect(quote, 'a quote has a speaker').toBeDefined();
    if (!quote?.speaker) return;
    await page.goto(site.at(`entities/${quote.speaker}/`));
    const section = page.locator('section[aria-labelledby="quotes"]');
    await expect(section.locator('h2').textContent()).resolves.toBe('Quotes');
    await expect(section.textContent()).resolves.toContain(quote.text.slice(0, 40));
  });
});
