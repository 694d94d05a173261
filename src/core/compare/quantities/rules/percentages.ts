import { tokenAt, type QuantityRule, type SentenceView } from '../candidate.ts';

/** The words after a number that make it a percentage, longest first. */
const PERCENT_WORDS: readonly (readonly string[])[] = [
  ['percentage', 'points'],
  ['percentage', 'point'],
  ['per', 'cent'],
  ['per-cent'],
  ['percent'],
  ['pct'],
  ['%'],
];

/**
 * Percentages: "12%", "12 per cent", "12 percent", "3 percentage points".
 * The unit is "%" and a percentage counts nothing.
 */
export const percentages: QuantityRule = {
  name: 'percentages',
  apply(candidates, sentence) {
    return candidates.map((c) => {
      if (c.kind !== 'count') return c;
      const width = percentWidth(sentence, c.end);
      return width === 0 ? c : { ...c, end: c.end + width, kind: 'percent', unit: '%', counts: null };
    });
  },
};

function percentWidth(sentence: SentenceView, at: number): number {
  for (const words of PERCENT_WORDS)
    if (words.every((w, k) => tokenAt(sentence, at + k)?.lower === w)) return words.length;
  return 0;
}
