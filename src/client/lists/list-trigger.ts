/**
 * Waits for a reader to use a list's filters, orders or pages, and only then
 * loads the script that shows the chosen list in place (`list-view.ts`).
 * Pointing at or focusing a control starts the load; a click waits for it.
 * Until then a list page runs nothing but these listeners, and without
 * JavaScript, or when the script cannot help, each control is a plain link
 * to its static page.
 */
import type { ListView } from './list-view.ts';

/** The links a list view answers in place: its filters and orders, its pages, and links marked for it. */
export const LIST_LINK =
  '[data-list-view] :is([data-list-filters] a[href], [data-list] > nav.pagination a[href], a[href][data-list-link])';

function linkOf(event: Event): HTMLAnchorElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(LIST_LINK) : null;
}

/** A click that would follow the link in this tab: the main button, no key held, no other target. */
function plainClick(event: MouseEvent, link: HTMLAnchorElement): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    (link.target === '' || link.target === '_self') &&
    !link.hasAttribute('download')
  );
}

export function watchListControls(document: Document): void {
  if (document.querySelector('[data-list-view]') === null) return;
  let loading: Promise<ListView> | undefined;
  const load = (): Promise<ListView> => {
    loading ??= import('./list-view.ts')
      .then(({ startListView }) => startListView(document))
      .catch((error: unknown) => {
        // A later click may try again; this one follows its link.
        loading = undefined;
        throw error;
      });
    return loading;
  };
  const early = (event: Event): void => {
    if (linkOf(event) !== null) load().catch(() => undefined);
  };
  document.addEventListener('pointerover', early, { passive: true });
  document.addEventListener('focusin', early);
  document.addEventListener('click', (event) => {
    const link = linkOf(event);
    if (link === null || !plainClick(event, link)) return;
    event.preventDefault();
    load().then(
      (view) => view.open(link),
      () => location.assign(link.href),
    );
  });
}
