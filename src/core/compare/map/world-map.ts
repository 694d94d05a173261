import type { MultiPolygon, Polygon } from 'geojson';
import type { Element } from 'hast';
import { s } from 'hastscript';
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { EntityId } from '../../types.ts';
import { TYPE_LABELS, countLabel } from '../../views/type-labels.ts';
import { placeLabels, type Box } from '../svg/place-labels.ts';
import { svgMarkup, svgRoot } from '../svg/svg-root.ts';
import type { CountryRow } from './mentioned-countries.ts';
import { CompactPathContext } from './path-context.ts';
import { shadeByMentions, type ShadeRange, type ShadeStep } from './shade-steps.ts';

/** world-atlas's countries file: one object of country geometries, each with its ISO 3166-1 numeric `id`. */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface WorldMapOptions {
  /** The map's width; its height follows from the projection. */
  width: number;
  /** Of the mention counts written on the countries. */
  fontSize: number;
  /** A country drawn smaller than this (square units) also gets a dot, so it can be seen and hit. */
  minArea: number;
  markerRadius: number;
  href: (id: EntityId) => string;
}

export const WORLD_MAP_OPTIONS: Omit<WorldMapOptions, 'href'> = {
  width: 960,
  fontSize: 12,
  minArea: 16,
  markerRadius: 3.5,
};

/** A mentioned country with the shade it is drawn in. */
export interface ShadedRow extends CountryRow {
  step: ShadeStep;
}

export interface WorldMap {
  svg: string;
  /** Every mentioned country, drawn or not, most mentioned first: the map's text alternative. */
  rows: ShadedRow[];
  legend: ShadeRange[];
}

type Area = TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>;

/** The shapes of a country; world-atlas has no other kind, but the format allows points and lines. */
function isArea(geometry: GeometryObject<{ name: string }>): geometry is Area {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

/** The largest polygon of a country, where its count is written: France's is in Europe, not in South America. */
function mainland(shape: MultiPolygon, area: (o: GeoPermissibleObjects) => number): GeoPermissibleObjects {
  const parts = shape.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  return parts.reduce((best, part) => (area(part) > area(best) ? part : best), parts[0] ?? shape);
}

function countryName(row: CountryRow): string {
  const type = TYPE_LABELS[row.entity.type].singular;
  return `${row.entity.name} (${type}): ${countLabel(row.mentions, 'mention')} in ${countLabel(row.articles, 'article')}`;
}

/**
 * The world in the Equal Earth projection with each mentioned country a link
 * to its page, shaded by mentions and carrying its count where the count
 * fits; the other countries are one merged shape, and borders one line.
 * Built as a hast tree and serialised, so every name is escaped.
 */
export function worldMap(world: WorldTopology, countries: readonly CountryRow[], options: WorldMapOptions): WorldMap {
  const sphere: GeoPermissibleObjects = { type: 'Sphere' };
  const projection = geoEqualEarth().fitWidth(options.width, sphere);
  const measure = geoPath(projection);
  const context = new CompactPathContext();
  const draw = geoPath(projection, context);
  const d = (object: GeoPermissibleObjects): string => {
    draw(object);
    return context.take();
  };
  const height = Math.ceil(measure.bounds(sphere)[1][1]);

  // One code can have several geometries (Australia's 036 also covers Ashmore and Cartier Islands): merged, they are one link.
  const byCode = new Map<string, Area[]>();
  const areas = world.objects.countries.geometries.filter(isArea);
  for (const geometry of areas) {
    if (geometry.id !== undefined)
      byCode.set(String(geometry.id), [...(byCode.get(String(geometry.id)) ?? []), geometry]);
  }
  const shading = shadeByMentions(countries.map((c) => c.mentions));
  const rows: ShadedRow[] = countries.map((row) => ({ ...row, step: shading.stepOf(row.mentions) }));
  const drawn = rows.flatMap((row) => {
    const geometries = byCode.get(row.code);
    if (!geometries) return [];
    const shape = merge(world, geometries);
    const [x, y] = measure.centroid(mainland(shape, (o) => measure.area(o))).map(Math.round) as [number, number];
    return [{ row, shape, x, y, tiny: measure.area(shape) < options.minArea }];
  });

  const mentioned = new Set(drawn.map((c) => c.row.code));
  const others = areas.filter((g) => g.id === undefined || !mentioned.has(String(g.id)));
  const marker = options.markerRadius;
  const markerBox: Box = { x0: -marker, y0: -marker, x1: marker, y1: marker };
  const pointBox: Box = { x0: -1, y0: -1, x1: 1, y1: 1 };
  const labels = placeLabels(
    drawn.map((c) => ({
      lines: [String(c.row.mentions)],
      x: c.x,
      y: c.y,
      shape: c.tiny ? markerBox : pointBox,
      fontSize: options.fontSize,
    })),
    drawn
      .filter((c) => c.tiny)
      .map((c) => ({ x0: c.x - marker, y0: c.y - marker, x1: c.x + marker, y1: c.y + marker })),
    { x0: 0, y0: 0, x1: options.width, y1: height },
  );

  const links: Element[] = drawn.map(({ row, shape, x, y, tiny }) => {
    const name = countryName(row);
    return s(
      'a',
      { href: options.href(row.entity.id), class: `map-country map-step-${row.step}`, ariaLabel: name },
      [
        s('title', name),
        s('path', { d: d(shape) }),
        tiny ? s('circle', { class: 'map-marker', cx: x, cy: y, r: marker }) : undefined,
      ].filter((child) => child !== undefined),
    );
  });
  const values: Element[] = drawn.flatMap(({ row }, i) => {
    const label = labels[i];
    if (!label) return [];
    const at = { x: Math.round(label.x * 10) / 10, y: Math.round(label.y * 10) / 10 };
    return [
      s('text', { ...at, textAnchor: label.anchor === 'start' ? undefined : label.anchor }, String(row.mentions)),
    ];
  });

  const tree = svgRoot(
    options.width,
    height,
    {
      class: 'map-svg',
      role: 'group',
      ariaLabel: `World map: ${countLabel(drawn.length, 'country', 'countries')} mentioned, shaded by mentions`,
    },
    [
      s('path', { class: 'map-sphere', d: d(sphere), ariaHidden: 'true' }),
      s('path', { class: 'map-land', d: d(merge(world, others)), ariaHidden: 'true' }),
      s('path', {
        class: 'map-borders',
        d: d(mesh(world, world.objects.countries, (a, b) => a !== b)),
        ariaHidden: 'true',
      }),
      s('g', { class: 'map-countries' }, links),
      s('g', { class: 'map-values', fontSize: options.fontSize, ariaHidden: 'true' }, values),
    ],
  );
  return { svg: svgMarkup(tree), rows, legend: shading.legend };
}
