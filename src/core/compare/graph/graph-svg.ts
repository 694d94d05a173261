import type { Element } from 'hast';
import { s } from 'hastscript';
import type { EntityId, EntityType } from '../../types.ts';
import { TYPE_LABELS, countLabel } from '../../views/type-labels.ts';
import type { GraphLayout, PlacedEdge, PlacedNode } from './graph-layout.ts';
import { shapeBox, shapePath } from './node-shapes.ts';
import { LINE_HEIGHT } from '../svg/place-labels.ts';
import { keySvg, svgMarkup, svgRoot } from '../svg/svg-root.ts';

export interface GraphSvgOptions {
  /** The picture's accessible name. */
  label: string;
  /** The address of an entity's page. */
  href: (id: EntityId) => string;
}

/** Shared sentences of each node with the centre of a neighbourhood graph. */
function sentencesWithCentre(layout: GraphLayout): Map<EntityId, number> {
  const counts = new Map<EntityId, number>();
  for (const { from, to, edge } of layout.edges) {
    if (from.centre) counts.set(to.entity.id, edge.sentences);
    if (to.centre) counts.set(from.entity.id, edge.sentences);
  }
  return counts;
}

/** "Zhu Hua (person): 12 mentions", and in a neighbourhood ", 5 sentences with APT10". */
export function nodeName(node: PlacedNode, layout: GraphLayout): string {
  const { entity } = node;
  const base = `${entity.name} (${TYPE_LABELS[entity.type].singular}): ${countLabel(entity.mentions, 'mention')}`;
  const centre = layout.nodes.find((n) => n.centre);
  const shared = sentencesWithCentre(layout).get(entity.id);
  return centre && shared !== undefined && !node.centre
    ? `${base}, ${countLabel(shared, 'sentence')} with ${centre.entity.name}`
    : base;
}

function edgeLine({ from, to, width }: PlacedEdge): Element {
  return s('line', { class: 'graph-edge', x1: from.x, y1: from.y, x2: to.x, y2: to.y, strokeWidth: width });
}

/** A label of one line, or of two as tspans under each other; the words are the link's name, never cut. */
function labelText(label: NonNullable<PlacedNode['label']>, fontSize: number): Element {
  const { x, y, lines } = label;
  const properties = {
    class: 'graph-label',
    x,
    y,
    fontSize,
    textAnchor: label.anchor === 'start' ? undefined : label.anchor,
  };
  if (lines.length === 1) return s('text', properties, lines[0]);
  // The space ends the first line so that the text reads as the name, not "StrategicAnd".
  return s(
    'text',
    properties,
    lines.map((line, i) =>
      s('tspan', { x, dy: i === 0 ? undefined : `${LINE_HEIGHT}em` }, i < lines.length - 1 ? `${line} ` : line),
    ),
  );
}

function nodeLink(node: PlacedNode, layout: GraphLayout, options: GraphSvgOptions): Element {
  const { entity, label } = node;
  const name = nodeName(node, layout);
  return s(
    'a',
    {
      href: options.href(entity.id),
      class: node.centre ? 'graph-node graph-node--centre' : 'graph-node',
      dataEntityType: entity.type,
      ariaLabel: name,
      ariaCurrent: node.centre ? 'page' : undefined,
    },
    [
      s('title', name),
      s('path', {
        class: 'graph-shape',
        d: shapePath(entity.type, node.area),
        transform: `translate(${node.x},${node.y})`,
      }),
      label ? labelText(label, layout.fontSize) : undefined,
    ].filter((child) => child !== undefined),
  );
}

/**
 * A laid-out graph as a static SVG string: edges first (hidden from assistive
 * technology: the pairs table says the same), then one link per node, most
 * mentioned first, each named by its `<title>` and `aria-label`. Built as a
 * hast tree and serialised, so every name is escaped.
 */
export function graphSvg(layout: GraphLayout, options: GraphSvgOptions): string {
  const tree = svgRoot(layout.width, layout.height, { class: 'graph-svg', role: 'group', ariaLabel: options.label }, [
    s('g', { class: 'graph-edges', ariaHidden: 'true' }, layout.edges.map(edgeLine)),
    s(
      'g',
      { class: 'graph-nodes' },
      layout.nodes.map((node) => nodeLink(node, layout, options)),
    ),
  ]);
  return svgMarkup(tree);
}

/** A type's shape on its own, for a legend. */
export function shapeKeySvg(type: EntityType, size = 16): string {
  const area = (size * size) / 3;
  const box = shapeBox(type, area);
  const [x, y] = [size / 2 - (box.x0 + box.x1) / 2, size / 2 - (box.y0 + box.y1) / 2];
  return keySvg(
    size,
    { class: 'shape-key', dataEntityType: type },
    s('path', { class: 'graph-shape', d: shapePath(type, area), transform: `translate(${x},${y})` }),
  );
}
