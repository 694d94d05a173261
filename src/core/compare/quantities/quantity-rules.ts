import type { QuantityRule } from './candidate.ts';
import { ages } from './rules/ages.ts';
import { countedNoun } from './rules/counted-noun.ts';
import { datesAndTimes } from './rules/dates-and-times.ts';
import { determiners } from './rules/determiners.ts';
import { digits } from './rules/digits.ts';
import { money } from './rules/money.ts';
import { namesAndCodes } from './rules/names-and-codes.ts';
import { numberWords } from './rules/number-words.ts';
import { ordinals } from './rules/ordinals.ts';
import { percentages } from './rules/percentages.ts';
import { ranges } from './rules/ranges.ts';
import { relations } from './rules/relations.ts';
import { vagueCounts } from './rules/vague-counts.ts';

/**
 * The quantity rules in the order they run over each sentence.
 *
 * 1. Finders. Digits first, so a digit and its scale word are one number
 *    ("6.2 million"); vague counts before number words, which would read
 *    "a hundred" or "two dozen" as a bare "hundred" or "two".
 * 2. Units. Money and percentages take their sign, code or word into the
 *    surface before anything is dropped: "$2015" is no year, and "USD 5"
 *    is no name followed by a number.
 * 3. Not quantities. Names and codes, dates and times, ordinals, ages and
 *    "one" go before ranges are joined, so "between 2015 and 2018" is not
 *    read as a range of counts.
 * 4. Ranges before relations: "between" belongs to the range, and a range
 *    is at-least unless a relation word says otherwise.
 * 5. The counted noun last: it starts after the whole surface, once
 *    "12+", "or more" and a range's upper bound are part of it.
 */
export const QUANTITY_RULES: readonly QuantityRule[] = [
  digits,
  vagueCounts,
  numberWords,
  money,
  percentages,
  namesAndCodes,
  datesAndTimes,
  ordinals,
  ages,
  determiners,
  ranges,
  relations,
  countedNoun,
];
