/** Scale words after a number ("6.2 million", "$1.2bn"), by lower-case spelling. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
  ['bln', 1e9],
  ['tn', 1e12],
]);

/** Letter abbreviations of scales that also spell units ("3m" is also three metres): read as scales only after a currency. */
export const SCALE_LETTERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['b', 1e9],
]);

/** The numbers that vague counts are built on ("a dozen", "hundreds", "tens of thousands"), by lemma. */
export const COUNT_NOUNS: ReadonlyMap<string, number> = new Map([
  ['ten', 10],
  ['dozen', 12],
  ['score', 20],
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);
