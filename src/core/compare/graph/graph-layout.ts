import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { seededRandom } from '../../eval/prng.ts';
import type { EntitySummary } from '../../types.ts';
import { placeLabels, wrapLabel, type Box, type PlacedLabel } from '../svg/place-labels.ts';
import type { EntityGraph, GraphEdge } from './entity-graph.ts';
import { shapeBox } from './node-shapes.ts';

/** How a graph is laid out and sized. Everything that decides the picture is here, so one set gives one picture. */
export interface LayoutOptions {
  /** Seeds the starting positions and d3-force's own jiggle. */
  seed: number;
  /** A fixed number of simulation steps rather than "until it cools", which depends on timing. */
  ticks: number;
  /** Radius of the least and of the most mentioned node; areas grow with mentions. */
  radius: readonly [number, number];
  /** Stroke width of the weakest and of the strongest edge. */
  edgeWidth: readonly [number, number];
  fontSize: number;
  /** How many of the most mentioned nodes may carry a label. */
  labels: number;
  /** Labels longer than this (characters) go on two lines. */
  labelLine: number;
  /** The length a link pulls towards, beyond the two shapes it joins. */
  linkLength: number;
  /** How much harder the layout is pulled in vertically than across (below 1: across harder), to fit its column. */
  squash: number;
  /** Space around the drawing. */
  padding: number;
}

export const CORPUS_LAYOUT: LayoutOptions = {
  seed: 20181220,
  ticks: 300,
  radius: [5, 24],
  edgeWidth: [1, 7],
  fontSize: 12,
  labels: 24,
  labelLine: 22,
  linkLength: 36,
  squash: 1.6,
  padding: 6,
};

export const NEIGHBOURHOOD_LAYOUT: LayoutOptions = {
  ...CORPUS_LAYOUT,
  radius: [6, 18],
  edgeWidth: [1, 5],
  labels: Infinity,
  labelLine: 16,
  linkLength: 64,
  // The side column of an entity page is narrow: pulled in across, the picture grows down instead.
  squash: 0.5,
};

/** A node where the layout put it (whole units), with its size and its label when one fits. */
export interface PlacedNode {
  entity: EntitySummary;
  x: number;
  y: number;
  /** Area of its shape, in square units. */
  area: number;
  /** The box its shape covers, relative to ⟨x, y⟩. */
  box: Box;
  label?: (PlacedLabel & { lines: string[] }) | undefined;
  /** The entity a neighbourhood graph is about. */
  centre: boolean;
}

export interface PlacedEdge {
  edge: GraphEdge;
  from: PlacedNode;
  to: PlacedNode;
  width: number;
}

/** A laid-out graph in a `width` × `height` box whose top left corner is ⟨0, 0⟩. */
export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
  /** Of the labels. */
  fontSize: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  reach: number;
}

/**
 * Where the simulation's positions of earlier builds are kept: under the JSON of all its inputs
 * (the holder adds the version of the layout code). An entity site draws hundreds of
 * neighbourhoods, most of them unchanged by an edit.
 */
export interface PositionCache {
  read(key: string): [x: number, y: number][] | undefined;
  write(key: string, positions: [x: number, y: number][]): void;
}

/** d3-force run for a fixed number of ticks; each node's position rounded to whole units. */
function simulate(
  simNodes: SimNode[],
  links: { source: string; target: string; distance: number }[],
  random: () => number,
  options: LayoutOptions,
): [number, number][] {
  const simLinks: (SimulationLinkDatum<SimNode> & { distance: number })[] = links.map((l) => ({ ...l }));
  forceSimulation(simNodes)
    .stop()
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { distance: number }>(simLinks)
        .id((n) => n.id)
        .distance((l) => l.distance),
    )
    .force('charge', forceManyBody<SimNode>().strength(-420).distanceMax(320))
    .force('collide', forceCollide<SimNode>((n) => n.reach + 4).iterations(2))
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.04 * options.squash))
    .tick(options.ticks);
  return simNodes.map((n) => [Math.round(n.x ?? 0), Math.round(n.y ?? 0)]);
}

function shifted(box: Box, dx: number, dy: number): Box {
  return { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy };
}

/**
 * Lays a graph out with d3-force, run to a fixed number of ticks from seeded
 * starting positions, then rounds every position: the same graph and options
 * give the same coordinates on every machine. A neighbourhood's centre is
 * pinned in the middle. With a `cache`, the simulation's positions are read
 * from it when it holds this simulation's inputs, and stored otherwise.
 */
