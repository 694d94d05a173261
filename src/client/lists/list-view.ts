/**
 * A list's filters, orders and pages, answered in place: the chosen static
 * page is fetched and its list view put where the current one was, with no
 * page load. The address becomes that page's (so it can be shared, and a
 * reload shows the same list), Back and Forward step through the lists
 * seen, the status line says the new count, and focus stays on the control
 * the reader pressed. The static pages stay what is linked and indexed;
 * whenever a page cannot be fetched or shown here, the browser loads it.
 */
import { cannotSwap, swapView, VIEW } from './swap-view.ts';

export interface ListView {
  /** Shows the list `link` leads to. */
  open(link: HTMLAnchorElement): Promise<void>;
}

/** What this script keeps in a history entry: where the reader had scrolled on that list when leaving it. */
interface ListState {
  listView: true;
  scrollY?: number;
}

/** Where focus goes once a list is in place. */
type FocusPlan =
  /** The control of the new view with this attribute and value (a filter or an order). */
  | { kind: 'control'; attribute: 'data-filter' | 'data-sort'; value: string }
  /** The new list's summary, read out on focus (a new page of the list). */
  | { kind: 'summary' }
  /** Nowhere new (Back and Forward with focus outside the view). */
  | { kind: 'stay' };

/** Fetched pages kept for Back and Forward; each is one bounded page of a list. */
const KEPT_PAGES = 16;

function isListState(state: unknown): state is ListState {
  return typeof state === 'object' && state !== null && 'listView' in state;
}

/** The address of a page without its fragment: what tells one list page from another. */
function pageAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/** Where focus should land after a control is pressed, or after Back with focus on `active`. */
function focusPlan(element: Element | null): FocusPlan {
  if (element === null || element.closest(VIEW) === null) return { kind: 'stay' };
  for (const attribute of ['data-filter', 'data-sort'] as const) {
    const value = element.getAttribute(attribute);
    if (value !== null) return { kind: 'control', attribute, value };
  }
  return { kind: 'summary' };
}

function summaryText(view: HTMLElement): string {
  return (view.querySelector('[data-list-summary]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function startListView(document: Document): ListView {
  const window = document.defaultView;
  if (window === null) throw new Error('startListView: a document without a window');
  const pages = new Map<string, Promise<string>>();
  let shown = pageAddress(window.location.href);
  // A list asked for before the last one is not shown when it arrives; its fetch is left to finish and
  // kept, since the reader may well come back to it.
  let latest = 0;

  const fetchPage = (address: string): Promise<string> => {
    const kept = pages.get(address);
    if (kept !== undefined) return kept;
    const loading = window.fetch(address, { headers: { Accept: 'text/html' } }).then((response) => {
      if (!response.ok) throw new Error(`${address}: ${response.status}`);
      return response.text();
    });
    pages.set(address, loading);
    loading.catch(() => pages.delete(address));
    if (pages.size > KEPT_PAGES) pages.delete(pages.keys().next().value ?? address);
    return loading;
  };

  const announce = (text: string): void => {
    const status = document.querySelector('[data-list-status]');
    if (status === null) return;
    // Cleared first, so that the same count said twice is still said.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = text), 50);
  };

  const land = (view: HTMLElement, plan: FocusPlan): void => {
    if (plan.kind === 'stay') {
      announce(summaryText(view));
      return;
    }
    if (plan.kind === 'control') {
      const control = [...view.querySelectorAll<HTMLElement>(`[${plan.attribute}]`)].find(
        (element) => element.getAttribute(plan.attribute) === plan.value,
      );
      if (control !== undefined) {
        control.focus({ preventScroll: true });
        announce(summaryText(view));
        return;
      }
    }
    const summary = view.querySelector<HTMLElement>('[data-list-summary]') ?? view;
    summary.tabIndex = -1;
    summary.focus();
  };

  /** The browser's own load of a list, in a new history entry for a control, in this one for Back and Forward. */
  const load = (address: string, push: boolean): void => {
    if (push) window.location.assign(address);
    else window.location.replace(address);
  };

  /** Shows the list at `address`: `push` for a control pressed, not for Back and Forward. */
  const show = async (address: string, push: boolean, plan: FocusPlan, scrollY?: number): Promise<void> => {
    const ticket = ++latest;
    document.querySelector(VIEW)?.setAttribute('aria-busy', 'true');
    let next: Document;
    try {
      const html = await fetchPage(address);
      next = new DOMParser().parseFromString(html, 'text/html');
    } catch {
      if (ticket === latest) load(address, push);
      return;
    }
    if (ticket !== latest) return;
    if (cannotSwap(document, next) !== undefined) {
      load(address, push);
      return;
    }
    if (push) {
      const here: ListState = { listView: true, scrollY: window.scrollY };
      window.history.replaceState(here, '');
      const there: ListState = { listView: true };
      window.history.pushState(there, '', address);
    }
    shown = address;
    const view = swapView(document, next);
    if (scrollY !== undefined) window.scrollTo(0, scrollY);
    land(view, plan);
  };

  window.addEventListener('popstate', (event) => {
    const address = pageAddress(window.location.href);
    // A change of fragment only (the skip link): the same list.
    if (address === shown) return;
    const scrollY = isListState(event.state) ? event.state.scrollY : undefined;
    void show(address, false, focusPlan(document.activeElement), scrollY);
  });

  return {
    open: (link) => {
      const address = pageAddress(link.href);
      if (address === shown) return Promise.resolve();
      return show(address, true, focusPlan(link));
    },
  };
}
