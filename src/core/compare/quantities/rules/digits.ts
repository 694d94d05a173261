import { isClaimed, newCandidate, tokenAt, type Candidate, type QuantityRule } from '../candidate.ts';
import { SCALE_LETTERS, SCALE_WORDS } from '../scales.ts';

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const RANGE = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-–]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;

const parse = (digits: string): number => Number(digits.replaceAll(',', ''));

/**
 * Numbers in digits ("45", "3,000", "6.2"), with the scale word after them
 * ("6.2 million", "$1.2bn", "£3m") and a range written as one token
 * ("10-12"). A letter scale ("m", "k") counts only after a currency sign,
 * where it cannot be a unit of length.
 */
export const digits: QuantityRule = {
  name: 'digits',
  apply(candidates, sentence) {
    const found: Candidate[] = [...candidates];
    for (let i = sentence.from; i < sentence.to; i++) {
      const token = sentence.tokens[i];
      if (!token || token.kind !== 'number' || isClaimed(found, i)) continue;
      const range = RANGE.exec(token.text);
      if (!NUMBER.test(token.text) && !range) continue;
      let value = range ? parse(range[1] ?? '') : parse(token.text);
      let upper = range ? parse(range[2] ?? '') : undefined;
      let end = i + 1;
      const next = tokenAt(sentence, end);
      const afterCurrency = tokenAt(sentence, i - 1)?.kind === 'currency';
      const scale =
        next &&
        (SCALE_WORDS.get(next.lower) ?? (afterCurrency && !next.spaced ? SCALE_LETTERS.get(next.lower) : undefined));
      if (scale !== undefined) {
        value *= scale;
        if (upper !== undefined) upper *= scale;
        end += 1;
      }
      found.push({ ...newCandidate(i, end, round(value)), upper: upper === undefined ? undefined : round(upper) });
    }
    return found;
  },
};

/** Drops the binary noise of a decimal times a scale (6.2 × 10⁶ is 6200000, not 6200000.000000001). */
export function round(value: number): number {
  return Number(value.toPrecision(12));
}
