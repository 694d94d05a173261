/**
 * The preview card of an entity, built from its `/data/previews/<id>.json`.
 * Text goes into text nodes only; nothing is parsed as HTML. The card is made
 * of phrasing elements, because it sits beside its mark inside a paragraph.
 */
import type { PublishedPreview } from '../../core/publish/schemas/preview.ts';
import { TYPE_LABELS, countLabel } from '../../core/views/type-labels.ts';

export const CARD_ID = 'entity-preview';
export const CARD_SUMMARY_ID = 'entity-preview-summary';

function span(document: Document, className: string, ...children: (Node | string)[]): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.append(...children);
  return element;
}

function typeLabel(document: Document, type: PublishedPreview['type']): HTMLSpanElement {
  const label = TYPE_LABELS[type];
  const glyph = span(document, 'glyph', label.glyph);
  glyph.setAttribute('aria-hidden', 'true');
  const element = span(document, 'type-label', glyph, label.singular);
  element.dataset['type'] = type;
  return element;
}

function link(document: Document, href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/**
 * The card for `preview`. Its links are out of the Tab order (Tab goes from
 * mark to mark; ↓ enters the card), and `hint` adds the keys to a card
 * opened from the keyboard.
 */
export function cardElement(document: Document, preview: PublishedPreview, hint: boolean): HTMLSpanElement {
  const name = link(document, preview.url, preview.name);
  name.className = 'entity-preview__name';
  const summary = span(
    document,
    'entity-preview__summary',
    ...(preview.description ? [span(document, 'entity-preview__description', preview.description)] : []),
    span(
      document,
      'entity-preview__counts',
      `${countLabel(preview.mentions, 'mention')} in ${countLabel(preview.articles, 'article')}`,
    ),
  );
  summary.id = CARD_SUMMARY_ID;
  const card = span(
    document,
    'entity-preview',
    span(document, 'entity-preview__head', name, ' ', typeLabel(document, preview.type)),
    summary,
  );
  if (preview.together.length > 0) {
    const list = span(document, 'entity-preview__together', 'Named with: ');
    preview.together.forEach((other, index) => {
      const anchor = link(document, other.url, '');
      anchor.dataset['type'] = other.type;
      const glyph = span(document, 'glyph', TYPE_LABELS[other.type].glyph);
      glyph.setAttribute('aria-hidden', 'true');
      anchor.append(glyph, other.name);
      anchor.title = `${other.name} (${TYPE_LABELS[other.type].singular})`;
      list.append(...(index > 0 ? [', '] : []), anchor);
    });
    card.append(list);
  }
  if (hint) card.append(span(document, 'entity-preview__keys', '↓ moves into this card, Esc closes it'));
  for (const anchor of card.querySelectorAll('a')) anchor.tabIndex = -1;
  card.id = CARD_ID;
  card.dataset['type'] = preview.type;
  card.dataset['entity'] = preview.id;
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', `Preview: ${preview.name}`);
  return card;
}