export function layoutGraph(graph: EntityGraph, options: LayoutOptions, cache?: PositionCache): GraphLayout {
  const random = seededRandom(options.seed);
  const maxMentions = Math.max(1, ...graph.nodes.map((n) => n.mentions));
  const radiusOf = scaleSqrt().domain([0, maxMentions]).range(options.radius);
  const sized = graph.nodes.map((entity) => {
    const radius = radiusOf(entity.mentions);
    const area = Math.PI * radius * radius;
    return { entity, area, box: shapeBox(entity.type, area) };
  });

  const spread = 40 * Math.sqrt(graph.nodes.length);
  const simNodes: SimNode[] = sized.map(({ entity, box }) => {
    const reach = Math.max(-box.x0, -box.y0, box.x1, box.y1);
    const node: SimNode = { id: entity.id, reach, x: (random() - 0.5) * spread, y: (random() - 0.5) * spread };
    if (entity.id === graph.centre) Object.assign(node, { x: 0, y: 0, fx: 0, fy: 0 });
    return node;
  });
  const reachOf = new Map(simNodes.map((n) => [n.id, n.reach]));
  const links = graph.edges.map((e) => ({
    source: e.source,
    target: e.target,
    distance: options.linkLength + (reachOf.get(e.source) ?? 0) + (reachOf.get(e.target) ?? 0),
  }));
  // Everything the simulation reads (the random source continues from the seed after the starting positions).
  const key = JSON.stringify({
    seed: options.seed,
    ticks: options.ticks,
    squash: options.squash,
    nodes: simNodes.map((n) => [n.id, n.reach, n.x, n.y, n.fx ?? null, n.fy ?? null]),
    links: links.map((l) => [l.source, l.target, l.distance]),
  });
  let positions = cache?.read(key);
  if (positions?.length !== simNodes.length) {
    positions = simulate(simNodes, links, random, options);
    cache?.write(key, positions);
  }

  const nodes: PlacedNode[] = sized.map(({ entity, area, box }, i) => ({
    entity,
    area,
    box,
    x: positions[i]?.[0] ?? 0,
    y: positions[i]?.[1] ?? 0,
    centre: entity.id === graph.centre,
  }));

  const labelled = nodes.slice(0, options.labels);
  const texts = labelled.map((n) => wrapLabel(n.entity.name, options.labelLine));
  const placed = placeLabels(
    labelled.map((n, i) => ({ lines: texts[i] ?? [], x: n.x, y: n.y, shape: n.box, fontSize: options.fontSize })),
    nodes.map((n) => shifted(n.box, n.x, n.y)),
  );
  labelled.forEach((node, i) => {
    const label = placed[i];
    if (label) node.label = { ...label, lines: texts[i] ?? [] };
  });

  // Move the drawing so its top left corner (labels included) sits at the padding.
  const boxes = [
    ...nodes.map((n) => shifted(n.box, n.x, n.y)),
    ...nodes.flatMap((n) => (n.label ? [n.label.box] : [])),
  ];
  const extent = (pick: (b: Box) => number, most: (...v: number[]) => number): number =>
    boxes.length === 0 ? 0 : most(...boxes.map(pick));
  const left = Math.floor(extent((b) => b.x0, Math.min)) - options.padding;
  const top = Math.floor(extent((b) => b.y0, Math.min)) - options.padding;
  const width = Math.ceil(extent((b) => b.x1, Math.max)) + options.padding - left;
  const height = Math.ceil(extent((b) => b.y1, Math.max)) + options.padding - top;
  const tenth = (v: number): number => Math.round(v * 10) / 10;
  for (const node of nodes) {
    node.x -= left;
    node.y -= top;
    if (node.label) {
      const box = shifted(node.label.box, -left, -top);
      node.label = { ...node.label, x: tenth(node.label.x - left), y: tenth(node.label.y - top), box };
    }
  }

  const byId = new Map(nodes.map((n) => [n.entity.id, n]));
  const maxSentences = Math.max(1, ...graph.edges.map((e) => e.sentences));
  const widthOf = scaleLinear().domain([0, maxSentences]).range(options.edgeWidth);
  const edges = graph.edges.flatMap((edge) => {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    return from && to ? [{ edge, from, to, width: Math.round(widthOf(edge.sentences) * 2) / 2 }] : [];
  });
  return { nodes, edges, width, height, fontSize: options.fontSize };
}
