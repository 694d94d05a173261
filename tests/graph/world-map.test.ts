import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { countryCodes, type CountryCodeRecord } from '../../src/core/compare/map/country-codes.ts';
import { mentionedCountries } from '../../src/core/compare/map/mentioned-countries.ts';
import { CompactPathContext } from '../../src/core/compare/map/path-context.ts';
import { shadeByMentions } from '../../src/core/compare/map/shade-steps.ts';
import { WORLD_MAP_OPTIONS, worldMap, type WorldMap } from '../../src/core/compare/map/world-map.ts';
import { sitePaths } from '../../src/core/publish/site-paths.ts';
import type { CorpusAnalysis } from '../../src/core/types.ts';
import { getWorld } from '../../src/pipeline/world.ts';
import { fixtureArticle, fixtureCorpus } from '../fixtures/fixture-corpus.ts';
import { seedCorpus } from '../fixtures/seed-corpus.ts';
import { attribute, elements, parseSvg, someSeeds, titleOf } from './svg-tree.ts';

const paths = sitePaths('/');
const world = getWorld();
const seeds = seedCorpus();

function mapOf(corpus: CorpusAnalysis): WorldMap {
  return worldMap(world.topology, mentionedCountries(corpus, world.codes, world.drawable), {
    ...WORLD_MAP_OPTIONS,
    href: (id) => paths.entity(id),
  });
}

describe('the country codes', () => {
  it('map country entities to ISO 3166-1 numeric codes, as world-atlas ids its shapes', () => {
    const records = createRequire(import.meta.url)('world-countries') as CountryCodeRecord[];
    const codes = countryCodes(records);
    expect(codes.get('china' as never)).toBe('156');
    expect(codes.get('united-states' as never)).toBe('840');
    expect(codes.get('australia' as never)).toBe('036');
    expect(codes.get('kosovo' as never), 'no ISO numeric code').toBeUndefined();
    for (const code of ['156', '840', '036', '826']) expect(world.drawable.has(code), code).toBe(true);
  });
});

describe('the world map of the seed articles', () => {
  const map = mapOf(seeds);
  const tree = parseSvg(map.svg);
  const links = elements(tree, 'a');

  it('is the same, byte for byte, from the same input, and changes with the input', () => {
    expect(mapOf(someSeeds(4)).svg).toBe(map.svg);
    expect(mapOf(someSeeds(3)).svg).not.toBe(map.svg);
  });

  it('links only countries that are entities, each to its page, with its counts in its name', () => {
    const countries = new Map(
      seeds.entities
        .filter((e) => world.codes.has(e.id) && (e.type === 'country' || e.type === 'place'))
        .map((e) => [paths.entity(e.id), e]),
    );
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const entity = countries.get(attribute(link, 'href'));
      expect(entity, attribute(link, 'href')).toBeDefined();
      expect(titleOf(link)).toBe(
        `${entity?.name} (${entity?.type}): ${entity?.mentions} mention${entity?.mentions === 1 ? '' : 's'} in ${entity?.articles.length} article${entity?.articles.length === 1 ? '' : 's'}`,
      );
      expect(attribute(link, 'ariaLabel')).toBe(titleOf(link));
    }
    expect(
      links.some((l) => attribute(l, 'href') === paths.entity('beijing')),
      'a city is no country',
    ).toBe(false);
  });

  it('has a table row for every country it draws, and the same counts', () => {
    const drawn = links.map((l) => attribute(l, 'href'));
    expect(map.rows.filter((r) => r.onMap).map((r) => paths.entity(r.entity.id))).toEqual(drawn);
    for (const row of map.rows) {
      expect(row.mentions).toBe(row.entity.mentions);
      expect(row.articles).toBe(row.entity.articles.length);
      const link = links.find((l) => attribute(l, 'href') === paths.entity(row.entity.id));
      expect(attribute(link ?? ({} as never), 'className')).toContain(`map-step-${row.step}`);
    }
    expect(map.rows.map((r) => r.entity.id).slice(0, 2)).toEqual(['china', 'united-states']);
  });

  it('writes each count it has room for on its country, and every count it writes is right', () => {
    const values = elements(tree, 'text').map((t) => Number((t.children[0] as { value?: string } | undefined)?.value));
    expect(values.length).toBeGreaterThan(5);
    const counts = map.rows.map((r) => r.mentions);
    for (const value of values) expect(counts).toContain(value);
    expect(values[0]).toBe(map.rows[0]?.mentions);
  });

  it('stays small', () => {
    const bytes = Buffer.byteLength(map.svg);
    console.info(`world map SVG on the seed articles: ${bytes} bytes, ${links.length} countries linked`);
    expect(bytes).toBeLessThan(150_000);
  });

  it('stays small with every country mentioned', () => {
    const every = [...world.codes.keys()].slice(0, 250);
    const paragraphs = every.map((id) => `${id} spoke.`);
    const corpus = fixtureCorpus([
      fixtureArticle(
        'all',
        '2024-01-01',
        paragraphs,
        every.map((id) => [id, id, 'country'] as const),
      ),
    ]);
    const all = mapOf(corpus);
    const bytes = Buffer.byteLength(all.svg);
    console.info(`world map SVG with ${all.rows.length} countries mentioned: ${bytes} bytes`);
    expect(bytes).toBeLessThan(150_000);
    expect(elements(parseSvg(all.svg), 'a').length).toBe(all.rows.filter((r) => r.onMap).length);
  });
});

describe('shading', () => {
  it('darkens with mentions on a log scale and gives each step its range', () => {
    const shading = shadeByMentions([1, 2, 3, 8, 40, 45]);
    const steps = [1, 2, 3, 8, 40, 45].map((n) => shading.stepOf(n));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps[0]).toBe(1);
    expect(steps.at(-1)).toBe(4);
    expect(shading.legend.at(-1)).toEqual({ step: 4, min: 40, max: 45 });
    expect(shading.legend.flatMap((r) => [r.min, r.max]).sort((a, b) => a - b)).toEqual(
      shading.legend.flatMap((r) => [r.min, r.max]),
    );
  });

  it('shades a single count with one step', () => {
    expect(shadeByMentions([1, 1]).legend).toEqual([{ step: 4, min: 1, max: 1 }]);
  });
});

describe('the compact path context', () => {
  it('writes whole units, relative after the first point, and drops points that round together', () => {
    const context = new CompactPathContext();
    context.moveTo(10.4, 20.6);
    context.lineTo(10.2, 20.9);
    context.lineTo(13.6, 18.1);
    context.closePath();
    context.moveTo(-1.2, 0);
    expect(context.take()).toBe('M10,21l4,-3zM-1,0');
    expect(context.take()).toBe('');
  });
});
