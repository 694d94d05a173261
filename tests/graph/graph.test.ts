import { describe, expect, it } from 'vitest';
import {
  CORPUS_GRAPH_LIMITS,
  corpusGraph,
  neighbourhoodGraph,
  type EntityGraph,
} from '../../src/core/compare/graph/entity-graph.ts';
import { CORPUS_LAYOUT, NEIGHBOURHOOD_LAYOUT, type LayoutOptions } from '../../src/core/compare/graph/graph-layout.ts';
import { graphPicture } from '../../src/core/compare/graph/graph-picture.ts';
import { shapeBox, shapePath } from '../../src/core/compare/graph/node-shapes.ts';
import { sitePaths } from '../../src/core/publish/site-paths.ts';
import { ENTITY_TYPES, type EntityId } from '../../src/core/types.ts';
import { coOccurrences } from '../../src/core/views/co-occurrence.ts';
import { entityIndex } from '../../src/core/views/article-entities.ts';
import { fixtureArticle, fixtureCorpus } from '../fixtures/fixture-corpus.ts';
import { seedCorpus } from '../fixtures/seed-corpus.ts';
import { attribute, elements, parseSvg, someSeeds, titleOf } from './svg-tree.ts';

const paths = sitePaths('/news/');
const seeds = seedCorpus();

function draw(graph: EntityGraph, layout: LayoutOptions = CORPUS_LAYOUT) {
  return graphPicture(graph, layout, { label: 'test graph', href: (id) => paths.entity(id) });
}

/** Where a node's shape is drawn: the translate of its path. */
function positionOf(link: ReturnType<typeof elements>[number]): [number, number] {
  const path = elements(link, 'path')[0];
  const match = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/.exec(path ? attribute(path, 'transform') : '');
  return [Number(match?.[1]), Number(match?.[2])];
}

