/**
 * The preview card of entity marks: pointing at a mark (after a short
 * pause), focusing it or tapping it once shows a card beside it with the
 * entity's name, type, description, counts and the entities named with it;
 * a second tap follows the link. From the keyboard, Tab still goes from mark
 * to mark, ↓ moves into the card and ↑/↓ through its links. Escape, moving
 * away or focusing elsewhere closes it. The card is positioned out of flow, so opening it moves no text.
 * Its data is the site's own `/data/previews/<id>.json`, fetched once per entity.
 */
import type { PublishedPreview } from '../../core/publish/schemas/preview.ts';
import { sitePaths } from '../../core/publish/site-paths.ts';
import { CARD_SUMMARY_ID, cardElement } from './card-element.ts';
import { isTap, markOf } from './preview-trigger.ts';

export interface Previews {
  /** Handles an event the trigger saw on `mark` before this script had loaded. */
  handle(event: Event, mark: HTMLAnchorElement): void;
}

const SHOW_DELAY_MS = 150;
const HIDE_DELAY_MS = 300;
const GAP_PX = 6;
const MARGIN_PX = 8;

const paths = sitePaths(import.meta.env.BASE_URL);

function isPreview(value: unknown): value is PublishedPreview {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['name'] === 'string' && typeof record['url'] === 'string' && Array.isArray(record['together']);
}

export function startPreviews(document: Document): Previews {
  const window = document.defaultView;
  if (window === null) throw new Error('previews need a window');
  const cache = new Map<string, Promise<PublishedPreview | undefined>>();
  let open: { mark: HTMLAnchorElement; card: HTMLElement } | undefined;
  /** The mark whose card was last asked for: a late answer for another mark is dropped. */
  let wanted: HTMLAnchorElement | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let returning: HTMLAnchorElement | undefined;

  const load = (id: string): Promise<PublishedPreview | undefined> => {
    let entry = cache.get(id);
    if (!entry) {
      entry = fetch(paths.previewData(id))
        .then((response) => (response.ok ? response.json() : undefined))
        .then((data: unknown) => (isPreview(data) ? data : undefined))
        .catch(() => undefined);
      cache.set(id, entry);
    }
    return entry;
  };

  const cancelTimers = (): void => {
    window.clearTimeout(showTimer);
    window.clearTimeout(hideTimer);
  };

  const hide = (): void => {
    cancelTimers();
    wanted = undefined;
    if (!open) return;
    const { mark, card } = open;
    open = undefined;
    if (card.contains(document.activeElement)) {
      // Focus goes back to the mark it came from without opening the card again.
      returning = mark;
      mark.focus();
      returning = undefined;
    }
    card.remove();
    mark.removeAttribute('aria-describedby');
  };

  const place = (mark: HTMLElement, card: HTMLElement): void => {
    // The first line box: a mark that wraps gets its card under its start.
    const line = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const parent = card.offsetParent;
    let originX = -window.scrollX;
    let originY = -window.scrollY;
    if (parent instanceof HTMLElement && parent !== document.body && parent !== document.documentElement) {
      const box = parent.getBoundingClientRect();
      originX = box.left + parent.clientLeft - parent.scrollLeft;
      originY = box.top + parent.clientTop - parent.scrollTop;
    }
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const viewport = document.documentElement.clientWidth;
    const left = Math.max(MARGIN_PX, Math.min(line.left, viewport - width - MARGIN_PX));
    let top = line.bottom + GAP_PX;
    if (top + height > window.innerHeight - MARGIN_PX && line.top - height - GAP_PX > MARGIN_PX) {
      top = line.top - height - GAP_PX;
    }
    card.style.left = `${Math.round(left - originX)}px`;
    card.style.top = `${Math.round(top - originY)}px`;
  };

  const show = async (mark: HTMLAnchorElement, byKeyboard = false): Promise<void> => {
    cancelTimers();
    if (open?.mark === mark) return;
    wanted = mark;
    const id = mark.dataset['entity'] ?? '';
    const preview = await load(id);
    if (wanted !== mark || preview === undefined || !mark.isConnected) return;
    if (open) {
      open.card.remove();
      open.mark.removeAttribute('aria-describedby');
    }
    const card = cardElement(document, preview, byKeyboard);
    mark.after(card);
    mark.setAttribute('aria-describedby', CARD_SUMMARY_ID);
    open = { mark, card };
    place(mark, card);
  };

  const inOpen = (target: EventTarget | null): boolean =>
    open !== undefined && target instanceof Node && (open.mark.contains(target) || open.card.contains(target));

  const handle = (event: Event, mark: HTMLAnchorElement | null): void => {
    switch (event.type) {
      case 'pointerover': {
        if (event instanceof PointerEvent && event.pointerType === 'touch') return;
        if (inOpen(event.target)) {
          cancelTimers();
          return;
        }
        if (mark === null) return;
        window.clearTimeout(showTimer);
        showTimer = window.setTimeout(() => void show(mark), SHOW_DELAY_MS);
        return;
      }
      case 'pointerout': {
        if (event instanceof PointerEvent && event.pointerType === 'touch') return;
        window.clearTimeout(showTimer);
        const to = event instanceof PointerEvent ? event.relatedTarget : null;
        if (open && !inOpen(to)) hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
        return;
      }
      case 'focusin': {
        if (mark !== null && mark === returning) return;
        if (mark !== null) void show(mark, mark.matches(':focus-visible'));
        else if (!inOpen(event.target)) hide();
        else cancelTimers();
        return;
      }
      case 'click': {
        if (mark !== null && isTap(event) && open?.mark !== mark) {
          event.preventDefault();
          void show(mark);
        } else if (mark === null && !inOpen(event.target)) hide();
        return;
      }
      case 'keydown': {
        if (event instanceof KeyboardEvent) keydown(event);
        return;
      }
      default:
        return;
    }
  };

  const keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && (open || wanted)) {
      hide();
      return;
    }
    if (!open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const links = [...open.card.querySelectorAll('a')];
    const active = document.activeElement;
    const at = links.findIndex((link) => link === active);
    if (active !== open.mark && at < 0) return;
    event.preventDefault();
    if (at < 0) {
      if (event.key === 'ArrowDown') links[0]?.focus();
      return;
    }
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    (next < 0 ? open.mark : (links[Math.min(next, links.length - 1)] ?? open.mark)).focus();
  };

  const listener = (event: Event): void => handle(event, markOf(event));
  for (const type of ['pointerover', 'pointerout', 'focusin', 'click', 'keydown']) {
    document.addEventListener(type, listener, true);
  }
  const reposition = (): void => {
    if (open) place(open.mark, open.card);
  };
  window.addEventListener('resize', reposition, { passive: true });

  return {
    handle(event, mark) {
      // A tap the trigger already held back: show the card it asked for.
      if (event.type === 'click' || event.type === 'touchstart') void show(mark);
      else handle(event, mark);
    },
  };
}
