import { createRequire } from 'node:module';
import { countryCodes, type CountryCodeRecord } from '../core/compare/map/country-codes.ts';
import { simplifyWorld } from '../core/compare/map/simplify-world.ts';
import type { WorldTopology } from '../core/compare/map/world-map.ts';
import type { EntityId } from '../core/types.ts';

const require = createRequire(import.meta.url);

interface World {
  topology: WorldTopology;
  /** The atlas's country ids (ISO 3166-1 numeric). */
  drawable: Set<string>;
  codes: Map<EntityId, string>;
}

let world: World | undefined;

/**
 * Natural Earth's countries at 1:50m (world-atlas, read from the package, no
 * download), simplified once per process, and the ISO codes of the country
 * entities. The 1:50m atlas has the small states news names (Singapore,
 * Malta, Bahrain) that 1:110m leaves out.
 */
export function getWorld(): World {
  if (!world) {
    const topology = simplifyWorld(require('world-atlas/countries-50m.json') as WorldTopology);
    world = {
      topology,
      drawable: new Set(
        topology.objects.countries.geometries.flatMap((g) => (g.id === undefined ? [] : [String(g.id)])),
      ),
      codes: countryCodes(require('world-countries') as CountryCodeRecord[]),
    };
  }
  return world;
}
