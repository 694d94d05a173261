import type { CountryRow } from '../compare/map/mentioned-countries.ts';
import type { Entity, EntitySummary } from '../types.ts';

/** Other names shown under an entity's name in a table; the entity's page has them all. */
const ALIASES_SHOWN = 4;

/** One row of a table of entities and their counts (the entity lists, the graph page's countries). */
export interface EntityTableRow {
  entity: Entity;
  mentions: number;
  articles: number;
  /** A line under the name: the entity's other names, or why a country is not drawn. */
  note: string | undefined;
}

/** An entity of the lists, with a few of its other names. */
export function entityTableRow(entity: EntitySummary): EntityTableRow {
  return {
    entity,
    mentions: entity.mentions,
    articles: entity.articles.length,
    note: entity.aliases.length > 0 ? `also ${entity.aliases.slice(0, ALIASES_SHOWN).join(' · ')}` : undefined,
  };
}

/** A mentioned country beside the map, noted when the map cannot draw it. */
export function countryTableRow(row: CountryRow): EntityTableRow {
  return {
    entity: row.entity,
    mentions: row.mentions,
    articles: row.articles,
    note: row.onMap ? undefined : 'not on the map',
  };
}
