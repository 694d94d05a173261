/**
 * The layout of a card as the element tree satori reads (the shape React elements have, written
 * as plain objects: no JSX in the build). 1200×630: the site's name at the top, the headline or
 * the entity's name large in the middle, the outlet and date or the type and counts below.
 */
import type { OgCard } from '../core/publish/og-cards.ts';
import type { EntityType } from '../core/types.ts';
import { drawableText } from './card-fonts.ts';

/** A satori node: an element type, its style, its children. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}
type CardChild = CardNode | string;

function h(type: string, style: Record<string, string | number>, children?: CardChild | CardChild[]): CardNode {
  return { type, props: children === undefined ? { style } : { style, children } };
}

const INK = '#15171c';
const MUTED = '#474c57';
const PAPER = '#f6f4ef';
const ACCENT = '#0b4f9c';

/** Headline size by length: short headlines large, long ones smaller and clamped. */
function headlineSize(text: string): { fontSize: number; lines: number } {
  const length = [...text].length;
  if (length <= 50) return { fontSize: 76, lines: 3 };
  if (length <= 90) return { fontSize: 64, lines: 4 };
  return { fontSize: 54, lines: 5 };
}

/** Text in `lines` lines at most, the last one ending in an ellipsis when cut. */
function clamped(text: string, style: Record<string, string | number>, lines: number): CardNode {
  return h('div', { display: 'block', lineClamp: lines, overflow: 'hidden', ...style }, text);
}

/** The shape each entity type is drawn with on the site (◆ ▲ ■ ● ✱ ♟), as SVG. */
function typeShape(type: EntityType, size: number): CardNode {
  const shapes: Record<EntityType, CardNode[]> = {
    country: [{ type: 'path', props: { d: 'M20 1 L39 20 L20 39 L1 20 Z' } }],
    place: [{ type: 'path', props: { d: 'M20 3 L38 36 L2 36 Z' } }],
    agency: [{ type: 'rect', props: { x: 4, y: 4, width: 32, height: 32 } }],
    organization: [{ type: 'circle', props: { cx: 20, cy: 20, r: 17 } }],
    group: [0, 45, 90, 135].map((angle) => ({
      type: 'rect',
      props: { x: 17, y: 2, width: 6, height: 36, rx: 2, transform: `rotate(${angle} 20 20)` },
    })),
    person: [
      { type: 'circle', props: { cx: 20, cy: 10, r: 7 } },
      { type: 'path', props: { d: 'M13 19 L27 19 L31 33 L36 33 L36 38 L4 38 L4 33 L9 33 Z' } },
    ],
  };
  return {
    type: 'svg',
    props: { width: size, height: size, viewBox: '0 0 40 40', fill: ACCENT, children: shapes[type] },
  };
}

function frame(top: CardChild[], middle: CardChild[], bottom: CardChild[]): CardNode {
  return h(
    'div',
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      background: PAPER,
      color: INK,
      borderTop: `18px solid ${ACCENT}`,
      paddingTop: 44,
      paddingRight: 72,
      paddingBottom: 52,
      paddingLeft: 72,
    },
    [
      h('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: ACCENT }, top),
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, middle),
      h(
        'div',
        { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 30, color: MUTED },
        bottom,
      ),
    ],
  );
}

/** The element tree of a card, with every text reduced to what the card fonts can draw. */
export function cardTree(card: OgCard, fontFamily: string): CardNode {
  const root = cardLayout(card);
  root.props.style = { ...root.props.style, fontFamily };
  return root;
}

function cardLayout(card: OgCard): CardNode {
  const site = drawableText(card.site);
  switch (card.kind) {
    case 'article': {
      const headline = drawableText(card.headline);
      const { fontSize, lines } = headlineSize(headline);
      return frame(
        [site],
        [clamped(headline, { fontSize, fontWeight: 700, lineHeight: 1.15 }, lines)],
        [
          clamped(`${drawableText(card.outlet)} · ${card.date}`, { maxWidth: 700 }, 1),
          h('div', { display: 'flex' }, card.counts),
        ],
      );
    }
    case 'entity': {
      const description = card.description === undefined ? '' : drawableText(card.description);
      return frame(
        [site],
        [
          h('div', { display: 'flex', alignItems: 'center', fontSize: 36, color: ACCENT, marginBottom: 18 }, [
            typeShape(card.type, 40),
            h('div', { display: 'flex', marginLeft: 16 }, card.typeLabel),
          ]),
          clamped(drawableText(card.name), { fontSize: 84, fontWeight: 700, lineHeight: 1.1 }, 2),
          ...(description === ''
            ? []
            : [clamped(description, { fontSize: 32, color: MUTED, lineHeight: 1.3, marginTop: 20 }, 2)]),
        ],
        [h('div', { display: 'flex' }, card.counts)],
      );
    }
    case 'site':
      return frame(
        [],
        [
          clamped(site, { fontSize: 96, fontWeight: 700, lineHeight: 1.1 }, 2),
          clamped(drawableText(card.tagline), { fontSize: 38, color: MUTED, lineHeight: 1.3, marginTop: 24 }, 3),
        ],
        [h('div', { display: 'flex' }, card.counts)],
      );
  }
}
