import { keyRule } from '../word.ts';

/**
 * Curly, modifier and grave apostrophes are one mark: "China’s" and
 * "China's" are the same word, as the shared rule allows quote-mark
 * differences. First, so that later rules see one apostrophe.
 */
const MARKS = /[’‘ʼ`´]/g;

export const quoteMarks = keyRule(
  'quote marks',
  (key) => /[’‘ʼ`´]/.test(key),
  (key) => key.replace(MARKS, "'"),
);
