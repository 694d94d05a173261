import type { Span } from '../types.ts';

/** The blocks of a plain text made by `markdownToText`: runs separated by one blank line. */
export function blockSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (;;) {
    const next = text.indexOf('\n\n', start);
    const end = next === -1 ? text.length : next;
    if (end > start) spans.push({ start, end });
    if (next === -1) return spans;
    start = next + 2;
  }
}
