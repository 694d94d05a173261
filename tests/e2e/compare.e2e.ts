/**
 * The comparison page and the marks beside shared sentences: a coverage cell opens the entity
 * page at that article's mentions, a passage opens the article at its sentence, highlighted, and
 * the marks beside a shared sentence work without JavaScript.
 */
import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useSite, waitForTargetInView, watchForProblems } from './harness.ts';
import { DATA, entityIdOf } from './site-data.ts';
import { followSentenceLink, isHighlightedTarget, sentenceTargetOf } from './sentence-links.ts';

const site = useSite();

describe('/compare/', () => {
  it('shows the coverage matrix, and a cell opens the entity page at that article’s mentions', async () => {
    const { page } = site;
    const response = await page.goto(site.at('compare/'));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/compare/i);
    const analysis = await DATA.analysis(site.at('data/analysis.json'));
    const cells = page.locator('table.coverage-matrix tbody td a');
    expect(await cells.count(), 'the matrix has cells linking to mentions').toBeGreaterThan(0);
    const href = (await cells.first().getAttribute('href')) ?? '';
    const label = (await cells.first().getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^.+ in .+: \d+ mentions?/);

    await cells.first().click();
    await page.waitForURL((url) => entityIdOf(url.href) !== null && url.hash.startsWith('#mentions-in-'));
    const id = new URL(page.url()).hash.slice(1);
    await waitForTargetInView(page, id);
    expect(await isHighlightedTarget(page, id), `#${id} is highlighted as the target`).toBe(true);
    const slug = id.slice('mentions-in-'.length);
    const mentions = page.locator(`#${id} a[href*="/articles/${slug}/#m-"]`);
    expect(await mentions.count(), `#${id} lists mentions in ${slug}`).toBeGreaterThan(0);
    // The cell's count is the mentions of its outlet, as the published coverage says.
    const entity = entityIdOf(page.url());
    const row = analysis.coverage.find((r) => r.entity === entity);
    expect(Object.values(row?.outlets ?? {}).some((c) => label.includes(`${c.mentions} mention`))).toBe(true);
    expect(href).toContain(`#${id}`);
  });

  it('follows a passage to its sentence in the article and finds that sentence highlighted', async ({ skip }) => {
    const { page } = site;
    const analysis = await DATA.analysis(site.at('data/analysis.json'));
    // The seed articles share passages; a corpus whose articles share none has no passage to follow.
    skip(analysis.passages.length === 0, 'no shared passage in this corpus');
    await page.goto(site.at('compare/'));
    const links = page.locator('.passage a[href*="/articles/"][href*="#s-"]');
    expect(await links.count()).toBeGreaterThan(1);
    const { slug, anchor } = await sentenceTargetOf(links.nth(1));
    const passage = analysis.passages.find((p) =>
      p.sentences.some((s) => s.article === slug && `s-${s.sentence}` === anchor),
    );
    expect(passage, `${slug}#${anchor} is a sentence of a published passage`).toBeDefined();

    await followSentenceLink(page, links.nth(1));
    expect(await isHighlightedTarget(page, anchor), `#${anchor} is highlighted as the target`).toBe(true);
    const published = await DATA.article(site.at(`data/articles/${slug}.json`));
    const sentence = published.sentences[Number(anchor.slice(2)) - 1];
    const shown = await page.locator(`#${anchor}`).innerText();
    expect(sentence && published.text.slice(sentence.start, sentence.end).startsWith(shown.trim().slice(0, 30))).toBe(
      true,
    );
  });

  it('shows each rewording as a word diff with visible markers', async () => {
    const { page } = site;
    await page.goto(site.at('compare/'));
    const analysis = await DATA.analysis(site.at('data/analysis.json'));
    const diffs = page.locator('.passage .word-diff');
    if (!analysis.passages.some((p) => p.kind === 'reworded')) return expect(await diffs.count()).toBe(0);
    expect(await diffs.count(), 'a reworded passage shows a word diff').toBeGreaterThan(0);
    const marker = await page
      .locator('.passage .word-diff :is(del, ins)')
      .first()
      .evaluate((element) => getComputedStyle(element, '::before').content);
    expect(marker).toMatch(/[−+]/);
    await expect(
      page.locator('.passage .word-diff :is(del, ins) .visually-hidden').first().textContent(),
    ).resolves.toMatch(/left out|added/);
  });
});

describe('sentence marks without JavaScript', () => {
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  it('links a shared sentence to its counterpart and to its passage, each named for what it is', async ({ skip }) => {
    const browser = site.page.context().browser();
    if (browser === null) throw new Error('no browser');
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    watchForProblems(page, problems);

    const analysis = await DATA.analysis(site.at('data/analysis.json'));
    skip(analysis.passages.length === 0, 'no shared passage in this corpus');
    // The first passage the comparison page lists (it lists those in the most articles first).
    await page.goto(site.at('compare/'));
    const listed = (await page.locator('.passage').first().getAttribute('id')) ?? '';
    const [first, second] = analysis.passages[Number(listed.replace('passage-', '')) - 1]?.sentences ?? [];
    if (!first || !second) throw new Error('no passage with two sentences');
    await page.goto(site.at(`articles/${first.article}/`));
    // The marks of the first sentence: the group of links that holds one to the second.
    const target = `s-${second.sentence}`;
    const counterpart = `.sentence-mark[href$="/articles/${second.article}/#${target}"]`;
    const group = page.locator(`.sentence-marks:has(${counterpart})`);
    expect(await group.count(), `sentence ${first.sentence} of ${first.article} links to its counterpart`).toBe(1);
    const beside = await group.evaluate(
      (element, id) => element.closest('p, li, h2, h3, blockquote')?.querySelector(`[id="${id}"]`) !== null,
      `s-${first.sentence}`,
    );
    expect(beside, 'the marks stand in the paragraph of the sentence they mark').toBe(true);
    const marks = group.locator('.sentence-mark');
    const labels = await marks.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
    expect(labels[0]).toMatch(
      /^(shared with|reworded (from|in)) .+, sentence \d+$|^repeats sentence \d+ of this article$/,
    );
    expect(labels.some((label) => /passage \d+ on the comparison page/.test(label))).toBe(true);

    // The glyph is drawn from an attribute, not written into the text.
    const glyph = await marks.first().evaluate((link) => getComputedStyle(link, '::before').content);
    expect(glyph).not.toBe('none');
    await expect(marks.first().textContent()).resolves.toBe('');

    await followSentenceLink(page, page.locator(counterpart));
    expect(await isHighlightedTarget(page, target)).toBe(true);

    await page.goBack();
    await group.locator('.sentence-mark--passage').click();
    await page.waitForURL((url) => url.pathname.endsWith('/compare/') && /^#passage-\d+$/.test(url.hash));
    const passage = new URL(page.url()).hash.slice(1);
    await waitForTargetInView(page, passage);
    expect(await isHighlightedTarget(page, passage)).toBe(true);
    expect(problems).toEqual([]);
  });
});
