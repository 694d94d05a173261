import { sentenceWords } from '../passages/sentence-words.ts';

/** A word of a name or a headline, compared by `key`; `capitals` when written in capitals ("US", "MSS"). */
export interface NameWord {
  key: string;
  capitals: boolean;
}

/**
 * The words of a name or a headline as the coverage compares them: the
 * passage words (case, accents, quote marks, "U.S." and "US" folded) with a
 * possessive taken off ("China’s" is "China"), so a headline names an entity
 * in any of its forms, in capitals or not, possessive or not.
 */
export function nameWords(text: string): NameWord[] {
  return sentenceWords(text, { start: 0, end: text.length }).map((w) => {
    const surface = text.slice(w.start, w.end);
    return { key: w.key.replace(/'s?$/, ''), capitals: /\p{Lu}/u.test(surface) && !/\p{Ll}/u.test(surface) };
  });
}
