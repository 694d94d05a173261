import diffSequence from '@jest/diff-sequences';

/** How two sentences' words compare: the words they keep in the same order, and the ratio made of them. */
export interface WordMatch {
  /** Words common to both, in order (a longest common subsequence). */
  common: number;
  /** 2 · common / (words of a + words of b): 1 for the same words, 0 for nothing in common. */
  ratio: number;
}

/**
 * The word similarity of two sentences, as `difflib`'s ratio but over words:
 * twice the words kept in order over the words of both. Order matters, so two
 * sentences that use the same words to say different things score low, and a
 * copy with one word changed scores high ("a b c d" vs "a b x d": 0.75).
 * The common subsequence comes from Jest's `diff-sequences` (Myers' diff with
 * callbacks and no allocation per token), an order of magnitude faster than
 * jsdiff here, which matters when a corpus has hundreds of thousands of pairs
 * to verify; jsdiff draws the diff a reader sees (`word-diff.ts`).
 */
export function wordMatch(a: readonly string[], b: readonly string[]): WordMatch {
  if (a.length + b.length === 0) return { common: 0, ratio: 1 };
  let common = 0;
  diffSequence(
    a.length,
    b.length,
    (i, j) => a[i] === b[j],
    (n) => {
      common += n;
    },
  );
  return { common, ratio: (2 * common) / (a.length + b.length) };
}

/** The best ratio two sentences of `a` and `b` words can reach, whatever their words: a cheap filter before the diff. */
export function ratioBound(a: number, b: number): number {
  return a + b === 0 ? 1 : (2 * Math.min(a, b)) / (a + b);
}
