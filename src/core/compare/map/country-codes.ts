import { entityId } from '../../knowledge/entity-id.ts';
import type { EntityId } from '../../types.ts';

/** The fields of a `world-countries` record that the map uses. */
export interface CountryCodeRecord {
  name: { common: string };
  /** ISO 3166-1 numeric, three digits ("036"); empty where the standard has none (Kosovo). */
  ccn3: string;
}

/**
 * The ISO 3166-1 numeric code of every country and territory entity the
 * knowledge makes from `world-countries`, keyed by entity id. The id is made
 * exactly as the knowledge makes it, from the common name, so the two agree.
 */
export function countryCodes(records: readonly CountryCodeRecord[]): Map<EntityId, string> {
  const codes = new Map<EntityId, string>();
  for (const record of records) if (/^\d{3}$/.test(record.ccn3)) codes.set(entityId(record.name.common), record.ccn3);
  return codes;
}
