import { tokenize } from './tokens.ts';

/** A piece of a text; `text === source.slice(start, end)`. Marked pieces are matched words. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  mark: boolean;
}

/** What a result shows of a paragraph: a window of it, cut into plain and marked segments. */
export interface Snippet {
  segments: Segment[];
  /** The window starts after the paragraph's start (show an ellipsis before). */
  clippedStart: boolean;
  /** The window ends before the paragraph's end (show an ellipsis after). */
  clippedEnd: boolean;
}

export const SNIPPET_LENGTH = 280;
// Words of context kept before the first match when the window must move.
const LEAD = 60;

/**
 * Cuts `text` into segments, marking every word whose normalised form
 * `isMatch` accepts. Text longer than `maxLength` is cut to the window of
 * that length holding the most marked words, on word boundaries. The
 * segments are plain strings: rendering them is the caller's job, and must
 * treat them as text.
 */
export function snippet(text: string, isMatch: (term: string) => boolean, maxLength = SNIPPET_LENGTH): Snippet {
  const marked = tokenize(text).filter((token) => isMatch(token.term));
  let [from, to] = [0, text.length];
  if (text.length > maxLength) {
    let bestCount = -1;
    for (const anchor of marked.length > 0 ? marked : [{ start: 0 }]) {
      const start = Math.max(0, Math.min(anchor.start - LEAD, text.length - maxLength));
      const count = marked.filter((t) => t.start >= start && t.end <= start + maxLength).length;
      if (count > bestCount) [bestCount, from] = [count, start];
    }
    to = from + maxLength;
    if (from > 0) from = wordStartAtOrAfter(text, from);
    if (to < text.length) to = wordEndAtOrBefore(text, to, from);
  }

  const segments: Segment[] = [];
  let at = from;
  const push = (start: number, end: number, mark: boolean) => {
    if (end > start) segments.push({ start, end, text: text.slice(start, end), mark });
  };
  for (const token of marked) {
    if (token.start < from || token.end > to) continue;
    push(at, token.start, false);
    push(token.start, token.end, true);
    at = token.end;
  }
  push(at, to, false);
  return { segments, clippedStart: from > 0, clippedEnd: to < text.length };
}

function wordStartAtOrAfter(text: string, index: number): number {
  if (/\s/u.test(text[index - 1] ?? ' ')) return index;
  const next = text.slice(index).search(/\s\S/u);
  return next === -1 ? index : index + next + 1;
}

function wordEndAtOrBefore(text: string, index: number, floor: number): number {
  if (/\s/u.test(text[index] ?? ' ')) return index;
  const space = text.lastIndexOf(' ', index);
  return space > floor ? space : index;
}
