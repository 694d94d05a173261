import type { Entity, EntityId } from '../types.ts';

/** What the extraction knows before reading any article. */
export interface Knowledge {
  entities: Map<EntityId, Entity>;
  /** Name key (see `nameKey`) → entities written that way; more than one means ambiguous. */
  names: Map<string, EntityId[]>;
  /** Demonyms ("Chinese", "North Korean") → their country. */
  demonyms: Map<string, EntityId>;
  /** Every capitalised adjective that is never a name by itself: the demonyms and the knowledge file's adjectives. */
  adjectives: Set<string>;
  /** Lower-case given names, of English and other languages. */
  givenNames: Set<string>;
  /** Lower-case family names of many languages. */
  surnames: Set<string>;
  /** Lower-case common English words. */
  commonWords: Set<string>;
  /** Lower-case function words (the, it, but…). */
  stopWords: Set<string>;
  /** Month and weekday names and abbreviations, lower-case. */
  calendarWords: Set<string>;
  /** A city's or region's country, for places written in a dateline ("CANBERRA, Aug 6 -"). */
  placeCountries: Map<EntityId, EntityId>;
}
