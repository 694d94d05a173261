import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusGraph, neighbourhoodGraph, type EntityGraph } from '../../src/core/compare/graph/entity-graph.ts';
import {
  CORPUS_LAYOUT,
  NEIGHBOURHOOD_LAYOUT,
  layoutGraph,
  type PositionCache,
} from '../../src/core/compare/graph/graph-layout.ts';
import { layoutCache } from '../../src/pipeline/layout-cache.ts';
import { seedCorpus } from '../fixtures/seed-corpus.ts';

const seeds = seedCorpus();
const graph = corpusGraph(seeds);
const centre = graph.nodes[0]?.id;
const neighbourhood = centre === undefined ? undefined : neighbourhoodGraph(seeds, centre);

/** An in-memory cache that records what is asked of it. */
function memoryCache(): PositionCache & { keys: Map<string, [number, number][]>; reads: number } {
  const keys = new Map<string, [number, number][]>();
  const cache = {
    keys,
    reads: 0,
    read: (key: string) => {
      cache.reads++;
      return keys.get(key);
    },
    write: (key: string, positions: [number, number][]) => void keys.set(key, positions),
  };
  return cache;
}

describe('graph positions from a cache', () => {
  it('gives the layout the simulation gives, whether the positions were computed or read', () => {
    const cache = memoryCache();
    const fresh = layoutGraph(graph, CORPUS_LAYOUT);
    expect(layoutGraph(graph, CORPUS_LAYOUT, cache)).toEqual(fresh);
    expect(cache.keys.size).toBe(1);
    expect(layoutGraph(graph, CORPUS_LAYOUT, cache)).toEqual(fresh);
    expect(cache.keys.size).toBe(1);
  });

  it('uses the positions it holds instead of simulating', () => {
    const cache = memoryCache();
    layoutGraph(graph, CORPUS_LAYOUT, cache);
    const [key, positions] = [...cache.keys][0] ?? ['', []];
    // The second node planted far to the right: read, not simulated, it widens the picture.
    cache.keys.set(
      key,
      positions.map(([x, y], i) => [i === 1 ? x + 1000 : x, y]),
    );
    const planted = layoutGraph(graph, CORPUS_LAYOUT, cache);
    const fresh = layoutGraph(graph, CORPUS_LAYOUT);
    expect(planted.width).toBeGreaterThan(fresh.width + 500);
  });

  it('keys each simulation by its inputs: another graph or other options is another entry', () => {
    if (!neighbourhood) throw new Error('the seed corpus has no neighbourhood graph');
    const cache = memoryCache();
    layoutGraph(graph, CORPUS_LAYOUT, cache);
    layoutGraph(graph, { ...CORPUS_LAYOUT, ticks: 50 }, cache);
    layoutGraph(neighbourhood, NEIGHBOURHOOD_LAYOUT, cache);
    const fewer: EntityGraph = { ...graph, edges: graph.edges.slice(1) };
    layoutGraph(fewer, CORPUS_LAYOUT, cache);
    expect(cache.keys.size).toBe(4);
    expect(layoutGraph(fewer, CORPUS_LAYOUT, cache)).toEqual(layoutGraph(fewer, CORPUS_LAYOUT));
  });
});

describe('the layout cache on disk', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'layout-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps positions across builds and reads a damaged file as a miss', () => {
    const cache = layoutCache(root);
    expect(cache.read('inputs')).toBeUndefined();
    cache.write('inputs', [
      [1, 2],
      [3, 4],
    ]);
    expect(cache.read('inputs')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(cache.read('other inputs')).toBeUndefined();
    const base = path.join(root, 'node_modules', '.cache', 'newsroom', 'graph-layout');
    const [version] = readdirSync(base);
    const [file] = readdirSync(path.join(base, version ?? ''));
    writeFileSync(path.join(base, version ?? '', file ?? ''), '[[1,');
    expect(cache.read('inputs')).toBeUndefined();
  });
});
