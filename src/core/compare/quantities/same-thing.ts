import type { FoundQuantity } from './find-quantities.ts';
import { countSameThing } from './noun-classes.ts';
import { similarity, type Context } from './quantity-context.ts';

/** A quantity ready to be compared: the found quantity, its sentence's context and the day it is reported for. */
export interface Compared {
  found: FoundQuantity;
  context: Context;
  /** `YYYY-MM-DD` when the quantity's clause names its day, else null. */
  day: string | null;
  /** The period of a rate ("a day"), or null for an amount. */
  rate: string | null;
}

/** Equal values of comparable quantities are themselves evidence of one fact (a copied figure). */
const EQUAL_VALUE_BONUS = 0.15;

/**
 * Whether two quantities could measure the same thing at all: both counts
 * of the same kind of thing (`countSameThing`), both sums in one currency,
 * or both percentages; both amounts or rates of one period; and not
 * reported for two different days (a count of ships waiting on Tuesday and
 * another on Sunday is an update, not a disagreement). A count with no noun
 * is about nothing we can name.
 */
export function comparable(a: Compared, b: Compared): boolean {
  if (a.day !== null && b.day !== null && a.day !== b.day) return false;
  if (a.rate !== b.rate) return false;
  const [x, y] = [a.found, b.found];
  if (x.kind !== y.kind) return false;
  switch (x.kind) {
    case 'money':
      return x.quantity.unit === y.quantity.unit;
    case 'percent':
      return true;
    case 'count':
      return countSameThing(x.nouns, y.nouns);
  }
}

/**
 * How far apart two values may be and still count one thing: within ten
 * times of each other fully ("at least four" and "more than a dozen"),
 * within a hundred times half, beyond that not at all (€12.5 million is not
 * €1.5 billion, whatever the sentences share).
 */
function valueFit(a: number, b: number): number {
  if (a === b) return 1;
  const ratio = Math.max(a, b) / Math.min(a, b);
  return !Number.isFinite(ratio) ? 0 : ratio <= 10 ? 1 : ratio <= 100 ? 0.5 : 0;
}

/**
 * How surely two quantities in different articles are about the same thing:
 * the likeness of their contexts, scaled by how well their values fit, with
 * a bonus when they give the same figure in sentences that share anything. Zero when they are not comparable.
 */
export function sameThingScore(a: Compared, b: Compared, idf: (key: string) => number): number {
  if (!comparable(a, b)) return 0;
  const [x, y] = [a.found.quantity, b.found.quantity];
  const equal = x.value === y.value && x.relation === y.relation;
  const alike = similarity(a.context, b.context, idf);
  return alike * valueFit(x.value, y.value) + (equal && alike > 0 ? EQUAL_VALUE_BONUS : 0);
}
