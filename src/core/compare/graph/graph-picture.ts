import type { EntitySummary } from '../../types.ts';
import type { EntityGraph } from './entity-graph.ts';
import { layoutGraph, type GraphLayout, type LayoutOptions, type PositionCache } from './graph-layout.ts';
import { graphSvg, type GraphSvgOptions } from './graph-svg.ts';

/** A pair the picture joins with a line, as its text alternative lists it. */
export interface PairRow {
  a: EntitySummary;
  b: EntitySummary;
  sentences: number;
}

/** A graph drawn, with the same data in words: every line of the picture is a pair, every shape a node. */
export interface GraphPicture {
  svg: string;
  /** Strongest first, exactly the lines drawn. */
  pairs: PairRow[];
  /** Most mentioned first, exactly the shapes drawn. */
  nodes: EntitySummary[];
  layout: GraphLayout;
}

/** Lays a graph out (the simulation from `positions` when it holds it) and draws it; the pairs and nodes come from the same layout as the SVG. */
export function graphPicture(
  graph: EntityGraph,
  layout: LayoutOptions,
  svg: GraphSvgOptions,
  positions?: PositionCache,
): GraphPicture {
  const placed = layoutGraph(graph, layout, positions);
  return {
    svg: graphSvg(placed, svg),
    pairs: placed.edges.map(({ from, to, edge }) => ({ a: from.entity, b: to.entity, sentences: edge.sentences })),
    nodes: placed.nodes.map((n) => n.entity),
    layout: placed,
  };
}
