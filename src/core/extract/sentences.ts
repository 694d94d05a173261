import type { Span } from '../types.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which ICU's sentence rules wrongly break ("Mr. Smith", "Michael R. Pompeo", "Dec. 1"). */
const NEVER_ENDS =
  /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|St|Ste|Mt|Mts|Ft|Pt|Jr|Sr|No|Nos|Co|Corp|Inc|Ltd|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.\s*$/;
/** Dotted initialisms ("U.S.") end a sentence only when a function word follows ("…the U.S. The talks…"). */
const INITIALISM = /(?:\p{L}\.){2,}\s*$/u;

/**
 * Sentence spans of a text made of blocks, none crossing a block. Uses the
 * runtime's ICU sentence segmenter, then re-joins the breaks it makes after
 * titles, initials and dotted abbreviations.
 */
export function splitSentences(text: string, blocks: readonly Span[], stopWords: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (const block of blocks) {
    const pieces: Span[] = [];
    const source = text.slice(block.start, block.end);
    for (const { segment, index } of segmenter.segment(source)) {
      const start = block.start + index;
      const previous = pieces.at(-1);
      if (previous && joinsPrevious(text.slice(previous.start, start), segment, stopWords)) {
        previous.end = start + segment.length;
      } else {
        pieces.push({ start, end: start + segment.length });
      }
    }
    for (const piece of pieces) spans.push(trim(text, piece));
  }
  return spans.filter((s) => s.end > s.start);
}

function joinsPrevious(previous: string, next: string, stopWords: ReadonlySet<string>): boolean {
  if (NEVER_ENDS.test(previous)) return true;
  if (!INITIALISM.test(previous)) return false;
  const firstWord = /^[\s“"‘'(]*([\p{L}]+)/u.exec(next)?.[1]?.toLowerCase();
  return firstWord !== undefined && !stopWords.has(firstWord);
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
