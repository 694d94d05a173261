import diffSequence from '@jest/diff-sequences';

/** How two sentences' words compare: the words they keep, in order or moved a place or two, and the ratio made of them. */
export interface WordMatch {
  /** Words common to both: a longest common subsequence, plus the words it leaves out that only moved (`MOVE_REACH`). */
  common: number;
  /** 2 · common / (words of a + words of b): 1 for the same words, 0 for nothing in common. */
  ratio: number;
}

/**
 * How far a word may move and still count as kept: an editor moving an
 * adverb or a time ("are also" → "also are", "on Thursday is poised" → "is
 * poised on Thursday") shifts it by a word or two, which a common
 * subsequence counts as a word dropped and another added.
 */
const MOVE_REACH = 2;

/**
 * The word similarity of two sentences, as `difflib`'s ratio but over words:
 * twice the words kept over the words of both. Order matters, so two
 * sentences that use the same words to say different things score low, and a
 * copy with one word changed scores high ("a b c d" vs "a b x d": 0.75); a
 * word moved a place or two is kept ("a b c d" vs "a c b d": 1). The common
 * subsequence comes from Jest's `diff-sequences` (Myers' diff with callbacks
 * and no allocation per token), an order of magnitude faster than jsdiff
 * here, which matters when a corpus has hundreds of thousands of pairs to
 * verify; jsdiff draws the diff a reader sees (`word-diff.ts`).
 */
export function wordMatch(a: readonly string[], b: readonly string[]): WordMatch {
  if (a.length + b.length === 0) return { common: 0, ratio: 1 };
  const inB = new Array<number>(a.length).fill(-1);
  const taken = new Array<boolean>(b.length).fill(false);
  let common = 0;
  diffSequence(
    a.length,
    b.length,
    (i, j) => a[i] === b[j],
    (n, i, j) => {
      common += n;
      for (let k = 0; k < n; k++) {
        inB[i + k] = j + k;
        taken[j + k] = true;
      }
    },
  );
  // A word of `a` left out is kept if `b` has it, also left out, within reach of where it would stand next
  // to the kept word before it or the one after it.
  const next = new Array<[number, number]>(a.length + 1);
  next[a.length] = [a.length, b.length];
  for (let i = a.length - 1; i >= 0; i--) {
    const at = inB[i] ?? -1;
    next[i] = at >= 0 ? [i, at] : (next[i + 1] ?? [a.length, b.length]);
  }
  let previous: [number, number] = [-1, -1];
  for (let i = 0; i < a.length; i++) {
    const at = inB[i] ?? -1;
    if (at >= 0) {
      previous = [i, at];
      continue;
    }
    const [nextA, nextB] = next[i] ?? [a.length, b.length];
    const j = movedTo(a[i], b, taken, previous[1] + (i - previous[0])) ?? movedTo(a[i], b, taken, nextB - (nextA - i));
    if (j === undefined) continue;
    taken[j] = true;
    common++;
  }
  return { common, ratio: (2 * common) / (a.length + b.length) };
}

/** The place of `word` in `b`, not yet taken, within `MOVE_REACH` of `expected`. */
function movedTo(word: string | undefined, b: readonly string[], taken: readonly boolean[], expected: number) {
  for (let j = Math.max(0, expected - MOVE_REACH); j <= Math.min(b.length - 1, expected + MOVE_REACH); j++)
    if (!taken[j] && b[j] === word) return j;
  return undefined;
}

/** The best ratio two sentences of `a` and `b` words can reach, whatever their words: a cheap filter before the diff. */
export function ratioBound(a: number, b: number): number {
  return a + b === 0 ? 1 : (2 * Math.min(a, b)) / (a + b);
}
