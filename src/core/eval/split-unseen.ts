import { seededRandom, shuffled } from './prng.ts';

/** The seed of the recorded tune/held-out split; changing it reshuffles every unseen article. */
export const UNSEEN_SPLIT_SEED = 20250611;

/**
 * Splits unseen gold file names into tune and held-out halves: sort, shuffle
 * with the recorded seed, first half (rounded down) to tune. A new article
 * therefore moves others only if the whole split is redone on purpose.
 */
export function splitUnseen(names: readonly string[], seed = UNSEEN_SPLIT_SEED): { tune: string[]; heldout: string[] } {
  const order = shuffled([...names].sort(), seededRandom(seed));
  const half = Math.floor(order.length / 2);
  return { tune: order.slice(0, half).sort(), heldout: order.slice(half).sort() };
}
