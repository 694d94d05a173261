import { TEXT_BLOCKS } from '../text/block-text.ts';
import { headingLevel, type Block } from './block.ts';
import type { Removal } from './strip-residue.ts';

/** Elements whose text is never the article's: scripts, forms, controls, embeds. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'img',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'nav',
  'aside',
  'dialog',
]);

/**
 * Elements that hold text of their own as one block: those the site's plain
 * text makes a block of, except that a table row, not each cell, becomes one.
 */
const TEXT_BLOCK = new Set([...[...TEXT_BLOCKS].filter((tag) => tag !== 'td' && tag !== 'th'), 'tr']);

/** Elements that only hold blocks. */
const CONTAINER = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'header',
  'footer',
  'blockquote',
  'figure',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'details',
  'summary',
  'address',
  'hgroup',
  'center',
  'fieldset',
]);

interface Open {
  tag: string;
  list?: { id: number; ordered: boolean; number: number };
}

/**
 * The blocks of an article's HTML: paragraphs, headings and list items
 * (ordered lists keep their numbers), one paragraph per line where `<br>`
 * breaks one, table rows as paragraphs with their cells set off by " | ".
 * Whitespace collapses as a browser shows it. Figure captions are left out
 * and reported; scripts, forms, buttons, media and navigation are skipped.
 */
export function htmlBlocks(root: Element): { blocks: Block[]; removed: Removal[] } {
  const blocks: Block[] = [];
  const removed: Removal[] = [];
  const stack: Open[] = [{ tag: 'body' }];
  let lists = 0;
  let buffer = '';

  const flush = (): void => {
    const text = buffer.replace(/[ \t\n\r\f]+/g, ' ').trim();
    buffer = '';
    if (text === '') return;
    const open = innermostBlock(stack);
    if (open.tag === 'figcaption' || open.tag === 'caption') {
      removed.push({ rule: 'photo caption', text });
    } else if (/^h[1-6]$/.test(open.tag)) {
      blocks.push({ kind: 'heading', text, level: headingLevel(Number(open.tag[1])) });
    } else if (open.tag === 'li' && open.list) {
      const { id, ordered, number } = open.list;
      blocks.push(
        ordered ? { kind: 'item', text, ordered, list: id, number } : { kind: 'item', text, ordered, list: id },
      );
    } else {
      blocks.push({ kind: 'paragraph', text });
    }
  };

  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (SKIPPED.has(tag) || isHidden(element)) return;
    if (tag === 'br') {
      // A line break inside a heading or an item only wraps it.
      if (/^(?:h[1-6]|li)$/.test(innermostBlock(stack).tag)) buffer += ' ';
      else flush();
      return;
    }
    if (tag === 'td' || tag === 'th') {
      if (buffer.trim() !== '') buffer += ' | ';
      element.childNodes.forEach(walk);
      return;
    }
    if (!TEXT_BLOCK.has(tag) && !CONTAINER.has(tag)) {
      element.childNodes.forEach(walk);
      return;
    }
    flush();
    const open: Open = { tag };
    if (tag === 'ul' || tag === 'ol') {
      const start = Number.parseInt(element.getAttribute('start') ?? '1', 10);
      const id = ++lists;
      let number = Number.isFinite(start) ? start : 1;
      stack.push(open);
      for (const child of Array.from(element.childNodes)) {
        if (child.nodeType === 1 && (child as Element).tagName.toLowerCase() === 'li') {
          const value = Number.parseInt((child as Element).getAttribute('value') ?? '', 10);
          if (Number.isFinite(value)) number = value;
          stack.push({ tag: 'li', list: { id, ordered: tag === 'ol', number } });
          child.childNodes.forEach(walk);
          flush();
          stack.pop();
          number++;
        } else {
          walk(child);
        }
      }
      flush();
      stack.pop();
      return;
    }
    stack.push(open);
    element.childNodes.forEach(walk);
    flush();
    stack.pop();
  };

  root.childNodes.forEach(walk);
  flush();
  return { blocks, removed };
}

/** The block the text being collected belongs to: the nearest text block, else a paragraph. */
function innermostBlock(stack: readonly Open[]): Open {
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i];
    if (open && TEXT_BLOCK.has(open.tag)) return open;
  }
  return { tag: 'p' };
}

/** Hidden from every reader: `hidden`, `aria-hidden`, an inline `display: none`. */
export function isHidden(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(element.getAttribute('style') ?? '')
  );
}
