import { presimplify, simplify } from 'topojson-simplify';
import type { WorldTopology } from './world-map.ts';

/**
 * Smallest triangle, in square degrees, that a point of a border must span
 * to be kept. At the map's width of about 1000 units a degree is under three
 * units, so what this drops is finer than the picture can show.
 */
export const MIN_WEIGHT = 0.05;

/**
 * The atlas with the points the map cannot show removed (Visvalingam, by
 * topojson-simplify). Borders stay shared, so neighbours still meet.
 */
export function simplifyWorld(world: WorldTopology, minWeight: number = MIN_WEIGHT): WorldTopology {
  return simplify(presimplify(world), minWeight);
}
