import type { FoundQuantity } from './find-quantities.ts';

const PER = new Set(['a', 'an', 'per', 'each', 'every']);
const UNITS = new Set(['hour', 'day', 'night', 'week', 'month', 'quarter', 'year']);
const ADVERBS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'hour'],
  ['daily', 'day'],
  ['weekly', 'week'],
  ['monthly', 'month'],
  ['quarterly', 'quarter'],
  ['annually', 'year'],
  ['yearly', 'year'],
]);
/** A rate is read this many tokens after the surface at most, past the counted noun ("14 ships a day"). */
const REACH = 3;

/**
 * The period a quantity is a rate of ("$15 million a day", "2,600 cedis a
 * month", "per year", "annually"), or null for a plain amount. A rate is
 * never the same thing as a total.
 */
export function rateOf(q: FoundQuantity): string | null {
  for (let k = q.end; k < Math.min(q.tokens.length, q.end + REACH); k++) {
    const t = q.tokens[k];
    if (!t) break;
    const adverb = ADVERBS.get(t.lower);
    if (adverb) return adverb;
    const unit = q.tokens[k + 1];
    if (PER.has(t.lower) && unit && UNITS.has(unit.lemma)) return unit.lemma;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
  }
  return null;
}
