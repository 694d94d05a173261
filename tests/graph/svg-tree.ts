import { loadGoldSet } from '../../scripts/lib/gold-sets.ts';
import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import type { CorpusAnalysis } from '../../src/core/types.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * The first `count` seed articles (tests/fixtures/seed-articles, never content/), analysed afresh
 * each call, unlike the cached whole corpus of tests/fixtures/seed-corpus.ts.
 */
export function someSeeds(count: number): CorpusAnalysis {
  return analyzeCorpus(loadGoldSet('seeds').articles.slice(0, count), loadKnowledge());
}

/** An SVG string parsed back into a tree, as a browser reads it inside HTML. */
export function parseSvg(svg: string): Root {
  return fromHtml(svg, { fragment: true });
}

/** Every element of `tree` named `tagName`, in document order. */
export function elements(tree: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

/** An element's attribute as a string ('' when absent). */
export function attribute(node: Element, name: string): string {
  const value = node.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
}

/** The text of an element's `<title>` child. */
export function titleOf(node: Element): string {
  const title = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'title');
  return title ? toString(title) : '';
}
