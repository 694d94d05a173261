import type { WordRule } from './word.ts';
import { digitGrouping } from './word-rules/digit-grouping.ts';
import { initialismDots } from './word-rules/initialism-dots.ts';
import { letterCase } from './word-rules/letter-case.ts';
import { numberWords } from './word-rules/number-words.ts';
import { percent } from './word-rules/percent.ts';
import { quoteMarks } from './word-rules/quote-marks.ts';

/**
 * What the shared rule forgives (ANALYSIS-CONVENTIONS.md: punctuation,
 * quotation marks, capitalisation, spelling of numbers), as named steps over
 * a sentence's words, in order. Punctuation between words never becomes a
 * word (the tokeniser, `sentence-words.ts`), so it needs no rule. Quote marks
 * are folded first so that every later rule sees one apostrophe; case and
 * accents before the number words ("Three"); the dot and comma rules before
 * the number words, which only look at whole words; the percent rule last,
 * since it merges two folded words ("per cent").
 */
export const WORD_RULES: readonly WordRule[] = [
  quoteMarks,
  letterCase,
  initialismDots,
  digitGrouping,
  numberWords,
  percent,
];
