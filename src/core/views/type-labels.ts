import type { EntityType } from '../types.ts';

/** How an entity type is named and drawn wherever the site shows it. */
export interface TypeLabel {
  /** "country" */
  singular: string;
  /** "Countries" — a heading over a group. */
  plural: string;
  /**
   * A shape that tells the types apart without colour. Geometric and chess
   * glyphs are in the fonts every desktop ships, so no web font is needed.
   */
  glyph: string;
}

export const TYPE_LABELS: Readonly<Record<EntityType, TypeLabel>> = {
  country: { singular: 'country', plural: 'Countries', glyph: '◆' },
  place: { singular: 'place', plural: 'Places', glyph: '▲' },
  agency: { singular: 'agency', plural: 'Agencies', glyph: '■' },
  organization: { singular: 'organization', plural: 'Organizations', glyph: '●' },
  group: { singular: 'group', plural: 'Groups', glyph: '✱' },
  person: { singular: 'person', plural: 'People', glyph: '♟' },
};

/** "3 mentions", "1 mention": counts are shown as words on every page. */
export function countLabel(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
