import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cannotSwap, swapView } from './swap-view.ts';

interface PageParts {
  title: string;
  canonical: string;
  next?: string;
  head?: string;
  view?: string | undefined;
}

/** A list page as the build writes it, cut down to what a swap touches. */
function page({ title, canonical, next, head = '', view }: PageParts): Document {
  const html = `<!doctype html><html><head><title>${title}</title>
    <link rel="stylesheet" href="/_astro/site.css">
    <meta name="description" content="${title} described">
    <link rel="canonical" href="${canonical}">${next ? `<link rel="next" href="${next}">` : ''}${head}
    </head><body><header><a href="/">Home</a></header><main><div role="status" data-list-status></div>
    ${view === undefined ? '' : `<div data-list-view>${view}</div>`}</main></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const first = (): Document =>
  page({ title: 'Articles', canonical: '/articles/', next: '/articles/all/newest/2/', view: '<h1>Articles</h1>' });
const second = (extra: Partial<PageParts> = {}): Document =>
  page({ title: 'People', canonical: '/entities/person/by-name/', view: '<h1>People</h1>', ...extra });

describe('swapView', () => {
  it('puts the new view, title, description and canonical in place, and drops links the new page lacks', () => {
    const current = first();
    const header = current.querySelector('header');
    const view = swapView(current, second());
    expect(view.querySelector('h1')?.textContent).toBe('People');
    expect(current.querySelectorAll('[data-list-view]').length).toBe(1);
    expect(current.title).toBe('People');
    expect(current.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('/entities/person/by-name/');
    expect(current.querySelectorAll('link[rel="canonical"]').length).toBe(1);
    expect(current.querySelector('link[rel="next"]')).toBeNull();
    expect(current.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('People described');
    // What lies outside the view is the same element, not a copy: the header and the status line.
    expect(current.querySelector('header')).toBe(header);
    expect(current.querySelector('[data-list-status]')).not.toBeNull();
  });
});

describe('cannotSwap', () => {
  it('allows a list page of the same styles', () => {
    expect(cannotSwap(first(), second())).toBeUndefined();
  });

  it('refuses a page with no list view', () => {
    expect(cannotSwap(first(), second({ view: undefined }))).toMatch(/no list view/);
  });

  it('refuses an inline style the current page’s policy has no hash for, and a stylesheet it lacks', () => {
    expect(cannotSwap(first(), second({ head: '<style>h1{color:red}</style>' }))).toMatch(/inline styles/);
    expect(cannotSwap(first(), second({ head: '<link rel="stylesheet" href="/_astro/other.css">' }))).toMatch(
      /stylesheet/,
    );
  });
});
