/**
 * Following a link to a sentence (`…/articles/<slug>/#s-<n>`), the way every analysis page links its
 * facts, and checking that the article shows that sentence as its highlighted `:target`.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForTargetInView } from './harness.ts';
import { articleSlugOf, isArticlePage } from './site-data.ts';

/** Where a sentence link leads: the article and the sentence's id there. */
export interface SentenceTarget {
  slug: string;
  anchor: string;
}

/** Where `link` leads, checked to be a sentence of an article. */
export async function sentenceTargetOf(link: Locator): Promise<SentenceTarget> {
  const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
  const slug = articleSlugOf(href);
  const anchor = new URL(href).hash.slice(1);
  expect(slug, `${href} is an article page`).not.toBeNull();
  expect(anchor, `${href} names a sentence`).toMatch(/^s-\d+$/);
  return { slug: slug ?? '', anchor };
}

/** Clicks `link` and waits until its article shows the sentence as the `:target`, in view. */
export async function followSentenceLink(page: Page, link: Locator): Promise<SentenceTarget> {
  const target = await sentenceTargetOf(link);
  await link.click();
  await page.waitForURL((url) => isArticlePage(url.href, target.slug) && url.hash === `#${target.anchor}`);
  await waitForTargetInView(page, target.anchor);
  return target;
}

/**
 * Whether the element with id `id` is the `:target` and looks it: its background or outline differs from
 * a sentence that is not the target (or, with no other sentence, from the page).
 */
export async function isHighlightedTarget(page: Page, id: string): Promise<boolean> {
  return page.evaluate((targetId) => {
    const element = document.getElementById(targetId);
    if (element === null || !element.matches(':target')) return false;
    const look = (of: Element): string => {
      const style = getComputedStyle(of);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return `${style.backgroundColor} ${outline ? `${style.outlineStyle} ${style.outlineColor}` : 'no outline'}`;
    };
    const other = document.querySelector(`.sentence:not([id="${targetId}"])`) ?? document.body;
    return look(element) !== look(other);
  }, id);
}
