/**
 * The words a result carries to the article it opens, so the article page
 * can mark them: `?hl=` holds the matched dictionary terms, space-separated.
 */
export const HIGHLIGHT_PARAM = 'hl';

/** Terms kept in a link; a longer list is cut (the best-matching terms come first in a search's list). */
const MAX_TERMS = 24;

/** `hl=<terms>` for a result link, or '' when there is nothing to mark. */
export function highlightParam(terms: readonly string[]): string {
  const kept = [...new Set(terms.filter((t) => t !== ''))].slice(0, MAX_TERMS);
  return kept.length === 0 ? '' : new URLSearchParams({ [HIGHLIGHT_PARAM]: kept.join(' ') }).toString();
}

/** The terms a page address asks to mark (normalised search terms), none when it asks for nothing. */
export function highlightTerms(search: string): Set<string> {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  return new Set(value.split(/\s+/u).filter((t) => t.length >= 2 && t.length <= 32));
}
