/**
 * Waits for a reader to point at, focus or touch an entity mark, and only
 * then loads the preview card's script. Until that moment the page runs
 * nothing but these listeners, and without JavaScript a mark is a plain link.
 */
import type { Previews } from './preview-card.ts';

/** An entity mark that links to its entity (a mark inside a source link is a span and gets no card). */
export const MARK_SELECTOR = 'a.mention[data-entity][href]';
const EVENTS = ['pointerover', 'focusin', 'touchstart', 'click'] as const;

export function markOf(event: Event): HTMLAnchorElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(MARK_SELECTOR) : null;
}

/** A click made by a finger: the first tap on a mark shows its card, the second follows the link. */
export function isTap(event: Event): boolean {
  return typeof PointerEvent !== 'undefined' && event instanceof PointerEvent && event.pointerType === 'touch';
}

export function watchForPreviews(document: Document): void {
  let loading: Promise<Previews> | undefined;
  const listener = (event: Event): void => {
    const mark = markOf(event);
    if (mark === null) return;
    // A tap before the card's script has arrived must not leave the page: the card comes first.
    if (event.type === 'click') {
      if (!isTap(event)) return;
      event.preventDefault();
    }
    loading ??= import('./preview-card.ts').then(({ startPreviews }) => {
      for (const type of EVENTS) document.removeEventListener(type, listener, true);
      return startPreviews(document);
    });
    void loading.then((previews) => previews.handle(event, mark));
  };
  for (const type of EVENTS) document.addEventListener(type, listener, { capture: true, passive: type !== 'click' });
}
