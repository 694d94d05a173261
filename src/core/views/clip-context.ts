import type { Segment } from './mention-contexts.ts';

export interface ClipOptions {
  /** A sentence up to this many characters is kept whole. */
  whole: number;
  /** Characters kept on each side of a mention in a longer sentence. */
  window: number;
}

const ELLIPSIS = '…';

/**
 * A long sentence cut down to the text around its mentions, so that a page
 * of contexts stays small whatever the articles hold (a scraped "sentence"
 * can be a whole page of text). Every mention is kept; text before the
 * first, after the last and between two far-apart mentions is cut at a word
 * boundary and marked with an ellipsis.
 */
export function clipSegments(segments: readonly Segment[], options: ClipOptions): Segment[] {
  const length = segments.reduce((sum, s) => sum + s.text.length, 0);
  if (length <= options.whole) return [...segments];
  const { window } = options;
  return segments.map((segment, i) => {
    if (segment.mention !== undefined) return segment;
    const first = i === 0;
    const last = i === segments.length - 1;
    const { text } = segment;
    if (first && !last) return text.length > window ? { text: ELLIPSIS + tail(text, window) } : segment;
    if (last && !first) return text.length > window ? { text: head(text, window) + ELLIPSIS } : segment;
    if (text.length <= 2 * window + 3) return segment;
    return { text: `${head(text, window)} ${ELLIPSIS} ${tail(text, window)}` };
  });
}

/** At most `size` characters from the start, not ending inside a word when a space allows. */
function head(text: string, size: number): string {
  const cut = text.slice(0, size);
  if (/\s/.test(text.charAt(size))) return cut;
  const space = cut.lastIndexOf(' ');
  return space > size / 2 ? cut.slice(0, space) : cut;
}

/** At most `size` characters from the end, not starting inside a word when a space allows. */
function tail(text: string, size: number): string {
  const cut = text.slice(text.length - size);
  if (/\s/.test(text.charAt(text.length - size - 1))) return cut;
  const space = cut.indexOf(' ');
  return space >= 0 && space < size / 2 ? cut.slice(space + 1) : cut;
}
