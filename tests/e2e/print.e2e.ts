/**
 * Printing an article (print media emulated): its entity marks are plain words (no tint, underline,
 * outline or type glyph), black on white in either theme; the page's address and the source's URL are
 * written out; the navigation, search, theme button and entity panel are not printed. On screen the
 * printed-only lines stay hidden.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DIST_DIR, useSite } from './harness.ts';
import { pageTypes } from './page-types.ts';

const site = useSite();

function articlePath(): string {
  const article = pageTypes().find((type) => type.name === 'article');
  if (article === undefined) throw new Error('no article in the build');
  return article.path;
}

/** An article whose front matter gives its source `url` (the page links "Original article"), if any. */
function articleWithSource(): string | undefined {
  const folder = path.join(DIST_DIR, 'articles');
  return (
    readdirSync(folder)
      .sort()
      .map((slug) => `articles/${slug}/`)
      // The list's own folders (articles/all/newest/…) hold no page of their own.
      .filter((page) => existsSync(path.join(DIST_DIR, page, 'index.html')))
      .find((page) => readFileSync(path.join(DIST_DIR, page, 'index.html'), 'utf8').includes('>Original article</a>'))
  );
}

/** Every mark that does not print as plain text, with what gives it away. */
async function decoratedMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('.article-body .mention')];
    if (marks.length === 0) return ['no marks on the page'];
    return marks.flatMap((mark) => {
      const style = getComputedStyle(mark);
      const glyph = getComputedStyle(mark, '::before').content;
      const parent = mark.parentElement === null ? '' : getComputedStyle(mark.parentElement).color;
      const found = [
        style.textDecorationLine !== 'none' ? `underline ${style.textDecorationLine}` : '',
        style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? `background ${style.backgroundColor}` : '',
        style.backgroundImage !== 'none' ? 'background image' : '',
        style.color !== parent ? `colour ${style.color} in ${parent}` : '',
        style.outlineStyle !== 'none' ? 'outline' : '',
        style.boxShadow !== 'none' ? 'shadow' : '',
        glyph !== 'none' && glyph !== 'normal' ? `glyph ${glyph}` : '',
      ].filter(Boolean);
      return found.length === 0 ? [] : [`${mark.id} "${mark.textContent}": ${found.join(', ')}`];
    });
  });
}

it.each(['light', 'dark'] as const)(
  'prints an article plainly, with its addresses, from the %s theme',
  async (scheme) => {
    const { page } = site;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site.at(`${articlePath()}#m-1`));
    await page.emulateMedia({ media: 'print', colorScheme: scheme });

    expect(await decoratedMarks(page)).toEqual([]);
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('.article-body') ?? document.body).color,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });

    const printed = await page.locator('body').innerText();
    const address = new URL(site.at(articlePath())).pathname;
    expect(printed).toContain(`Printed from `);
    expect(printed).toMatch(new RegExp(`Printed from \\S*${address.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    for (const chrome of ['.site-nav', '.site-header .search-form', '.theme-toggle', '.skip-link', '.side-panel']) {
      expect(await page.locator(chrome).first().isVisible(), `${chrome} is printed`).toBe(false);
    }
    // The headline and the text are there.
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.article-body p').first().isVisible()).toBe(true);
  },
);

it('keeps the printed-only lines off the screen', async () => {
  const { page } = site;
  await page.goto(site.at(articlePath()));
  expect(await page.locator('.print-only').count()).toBeGreaterThan(0);
  for (const line of await page.locator('.print-only').all()) expect(await line.isVisible()).toBe(false);
  expect(await decoratedMarks(page)).not.toEqual([]);
});

// The seed articles carry no source URL; real content does, and this runs on any build that has one.
it.skipIf(articleWithSource() === undefined)('prints the source URL of an article that has one', async () => {
  const { page } = site;
  await page.goto(site.at(articleWithSource() ?? ''));
  const source = await page.getByRole('link', { name: 'Original article' }).getAttribute('href');
  await page.emulateMedia({ media: 'print' });
  expect(source).toMatch(/^https?:\/\//);
  expect(await page.locator('body').innerText()).toContain(`Source: ${source ?? ''}`);
  expect(await page.getByRole('link', { name: 'Original article' }).isVisible()).toBe(true);
});