describe('the corpus graph of the seed articles', () => {
  const picture = draw(corpusGraph(seeds));
  const tree = parseSvg(picture.svg);
  const links = elements(tree, 'a');

  it('draws the same picture, byte for byte, from the same input', () => {
    const again = someSeeds(4);
    expect(draw(corpusGraph(again)).svg).toBe(picture.svg);
  });

  it('draws another picture from another seed or another corpus', () => {
    expect(
      graphPicture(corpusGraph(seeds), { ...CORPUS_LAYOUT, seed: 7 }, { label: 'x', href: (id) => paths.entity(id) })
        .svg,
    ).not.toBe(picture.svg);
    const fewer = someSeeds(3);
    expect(draw(corpusGraph(fewer)).svg).not.toBe(picture.svg);
  });

  it('rounds every coordinate', () => {
    for (const node of picture.layout.nodes) {
      expect(Number.isInteger(node.x) && Number.isInteger(node.y), node.entity.id).toBe(true);
    }
    for (const line of elements(tree, 'line')) {
      for (const name of ['x1', 'y1', 'x2', 'y2']) expect(attribute(line, name)).toMatch(/^-?\d+$/);
    }
  });

  it('makes every node a named link to an existing entity page', () => {
    const pages = new Set(seeds.entities.map((e) => paths.entity(e.id)));
    expect(links).toHaveLength(picture.nodes.length);
    for (const [i, link] of links.entries()) {
      const entity = picture.nodes[i];
      expect(pages.has(attribute(link, 'href')), attribute(link, 'href')).toBe(true);
      expect(attribute(link, 'href')).toBe(paths.entity(entity?.id ?? ''));
      expect(titleOf(link)).toContain(entity?.name);
      expect(attribute(link, 'ariaLabel')).toBe(titleOf(link));
    }
  });

  it('keeps the most mentioned entities, no more than the limit, and says so in the data', () => {
    const mentions = seeds.entities.map((e) => e.mentions).sort((a, b) => b - a);
    expect(picture.nodes.length).toBe(Math.min(CORPUS_GRAPH_LIMITS.maxNodes, seeds.entities.length));
    expect(picture.nodes.map((n) => n.mentions)).toEqual(mentions.slice(0, picture.nodes.length));
    expect(picture.pairs.length).toBeLessThanOrEqual(CORPUS_GRAPH_LIMITS.maxNodes * CORPUS_GRAPH_LIMITS.edgesPerNode);
  });

  it('draws each type with its own shape, sized by mentions', () => {
    const paths = new Set(ENTITY_TYPES.map((type) => shapePath(type, 300)));
    expect(paths.size).toBe(ENTITY_TYPES.length);
    for (const [i, link] of links.entries()) {
      const node = picture.layout.nodes[i];
      expect(attribute(link, 'dataEntityType')).toBe(node?.entity.type);
      expect(attribute(elements(link, 'path')[0] ?? link, 'd')).toBe(
        shapePath(node?.entity.type ?? 'country', node?.area ?? 0),
      );
    }
    const byMentions = [...picture.layout.nodes].sort((a, b) => a.entity.mentions - b.entity.mentions);
    for (let i = 1; i < byMentions.length; i += 1) {
      expect(byMentions[i]?.area ?? 0).toBeGreaterThanOrEqual(byMentions[i - 1]?.area ?? 0);
    }
  });

  it('lists exactly the pairs it draws, with the counts the entity pages give', () => {
    const lines = elements(tree, 'line');
    expect(lines).toHaveLength(picture.pairs.length);
    const at = new Map(links.map((link, i) => [picture.nodes[i]?.id, positionOf(link).join(',')]));
    const index = entityIndex(seeds.entities);
    for (const [i, pair] of picture.pairs.entries()) {
      const line = lines[i];
      if (!line) throw new Error('missing line');
      expect(`${attribute(line, 'x1')},${attribute(line, 'y1')}`).toBe(at.get(pair.a.id));
      expect(`${attribute(line, 'x2')},${attribute(line, 'y2')}`).toBe(at.get(pair.b.id));
      const shared = coOccurrences(seeds.articles, index, pair.a.id).find((row) => row.entity.id === pair.b.id);
      expect(shared?.sentences).toBe(pair.sentences);
    }
    const widths = lines.map((line) => Number(attribute(line, 'strokeWidth')));
    for (let i = 1; i < widths.length; i += 1) expect(widths[i]).toBeLessThanOrEqual(widths[i - 1] ?? Infinity);
  });

  it('labels the larger nodes, no label over another label or a shape', () => {
    const labelled = picture.layout.nodes.filter((n) => n.label);
    expect(labelled.length).toBeGreaterThan(10);
    const boxes = [
      ...labelled.map((n) => n.label?.box),
      ...picture.layout.nodes.map((n) => ({
        x0: n.x + n.box.x0,
        y0: n.y + n.box.y0,
        x1: n.x + n.box.x1,
        y1: n.y + n.box.y1,
      })),
    ].filter((box) => box !== undefined);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
        expect(apart, JSON.stringify([a, b])).toBe(true);
      }
    }
    expect(picture.layout.nodes[0]?.label, 'the most mentioned node').toBeDefined();
  });

  it('keeps every shape and label inside its view box', () => {
    const { width, height } = picture.layout;
    for (const n of picture.layout.nodes) {
      expect(n.x + n.box.x0).toBeGreaterThanOrEqual(0);
      expect(n.y + n.box.y0).toBeGreaterThanOrEqual(0);
      expect(n.x + n.box.x1).toBeLessThanOrEqual(width);
      expect(n.y + n.box.y1).toBeLessThanOrEqual(height);
      if (n.label) expect(n.label.box.x1).toBeLessThanOrEqual(width);
    }
    expect(attribute(elements(tree, 'svg')[0] ?? (tree.children[0] as never), 'viewBox')).toBe(
      `0 0 ${width} ${height}`,
    );
  });

  it('measures its bytes', () => {
    const bytes = Buffer.byteLength(picture.svg);
    console.info(
      `corpus graph SVG on the seed articles: ${bytes} bytes, ${picture.nodes.length} nodes, ${picture.pairs.length} pairs`,
    );
    expect(bytes).toBeLessThan(60_000);
  });
});

