import type { Span } from '../../types.ts';

/** One word of a sentence: where it is in the article text and the key it is compared by. */
export interface Word extends Span {
  /** The word as the shared rule sees it (case, accents, quote marks, number spelling folded). */
  key: string;
}

/** A named step that rewrites the keys of a sentence's words (and may merge or split words). */
export interface WordRule {
  name: string;
  apply(words: readonly Word[]): Word[];
}

/**
 * A rule that rewrites each key on its own. `applies` is a cheap test that
 * skips most words (the rules run on every word of every sentence).
 */
export function keyRule(name: string, applies: (key: string) => boolean, rewrite: (key: string) => string): WordRule {
  return {
    name,
    apply: (words) => words.map((w) => (applies(w.key) ? { ...w, key: rewrite(w.key) } : w)),
  };
}
