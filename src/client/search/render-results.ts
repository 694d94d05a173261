/**
 * DOM for search results. Everything from the index or the query goes in as
 * text (`textContent`, `append(string)`), never as markup: a query or an
 * article holding `<img onerror=…>` shows those characters and runs nothing.
 */
import { TYPE_LABELS, countLabel } from '../../core/views/type-labels.ts';
import type { EntityResult, ParagraphResult } from '../../core/search/search-engine.ts';
import type { Segment, Snippet } from '../../core/search/snippet.ts';
import { formatDate } from './format-date.ts';

/** Appends segments to `parent`: matched words in `<mark>`, the rest as text nodes. */
export function appendSegments(parent: Node & ParentNode, segments: readonly Segment[]): void {
  const document = parent.ownerDocument ?? globalThis.document;
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(segment.text));
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  node.append(...children);
  return node;
}

/**
 * One entity: its name (matched words marked) linking to its page, the
 * matched alias, type and count, and when `filterHref` is given a link to
 * the same search narrowed to paragraphs mentioning it.
 */
export function entityItem(document: Document, hit: EntityResult, filterHref?: string): HTMLLIElement {
  const label = TYPE_LABELS[hit.type];
  const link = element(document, 'a', 'search-result-link entity-link');
  link.href = hit.href;
  if (hit.field === 'name') appendSegments(link, hit.segments);
  else link.append(hit.name);
  const name = element(document, 'span', 'search-entity-name', link);
  if (hit.field === 'alias') {
    const alias = element(document, 'span', 'search-alias', ' (also “');
    appendSegments(alias, hit.segments);
    alias.append('”)');
    name.append(alias);
  }
  // The same type label the entity pages draw: a glyph and a word, so the type never rests on colour.
  const glyph = element(document, 'span', 'glyph', label.glyph);
  glyph.setAttribute('aria-hidden', 'true');
  const type = element(document, 'span', 'type-label', glyph, label.singular);
  type.dataset['type'] = hit.type;
  const count = element(document, 'span', 'count', countLabel(hit.mentions, 'mention'));
  const facts = element(document, 'span', 'search-entity-facts', type, ' ', count);
  if (filterHref !== undefined) {
    const only = element(document, 'a', 'search-filter-link', 'only paragraphs mentioning it');
    only.href = filterHref;
    facts.append(' ', only);
  }
  return element(document, 'li', 'search-entity', name, facts);
}

/** One paragraph: the article's title linking to the paragraph, where it comes from, and the snippet. */
export function paragraphItem(document: Document, hit: ParagraphResult): HTMLLIElement {
  const link = element(document, 'a', 'search-result-link', hit.title);
  link.href = hit.href;
  const time = element(document, 'time', '', formatDate(hit.published));
  time.dateTime = hit.published;
  const where = element(document, 'span', '', hit.paragraph === 0 ? 'headline' : `paragraph ${hit.paragraph}`);
  const meta = element(document, 'p', 'meta', element(document, 'span', '', hit.outlet), time, where);
  const text = element(document, 'p', 'search-snippet');
  appendSnippet(text, hit.snippet);
  return element(document, 'li', 'search-paragraph', element(document, 'h3', 'search-title', link), meta, text);
}

function appendSnippet(parent: HTMLElement, snippet: Snippet): void {
  if (snippet.clippedStart) parent.append('… ');
  appendSegments(parent, snippet.segments);
  if (snippet.clippedEnd) parent.append(' …');
}
