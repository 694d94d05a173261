import type { Element, ElementContent, Nodes, Root, Text } from 'hast';
import { TEXT_BLOCKS, type TextRun } from '../core/text/block-text.ts';
import type { Span } from '../core/types.ts';

type HastParent = Root | Element;

/** What a wrapper is told about the piece of text it will hold. */
export interface WrapContext {
  /** The first (or only) wrapper of its range: the one that carries the anchor id. */
  first: boolean;
  /** The last (or only) wrapper of its range. */
  last: boolean;
  /** The range sits in (or spans) a link of the source, where a second link may not be nested. */
  insideLink: boolean;
  /** The wrapper itself sits inside a link: nothing inside it may be a link. */
  underLink: boolean;
}

/**
 * A plain-text range to wrap, and the element to wrap it in. Children the
 * element already has stay after the wrapped text (a mark drawn beside it).
 */
export interface Wrap extends Span {
  element(context: WrapContext): Element;
}

interface Piece {
  node: Text;
  /** Local `[from, to)` inside `node.value`. */
  from: number;
  to: number;
}

/**
 * Wraps each range of the plain text (offsets as `blockText` reports them)
 * in an element. A range that lies in one text node, or that covers whole
 * inline elements (`<em>Zhu</em> Hua`), gets one wrapper; a range that cuts
 * through an inline element gets one wrapper per text node instead, since
 * the tree cannot be re-nested without changing the markup of the source.
 */
export function wrapRanges(tree: Root, runs: readonly TextRun[], wraps: readonly Wrap[]): void {
  const parentOf = parentsOf(tree);
  // Last range first: a split keeps the prefix in the original node, so the
  // offsets that earlier ranges hold into that node stay valid.
  for (const wrap of [...wraps].sort((a, b) => b.start - a.start)) {
    const pieces = piecesOf(runs, wrap);
    if (pieces.length === 0) throw new Error(`no text node holds the range [${wrap.start}, ${wrap.end})`);
    if (!wrapWhole(pieces, wrap, runs, parentOf)) wrapEach(pieces, wrap, parentOf);
  }
}

/**
 * Sets `id(k)` on the block element (paragraph, heading, list item…) that
 * holds the start of the `k`-th span (1-based). A block that already got an
 * id from an earlier span (two spans in one element) keeps the first.
 */
export function markBlocks(
  tree: Root,
  runs: readonly TextRun[],
  spans: readonly Span[],
  id: (k: number) => string,
): void {
  const parentOf = parentsOf(tree);
  const marked = new Set<Element>();
  spans.forEach((span, index) => {
    const run = runs.find((r) => r.start <= span.start && span.start < r.start + r.node.value.length);
    let node: Nodes | undefined = run?.node;
    while (node && !(node.type === 'element' && TEXT_BLOCKS.has(node.tagName))) node = parentOf.get(node);
    if (!node || node.type !== 'element' || marked.has(node)) return;
    node.properties.id = id(index + 1);
    marked.add(node);
  });
}

function parentsOf(tree: Root): Map<Nodes, HastParent> {
  const parents = new Map<Nodes, HastParent>();
  const walk = (parent: HastParent): void => {
    for (const child of parent.children) {
      parents.set(child, parent);
      if (child.type === 'element') walk(child);
    }
  };
  walk(tree);
  return parents;
}

function piecesOf(runs: readonly TextRun[], range: Span): Piece[] {
  const pieces: Piece[] = [];
  for (const run of runs) {
    const from = Math.max(0, range.start - run.start);
    const to = Math.min(run.node.value.length, range.end - run.start);
    if (from < to) pieces.push({ node: run.node, from, to });
  }
  return pieces;
}

