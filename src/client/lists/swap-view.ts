/**
 * Putting the list view of one static list page in place of another's:
 * the `data-list-view` element, the title and the head links that name the
 * page (canonical, previous, next) and its description.
 */

/** Head elements that belong to one page of a list rather than to every page. */
const PAGE_HEAD = ['link[rel="canonical"]', 'link[rel="prev"]', 'link[rel="next"]', 'meta[name="description"]'];

export const VIEW = '[data-list-view]';

/**
 * Why `next` cannot be shown inside `current`, or undefined when it can. An
 * inline style `current` lacks would be refused by its Content-Security-Policy,
 * which allows only its own inline code, and a stylesheet it lacks would show
 * the list unstyled until it arrived; the caller then loads the page instead.
 * (The lists share one stylesheet today, so neither happens.)
 */
export function cannotSwap(current: Document, next: Document): string | undefined {
  if (next.querySelector(VIEW) === null) return 'the page has no list view';
  if (current.querySelector(VIEW) === null) return 'this page has no list view';
  const styles = new Set([...current.querySelectorAll('style')].map((style) => style.textContent));
  if ([...next.querySelectorAll('style')].some((style) => !styles.has(style.textContent))) {
    return 'the page has inline styles of its own';
  }
  const sheets = new Set([...current.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href));
  if ([...next.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => !sheets.has(l.href))) {
    return 'the page has a stylesheet of its own';
  }
  return undefined;
}

/**
 * Moves `next`'s list view, title and page-specific head elements into
 * `current` (after {@link cannotSwap} said yes); returns the view now in place.
 */
export function swapView(current: Document, next: Document): HTMLElement {
  const incoming = next.querySelector<HTMLElement>(VIEW);
  const outgoing = current.querySelector<HTMLElement>(VIEW);
  if (incoming === null || outgoing === null) throw new Error('swapView: a page without a list view');
  for (const selector of PAGE_HEAD) {
    for (const element of current.head.querySelectorAll(selector)) element.remove();
    for (const element of next.head.querySelectorAll(selector)) current.head.append(current.importNode(element, true));
  }
  current.title = next.title;
  const view = current.importNode(incoming, true);
  outgoing.replaceWith(view);
  return view;
}
