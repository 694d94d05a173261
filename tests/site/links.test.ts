/**
 * Every internal link of the built site resolves, in the build at `/` and in the build under
 * `/news/`: each `href`/`src` names a built file and each `#fragment` an id in its target page.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/checks/built-site.ts';
import { findBrokenLinks, formatBrokenLinks } from '../../scripts/checks/links.ts';
import { BUILDS } from './site.ts';

describe.each(BUILDS)('$name', ({ dir, base }) => {
  const site = readBuiltSite(dir, base);

  it('has no broken internal link or fragment', () => {
    const broken = findBrokenLinks(site);
    expect(broken.length, `broken links:\n${formatBrokenLinks(broken)}\n`).toBe(0);
  });

  it('links from every page: each page reaches at least one other', () => {
    // Guards the check above against passing on a build whose pages hold no links at all.
    const withoutLinks = site.pages.filter((page) => !/<a\s[^>]*href=/i.test(page.html)).map((page) => page.file);
    expect(withoutLinks).toEqual([]);
  });

  it('has a real 404.html: a page that says so and links home', () => {
    expect(existsSync(path.join(dir, '404.html'))).toBe(true);
    const notFound = site.pages.find((page) => page.file === '404.html');
    expect(notFound?.html).toMatch(/<h1[^>]*>[^<]*(not found|404)/i);
    expect(notFound?.html).toContain(`href="${base}"`);
  });
});
