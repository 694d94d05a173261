import { keyRule } from '../word.ts';

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const TENS = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const VALUES = new Map<string, string>([
  ...WORDS.map((word, value): [string, string] => [word, String(value)]),
  ...Object.entries(TENS).map(([word, value]): [string, string] => [word, String(value)]),
]);

/**
 * A number in words and in digits is the same number spelt two ways ("three
 * ministries", "3 ministries"). The mapping is applied to both sides, so
 * "one" as a pronoun only ever meets itself. After case folding ("Three").
 */
export const numberWords = keyRule(
  'number words',
  (key) => VALUES.has(key),
  (key) => VALUES.get(key) ?? key,
);
