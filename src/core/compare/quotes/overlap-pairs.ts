import { byCodeUnit } from '../../compare-text.ts';

/**
 * The pairs `[i, j]` (i < j, in that order) of word sets whose overlap
 * coefficient (the words they share over the size of the smaller) may reach
 * `threshold`; every pair that does is among them. Comparing every pair would
 * grow with the square of the quotations, so this is a prefix filter: when
 * the smaller set `a` shares ⌈threshold·|a|⌉ words with the other, one of them
 * is among the first |a| − ⌈threshold·|a|⌉ + 1 words of `a`, the words in one
 * fixed order (rarest first, which keeps the lists short). Each set probes
 * with its prefix the sets at least as large that hold the word.
 */
export function overlapPairs(sets: readonly ReadonlySet<string>[], threshold: number): [number, number][] {
  const holders = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const word of set) {
      const list = holders.get(word);
      if (list) list.push(i);
      else holders.set(word, [i]);
    }
  });
  const rarestFirst = (x: string, y: string): number =>
    (holders.get(x)?.length ?? 0) - (holders.get(y)?.length ?? 0) || byCodeUnit(x, y);
  const found = new Set<number>();
  const pairs: [number, number][] = [];
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    // A hair below the threshold: a longer prefix only adds candidates, and rounding must never drop one.
    const least = Math.max(1, Math.ceil(threshold * set.size - 1e-9));
    const prefix = [...set].sort(rarestFirst).slice(0, set.size - least + 1);
    for (const word of prefix)
      for (const j of holders.get(word) ?? []) {
        const other = sets[j]?.size ?? 0;
        if (j === i || other < set.size) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        const key = a * sets.length + b;
        if (found.has(key)) continue;
        found.add(key);
        pairs.push([a, b]);
      }
  });
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
