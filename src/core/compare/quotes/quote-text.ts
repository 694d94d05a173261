import type { Span } from '../../types.ts';
import { findQuotedSpans, type QuotedSpan } from './quotation-marks.ts';

/** A quotation's words from its pieces: " … " where an attribution broke them, a space where a paragraph did. */
export function joinPieces(text: string, spans: readonly QuotedSpan[]): string {
  let joined = '';
  spans.forEach((span, i) => {
    const previous = spans[i - 1];
    if (previous) {
      const gap = text.slice(previous.close ?? previous.end, span.open);
      joined += /[\p{L}\p{N}]/u.test(gap) ? ' … ' : ' ';
    }
    joined += text.slice(span.start, span.end);
  });
  return joined;
}

/**
 * The words one article quotes between `start` and `end` (an occurrence's
 * range, which may hold the attribution between its pieces), joined as the
 * quotation's text is.
 */
export function occurrenceWording(text: string, paragraphs: readonly Span[], start: number, end: number): string {
  const spans = findQuotedSpans(text, paragraphs).filter((s) => s.end > start && s.start < end);
  return spans.length > 0 ? joinPieces(text, spans) : text.slice(start, end);
}