describe('the neighbourhood graph of an entity page', () => {
  const top = [...seeds.entities].sort((a, b) => b.mentions - a.mentions)[0];
  if (!top) throw new Error('no entity in the seeds');
  const graph = neighbourhoodGraph(seeds, top.id);
  if (!graph) throw new Error(`${top.id} has no neighbourhood`);
  const picture = draw(graph, NEIGHBOURHOOD_LAYOUT);
  const links = elements(parseSvg(picture.svg), 'a');

  it('shows the entity and the entities most often named with it', () => {
    const together = coOccurrences(seeds.articles, entityIndex(seeds.entities), top.id).slice(0, 8);
    expect(picture.nodes[0]?.id).toBe(top.id);
    expect(new Set(picture.nodes.slice(1).map((n) => n.id))).toEqual(new Set(together.map((row) => row.entity.id)));
    for (const row of together) {
      const spoke = picture.pairs.find((p) => p.a.id === top.id && p.b.id === row.entity.id);
      expect(spoke?.sentences, row.entity.id).toBe(row.sentences);
    }
  });

  it('marks the entity as the current page and links every other node', () => {
    expect(attribute(links[0] ?? ({} as never), 'ariaCurrent')).toBe('page');
    expect(links.slice(1).every((link) => attribute(link, 'ariaCurrent') === '')).toBe(true);
    expect(links.map((link) => attribute(link, 'href'))).toEqual(picture.nodes.map((n) => paths.entity(n.id)));
    expect(titleOf(links[1] ?? ({} as never))).toMatch(new RegExp(`sentences? with ${top.name}$`));
  });

  it('labels every node of a small neighbourhood', () => {
    expect(picture.layout.nodes.filter((n) => n.label).length).toBeGreaterThanOrEqual(picture.nodes.length - 1);
  });

  it('is undefined for an entity named with no other', () => {
    const alone = fixtureCorpus([
      fixtureArticle(
        'a',
        '2024-01-01',
        ['Ruritania protested. Grand Fenwick agreed.'],
        [
          ['Ruritania', 'ruritania', 'country'],
          ['Grand Fenwick', 'grand-fenwick', 'country'],
        ],
      ),
    ]);
    expect(neighbourhoodGraph(alone, 'ruritania' as EntityId)).toBeUndefined();
  });
});

describe('graphs of made-up articles', () => {
  it('escapes every name it writes', () => {
    const corpus = fixtureCorpus(
      [
        fixtureArticle(
          'a',
          '2024-01-01',
          ['Acme <b>&"Co" met Ruritania.'],
          [
            ['Acme <b>&"Co"', 'acme', 'organization'],
            ['Ruritania', 'ruritania', 'country'],
          ],
        ),
      ],
      { acme: 'Acme <b>&"Co"', ruritania: 'Ruritania' },
    );
    const tree = parseSvg(draw(corpusGraph(corpus)).svg);
    expect(elements(tree, 'b'), 'markup in a name stays text').toEqual([]);
    const link = elements(tree, 'a').find((a) => attribute(a, 'href').endsWith('/acme/'));
    expect(titleOf(link ?? ({} as never))).toBe('Acme <b>&"Co" (organization): 1 mention');
  });

  it('stays bounded on a large corpus', () => {
    const paragraphs: string[] = [];
    const marks: [string, string, 'person'][] = [];
    for (let i = 0; i < 120; i += 1) {
      const [a, b] = [`Person${i}`, `Person${(i * 7) % 120}x`];
      paragraphs.push(`${a} met ${b}.`);
      marks.push([a, `p${i}`, 'person'], [b, `q${(i * 7) % 120}`, 'person']);
    }
    const corpus = fixtureCorpus([fixtureArticle('big', '2024-01-01', paragraphs, marks)]);
    const limits = { maxNodes: 25, edgesPerNode: 2 };
    const picture = draw(corpusGraph(corpus, limits));
    expect(picture.nodes).toHaveLength(25);
    expect(picture.pairs.length).toBeLessThanOrEqual(50);
    expect(elements(parseSvg(picture.svg), 'a')).toHaveLength(25);
  });

  it('sizes shapes to their area, each type with its own outline', () => {
    for (const type of ENTITY_TYPES) {
      const box = shapeBox(type, 400);
      // Centred across; down, the triangle sits on its centroid as d3 draws it, the others on their middle.
      expect(Math.abs(box.x0 + box.x1)).toBeLessThan(0.5);
      if (type !== 'place') expect(Math.abs(box.y0 + box.y1)).toBeLessThan(0.5);
      expect(box.x1 - box.x0).toBeGreaterThan(15);
      expect(box.x1 - box.x0).toBeLessThan(35);
    }
  });
});