function wrapWhole(pieces: Piece[], wrap: Wrap, runs: readonly TextRun[], parentOf: Map<Nodes, HastParent>): boolean {
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return false;
  const common = commonAncestor(
    pieces.map((p) => p.node),
    parentOf,
  );
  let from = childOf(common, first.node, parentOf);
  let to = childOf(common, last.node, parentOf);
  if (!from || !to) return false;
  if (
    (from.type === 'element' && !covers(wrap, from, runs, parentOf)) ||
    (to.type === 'element' && !covers(wrap, to, runs, parentOf))
  ) {
    return false;
  }
  const single = from === to;
  if (to.type === 'text' && last.to < to.value.length) splitText(to, last.to, parentOf);
  if (from.type === 'text' && first.from > 0) from = splitText(from, first.from, parentOf);
  if (single) to = from;
  const start = common.children.indexOf(from);
  const end = common.children.indexOf(to);
  const moved = common.children
    .slice(start, end + 1)
    .filter((child): child is ElementContent => child.type !== 'doctype');
  if (moved.length !== end + 1 - start) throw new Error('a doctype inside a block of text');
  const underLink = hasLinkAbove(common, parentOf);
  const wrapper = wrap.element({
    first: true,
    last: true,
    insideLink: underLink || moved.some(containsLink),
    underLink,
  });
  wrapper.children = [...moved, ...wrapper.children];
  for (const child of moved) parentOf.set(child, wrapper);
  common.children.splice(start, moved.length, wrapper);
  parentOf.set(wrapper, common);
  return true;
}

function wrapEach(pieces: Piece[], wrap: Wrap, parentOf: Map<Nodes, HastParent>): void {
  for (let index = pieces.length - 1; index >= 0; index--) {
    const piece = pieces[index];
    if (!piece) continue;
    let node = piece.node;
    if (piece.to < node.value.length) splitText(node, piece.to, parentOf);
    if (piece.from > 0) node = splitText(node, piece.from, parentOf);
    const parent = parentOf.get(node);
    if (!parent) continue;
    const underLink = hasLinkAbove(parent, parentOf);
    const wrapper = wrap.element({
      first: index === 0,
      last: index === pieces.length - 1,
      insideLink: underLink,
      underLink,
    });
    wrapper.children = [node, ...wrapper.children];
    parent.children.splice(parent.children.indexOf(node), 1, wrapper);
    parentOf.set(node, wrapper);
    parentOf.set(wrapper, parent);
  }
}

/** Cuts `node` at `at`: the node keeps the text before, a new node after it gets the rest (returned). */
function splitText(node: Text, at: number, parentOf: Map<Nodes, HastParent>): Text {
  const parent = parentOf.get(node);
  if (!parent) throw new Error('text node without a parent');
  const rest: Text = { type: 'text', value: node.value.slice(at) };
  node.value = node.value.slice(0, at);
  delete node.position;
  parent.children.splice(parent.children.indexOf(node) + 1, 0, rest);
  parentOf.set(rest, parent);
  return rest;
}

function ancestors(node: Nodes, parentOf: Map<Nodes, HastParent>): HastParent[] {
  const chain: HastParent[] = [];
  for (let parent = parentOf.get(node); parent; parent = parentOf.get(parent)) chain.push(parent);
  return chain;
}

function commonAncestor(nodes: Nodes[], parentOf: Map<Nodes, HastParent>): HastParent {
  const [head, ...rest] = nodes.map((node) => ancestors(node, parentOf));
  const shared = (head ?? []).find((candidate) => rest.every((chain) => chain.includes(candidate)));
  if (!shared) throw new Error('text nodes without a common ancestor');
  return shared;
}

/** The child of `ancestor` that holds `node` (or is it). */
function childOf(ancestor: HastParent, node: Nodes, parentOf: Map<Nodes, HastParent>): ElementContent | undefined {
  let current: Nodes | undefined = node;
  while (current && parentOf.get(current) !== ancestor) current = parentOf.get(current);
  return current?.type === 'element' || current?.type === 'text' ? current : undefined;
}

/** Whether every visible character of `element` lies inside the range. */
function covers(range: Span, element: Element, runs: readonly TextRun[], parentOf: Map<Nodes, HastParent>): boolean {
  return runs
    .filter((run) => ancestors(run.node, parentOf).includes(element))
    .every((run) => {
      const value = run.node.value;
      const lead = value.length - value.trimStart().length;
      const body = value.trim().length;
      return body === 0 || (run.start + lead >= range.start && run.start + lead + body <= range.end);
    });
}

function hasLinkAbove(node: HastParent, parentOf: Map<Nodes, HastParent>): boolean {
  return [node, ...ancestors(node, parentOf)].some((n) => n.type === 'element' && n.tagName === 'a');
}

function containsLink(node: ElementContent): boolean {
  return node.type === 'element' && (node.tagName === 'a' || node.children.some(containsLink));
}
