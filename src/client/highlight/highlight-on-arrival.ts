/**
 * Marks, in the article body, every word a search matched (`?hl=`, the
 * normalised terms), cutting words exactly as the index does, so what is
 * marked here is what the result's snippet marked. Text goes into text
 * nodes and `<mark>` elements only; nothing is parsed as HTML.
 */
import { highlightTerms } from '../../core/search/highlight-terms.ts';
import { tokenize } from '../../core/search/tokens.ts';

/** Marks the matched words inside `root` (the article body, or `main`); returns how many. */
export function highlightOnArrival(document: Document): number {
  const terms = highlightTerms(document.location.search);
  const root = document.querySelector('.article-body') ?? document.querySelector('main');
  if (terms.size === 0 || root === null) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    const hits = tokenize(text).filter((token) => terms.has(token.term));
    if (hits.length === 0) continue;
    const pieces: Node[] = [];
    let at = 0;
    for (const hit of hits) {
      if (hit.start > at) pieces.push(document.createTextNode(text.slice(at, hit.start)));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(hit.start, hit.end);
      pieces.push(mark);
      at = hit.end;
    }
    if (at < text.length) pieces.push(document.createTextNode(text.slice(at)));
    node.replaceWith(...pieces);
    marked += hits.length;
  }
  return marked;
}
