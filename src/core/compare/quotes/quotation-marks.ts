import type { Span } from '../../types.ts';

/** Words between a pair of quotation marks, within one paragraph. */
export interface QuotedSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; null when the paragraph ends first. */
  close: number | null;
  /** Index of the paragraph (block) that holds it. */
  paragraph: number;
  style: 'double' | 'single';
  /** The opening mark is the first character of its paragraph. */
  opensParagraph: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', "'"]);
const SINGLE_CLOSE = new Set(['’', "'"]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may stand just before an opening mark: nothing, a space, a bracket, a dash or another mark. */
const BEFORE_OPEN = /[\s([{—–\-/“"‘„«]/u;
const STRONG_CLOSE_BEFORE = /[.,!?;:…—–-]/u;
const STRONG_CLOSE_AFTER = /[\s,.;:!?)\]—–-]/u;

/**
 * The content stage: every span of a text inside quotation marks, paragraph
 * by paragraph, in order. Curly and straight, double and single marks are
 * read; an apostrophe ("China’s", "dockers’ union", "’90s") is never taken
 * for a mark, and a quotation inside another is part of the outer one.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  paragraphs.forEach((block, index) => {
    const doubles = doubleSpans(text, block, index);
    const singles = singleSpans(text, block, index, doubles);
    const all = [...doubles, ...singles].sort((a, b) => a.open - b.open);
    // A quotation nested in another (British ‘… “…” …’ or American “… ‘…’ …”) belongs to the outer one.
    spans.push(...all.filter((s) => !all.some((o) => o !== s && o.open < s.open && end(o, block) > s.open)));
  });
  return spans;
}

function end(span: QuotedSpan, block: Span): number {
  return span.close ?? block.end;
}

function make(
  text: string,
  block: Span,
  paragraph: number,
  open: number,
  close: number | null,
  style: QuotedSpan['style'],
): QuotedSpan | null {
  let start = open + 1;
  let stop = close ?? block.end;
  while (start < stop && /\s/.test(text[start] ?? '')) start++;
  while (stop > start && /\s/.test(text[stop - 1] ?? '')) stop--;
  if (stop <= start) return null;
  const opensParagraph = text.slice(block.start, open).trim() === '';
  return { start, end: stop, open, close, paragraph, style, opensParagraph };
}

/** Double marks: curly pairs, guillemets, and straight marks told apart by what stands around them. */
function doubleSpans(text: string, block: Span, paragraph: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open: number | null = null;
  const push = (close: number | null): void => {
    if (open === null) return;
    const span = make(text, block, paragraph, open, close, 'double');
    if (span) spans.push(span);
    open = null;
  };
  for (let i = block.start; i < block.end; i++) {
    const ch = text[i] ?? '';
    const before = i > block.start ? (text[i - 1] ?? ' ') : ' ';
    const after = text[i + 1] ?? ' ';
    if (DOUBLE_OPEN.has(ch)) {
      // An opener while one is open: the earlier quotation was never closed.
      if (open !== null) push(null);
      open = i;
    } else if (DOUBLE_CLOSE.has(ch)) {
      if (open !== null) push(i);
    } else if (ch === '"') {
      if (open !== null) push(i);
      else if (BEFORE_OPEN.test(before) && !/\s/.test(after)) open = i;
    }
  }
  push(null);
  return spans;
}

/**
 * Single marks, outside double ones. An opener follows a space or bracket and
 * comes before a letter; a closer follows a letter or punctuation and comes
 * before a space or punctuation. "dockers’ union" has the shape of a closer,
 * so a closer after punctuation or before punctuation wins over it.
 */
function singleSpans(text: string, block: Span, paragraph: number, doubles: readonly QuotedSpan[]): QuotedSpan[] {
  const inDouble = (i: number): boolean => doubles.some((d) => i >= d.open && i <= (d.close ?? block.end));
  const isOpener = (i: number): boolean => {
    const ch = text[i] ?? '';
    const before = i > block.start ? (text[i - 1] ?? ' ') : ' ';
    // A letter must follow: "’90s" and "'90s" are elisions.
    return SINGLE_OPEN.has(ch) && BEFORE_OPEN.test(before) && /\p{L}/u.test(text[i + 1] ?? '');
  };
  const closerStrength = (i: number): 0 | 1 | 2 => {
    const ch = text[i] ?? '';
    if (!SINGLE_CLOSE.has(ch)) return 0;
    const before = text[i - 1] ?? ' ';
    const after = i + 1 < block.end ? (text[i + 1] ?? ' ') : ' ';
    if (/\s/.test(before) || LETTER_OR_DIGIT.test(after)) return 0;
    return STRONG_CLOSE_BEFORE.test(before) ||
      (STRONG_CLOSE_AFTER.test(after) && !/\s/.test(after)) ||
      i + 1 >= block.end
      ? 2
      : 1;
  };
  const spans: QuotedSpan[] = [];
  let i = block.start;
  while (i < block.end) {
    if (inDouble(i) || !isOpener(i)) {
      i++;
      continue;
    }
    const open = i;
    let weak: number | null = null;
    let strong: number | null = null;
    for (let k = open + 1; k < block.end && !inDouble(k); k++) {
      const strength = closerStrength(k);
      if (strength === 2) {
        strong = k;
        break;
      }
      if (strength === 1 && weak === null) weak = k;
    }
    const close = strong ?? weak;
    const span = make(text, block, paragraph, open, close, 'single');
    // An unclosed single mark is an apostrophe ("’tis", "'90s") unless the quotation runs on into the next paragraph.
    if (span && (close !== null || runsOn(text, block))) spans.push(span);
    i = close === null ? block.end : close + 1;
  }
  return spans;
}

/** True when the paragraph after `block` opens with a quotation mark (the convention for a quotation running on). */
function runsOn(text: string, block: Span): boolean {
  const next = text.slice(block.end).trimStart();
  return /^[“"‘'„«]/.test(next);
}
