/**
 * Part of the one script every page ships (with the theme button,
 * `theme/theme-toggle.ts`): `/` focuses the search box, and an
 * article opened from a search result (`?hl=`) marks the matched words.
 * It loads nothing else until one of those happens: the highlighter is a
 * separate chunk, imported only when the address asks for it, and the
 * entity preview card loads on the first pointing at, focus on or touch of
 * an entity mark, and the in-place list view on the first use of a list's
 * filters, orders or pages.
 */
import { HIGHLIGHT_PARAM } from '../core/search/highlight-terms.ts';
import { watchListControls } from './lists/list-trigger.ts';
import { watchForPreviews } from './preview/preview-trigger.ts';

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  // On the search page its own box, elsewhere the header's.
  const box =
    document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]') ??
    document.querySelector<HTMLInputElement>('input[type="search"][name="q"]');
  if (box === null) return;
  event.preventDefault();
  box.focus();
  box.select();
});

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./highlight/highlight-on-arrival.ts').then(({ highlightOnArrival }) => highlightOnArrival(document));
}

watchForPreviews(document);
watchListControls(document);
