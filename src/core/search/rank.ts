import type { Expansion } from './dictionary.ts';
import type { Posting } from './postings.ts';

/** A paragraph that matches a query, with what ranks it. */
export interface RankedParagraph {
  article: number;
  /** 0-based block index. */
  paragraph: number;
  /** How many distinct query words it matches. */
  words: number;
  /** Σ over matched words of the best (match quality × idf × weight) among the word's terms. */
  score: number;
}

/** Inverse document frequency over paragraphs, BM25's form (never negative). */
export function idf(df: number, paragraphs: number): number {
  return Math.log(1 + (paragraphs - df + 0.5) / (df + 0.5));
}

// Paragraph indices stay below this in any article (checked), so one number
// identifies a paragraph across the corpus.
const STRIDE = 1 << 16;

/**
 * Ranks paragraphs for a query whose words have been expanded to terms.
 * Paragraphs matching more of the query's words come first (AND-ish: a
 * paragraph with all the words beats any with fewer), then by score; a word
 * counts once per paragraph however many of its terms occur there. Ties
 * keep corpus order, so the ranking is deterministic.
 */
export function rankParagraphs(
  words: readonly (readonly Expansion[])[],
  postingsOf: (term: number) => readonly Posting[],
  idfOf: (term: number) => number,
): RankedParagraph[] {
  const ranked = new Map<number, RankedParagraph>();
  for (const expansions of words) {
    const best = new Map<number, number>();
    for (const { term, quality } of expansions) {
      const factor = quality * idfOf(term);
      for (const { article, paragraph, weight } of postingsOf(term)) {
        if (paragraph >= STRIDE)
          throw new Error(`search index: paragraph ${paragraph} of article ${article} is out of range`);
        const key = article * STRIDE + paragraph;
        const value = (factor * weight) / 255;
        if (value > (best.get(key) ?? 0)) best.set(key, value);
      }
    }
    for (const [key, value] of best) {
      const entry = ranked.get(key);
      if (entry === undefined) {
        ranked.set(key, { article: Math.floor(key / STRIDE), paragraph: key % STRIDE, words: 1, score: value });
      } else {
        entry.words++;
        entry.score += value;
      }
    }
  }
  return [...ranked.values()].sort(
    (a, b) => b.words - a.words || b.score - a.score || a.article - b.article || a.paragraph - b.paragraph,
  );
}
