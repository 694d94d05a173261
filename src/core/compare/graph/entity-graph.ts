import { compareText } from '../../compare-text.ts';
import { entityIndex } from '../../views/article-entities.ts';
import { coOccurrences } from '../../views/co-occurrence.ts';
import type { CorpusAnalysis, EntityId, EntitySummary } from '../../types.ts';

/** Two entities named together in `sentences` sentences; `source` is the one drawn first. */
export interface GraphEdge {
  source: EntityId;
  target: EntityId;
  sentences: number;
}

/** Entities and the sentences they share: what a graph picture and its text alternative both show. */
export interface EntityGraph {
  /** Most mentioned first; the order the picture draws them in and the keyboard visits them. */
  nodes: EntitySummary[];
  /** Most shared sentences first. */
  edges: GraphEdge[];
  /** The entity a neighbourhood graph is about. */
  centre?: EntityId | undefined;
}

/** How much of a large corpus the corpus graph keeps. */
export interface GraphLimits {
  /** The most mentioned entities, at most this many. */
  maxNodes: number;
  /** For each of them, its strongest links to the others kept, at most this many. */
  edgesPerNode: number;
}

export const CORPUS_GRAPH_LIMITS: GraphLimits = { maxNodes: 40, edgesPerNode: 3 };

/** How many co-mentioned entities an entity page's neighbourhood graph shows. */
export const NEIGHBOURHOOD_SIZE = 8;
/** Links among the co-mentioned entities themselves, per entity: enough to show clusters, few enough to read. */
const NEIGHBOUR_LINKS = 1;

/** Most mentioned first, then in more articles, then by name: the same order on every machine. */
function byProminence(a: EntitySummary, b: EntitySummary): number {
  return (
    b.mentions - a.mentions ||
    b.articles.length - a.articles.length ||
    compareText(a.name, b.name) ||
    compareText(a.id, b.id)
  );
}

/**
 * The edges among `nodes`: each node's `perNode` strongest links to the
 * others, merged, strongest first. A pair is counted once per shared
 * sentence, as the entity pages count it.
 */
function edgesAmong(corpus: CorpusAnalysis, nodes: readonly EntitySummary[], perNode: number): GraphEdge[] {
  const index = entityIndex(corpus.entities);
  const kept = new Map(nodes.map((node, order) => [node.id, order]));
  const edges = new Map<string, GraphEdge>();
  for (const node of nodes) {
    const strongest = coOccurrences(corpus.articles, index, node.id)
      .filter((row) => kept.has(row.entity.id))
      .slice(0, perNode);
    for (const row of strongest) {
      // The more prominent entity is the source, so a pair has one key whichever side found it.
      const [source, target] =
        (kept.get(node.id) ?? 0) < (kept.get(row.entity.id) ?? 0) ? [node.id, row.entity.id] : [row.entity.id, node.id];
      edges.set(`${source}\0${target}`, { source, target, sentences: row.sentences });
    }
  }
  return [...edges.values()].sort(
    (a, b) =>
      b.sentences - a.sentences ||
      (kept.get(a.source) ?? 0) - (kept.get(b.source) ?? 0) ||
      (kept.get(a.target) ?? 0) - (kept.get(b.target) ?? 0),
  );
}

/** The corpus graph: the most mentioned entities and each one's strongest links among them. */
export function corpusGraph(corpus: CorpusAnalysis, limits: GraphLimits = CORPUS_GRAPH_LIMITS): EntityGraph {
  const nodes = [...corpus.entities].sort(byProminence).slice(0, limits.maxNodes);
  return { nodes, edges: edgesAmong(corpus, nodes, limits.edgesPerNode) };
}

/**
 * One entity and the `size` entities most often named in its sentences: its
 * link to each, and each one's strongest links to the others. Undefined when
 * nothing is named with it.
 */
export function neighbourhoodGraph(
  corpus: CorpusAnalysis,
  entity: EntityId,
  size: number = NEIGHBOURHOOD_SIZE,
): EntityGraph | undefined {
  const index = entityIndex(corpus.entities);
  const centre = index.get(entity);
  if (!centre) return undefined;
  const neighbours = coOccurrences(corpus.articles, index, entity)
    .slice(0, size)
    .map((row) => row.entity);
  if (neighbours.length === 0) return undefined;
  const nodes = [centre, ...neighbours.sort(byProminence)];
  const spokes = edgesAmong(corpus, nodes, nodes.length).filter((e) => e.source === entity);
  const among = edgesAmong(corpus, nodes.slice(1), NEIGHBOUR_LINKS);
  // Both lists are strongest first; merged, the spokes win ties so the centre's links come first.
  const edges = [...spokes, ...among].sort((a, b) => b.sentences - a.sentences);
  return { nodes, edges, centre: entity };
}
