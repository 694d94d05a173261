import type { Element, Nodes, Root, Text } from 'hast';

/**
 * Elements whose text forms one block of an article's plain text. Anything
 * else (div, ul, table, blockquote…) only separates blocks.
 */
export const TEXT_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'dt',
  'dd',
  'pre',
  'figcaption',
  'caption',
]);

/** Where one HAST text node's value lands in the plain text. */
export interface TextRun {
  node: Text;
  /** Offset in the plain text of `node.value[0]`; may be negative or run past the block when whitespace was trimmed. */
  start: number;
}

export interface BlockText {
  /** Blocks joined by one blank line; each block trimmed. */
  text: string;
  /** One entry per text node that lies inside a block, in document order. */
  runs: TextRun[];
  /** Each block's `[start, end)` in `text`. */
  blocks: { start: number; end: number }[];
}

interface OpenBlock {
  raw: string;
  pieces: { node: Text; at: number }[];
}

/**
 * Reads a HAST tree as the plain text the extraction sees, remembering where
 * every text node lands so that marks can later be put back into the tree.
 * The same function serves the extraction (from markdown) and the rehype
 * plugin (from Astro's tree), so the two cannot drift apart.
 */
export function blockText(tree: Root | Element): BlockText {
  const blocks: { start: number; end: number }[] = [];
  const runs: TextRun[] = [];
  let text = '';
  let open: OpenBlock | null = null;

  const close = (): void => {
    if (!open) return;
    const lead = open.raw.length - open.raw.trimStart().length;
    const body = open.raw.trim();
    if (body.length > 0) {
      if (text.length > 0) text += '\n\n';
      const base = text.length - lead;
      for (const piece of open.pieces) runs.push({ node: piece.node, start: base + piece.at });
      blocks.push({ start: text.length, end: text.length + body.length });
      text += body;
    }
    open = null;
  };

  const walk = (node: Nodes, inBlock: boolean): void => {
    if (node.type === 'text') {
      if (inBlock && open) {
        open.pieces.push({ node, at: open.raw.length });
        open.raw += node.value;
      }
      return;
    }
    if (node.type === 'element' && node.tagName === 'br') {
      if (inBlock && open) open.raw += '\n';
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    const startsBlock = node.type === 'element' && TEXT_BLOCKS.has(node.tagName);
    const separates = node.type === 'element' && !startsBlock && !isPhrasing(node.tagName);
    if (startsBlock || separates) close();
    if (startsBlock) open = { raw: '', pieces: [] };
    for (const child of node.children) {
      walk(child, startsBlock || (inBlock && !separates));
      // A nested block (a paragraph in a list item) ends the outer one.
      if (startsBlock && open === null) open = { raw: '', pieces: [] };
    }
    if (startsBlock || separates) close();
  };

  walk(tree, false);
  close();
  return { text, runs, blocks };
}

const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

function isPhrasing(tagName: string): boolean {
  return PHRASING.has(tagName);
}
