import type { Discrepancy, Quantity } from '../publish/schemas/analysis/quantities.ts';
import type { GoldQuantity, GoldSpan } from './analysis-gold.ts';
import { prf } from './metrics.ts';

/** One figure of the score, with the counts it comes from ("23/25"). */
export interface ScoreLine {
  name: string;
  value: number;
  detail: string;
}

export interface QuantityScore {
  metrics: ScoreLine[];
  /** One line per miss, spurious item or wrong field. */
  errors: string[];
}

interface Located {
  article: string;
  start: number;
  end: number;
}

const overlap = (a: Located, b: Located): number =>
  a.article === b.article ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) : 0;

/** One-to-one pairs of gold and system items, the largest overlaps first. */
function pairUp<G, S>(gold: readonly G[], system: readonly S[], weight: (g: G, s: S) => number): [number, number][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) =>
    system.forEach((s, j) => {
      const w = weight(g, s);
      if (w > 0) candidates.push([w, i, j]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedSystem.has(j)) continue;
    usedGold.add(i);
    usedSystem.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

const rate = (name: string, hit: number, of: number): ScoreLine => ({
  name,
  value: of > 0 ? hit / of : 1,
  detail: `${hit}/${of}`,
});

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const sameNoun = (a: string | null, b: string | null): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/**
 * Scores quantities against gold: detection by span overlap (one-to-one,
 * largest overlap first), then, among matched quantities, the accuracy of
 * value, relation, unit and counted noun; and discrepancy detection, where a
 * system discrepancy matches a gold one when they share two or more
 * quantities (a gold quantity is shared when a quantity of the system's
 * group overlaps it).
 */
export function scoreQuantities(
  gold: {
    quantities: readonly GoldQuantity[];
    discrepancies: readonly { about: string; quantities: readonly GoldSpan[] }[];
  },
  system: { quantities: readonly Quantity[]; discrepancies: readonly Discrepancy[] },
): QuantityScore {
  const errors: string[] = [];
  const pairs = pairUp(gold.quantities, system.quantities, overlap);
  const detection = prf(pairs.length, system.quantities.length, gold.quantities.length);
  const matchedGold = new Set(pairs.map(([i]) => i));
  const matchedSystem = new Set(pairs.map(([, j]) => j));
  gold.quantities.forEach((g, i) => {
    if (!matchedGold.has(i)) errors.push(`missed ${g.article}: "${g.surface}"`);
  });
  system.quantities.forEach((s, j) => {
    if (!matchedSystem.has(j))
      errors.push(`spurious ${s.article}: "${s.surface}" (${s.value}, ${s.counts ?? 'no noun'})`);
  });
  const fields = { value: 0, relation: 0, unit: 0, counts: 0 };
  for (const [i, j] of pairs) {
    const g = gold.quantities[i];
    const s = system.quantities[j];
    if (!g || !s) continue;
    const wrong = (field: string, want: unknown, got: unknown): void => {
      errors.push(`${field} ${g.article}: "${g.surface}" gold ${String(want)}, system ${String(got)} ("${s.surface}")`);
    };
    if (sameValue(g.value, s.value)) fields.value++;
    else wrong('value', g.value, s.value);
    if (g.relation === s.relation) fields.relation++;
    else wrong('relation', g.relation, s.relation);
    if (g.unit === s.unit) fields.unit++;
    else wrong('unit', g.unit, s.unit);
    if (sameNoun(g.counts, s.counts)) fields.counts++;
    else wrong('counts', g.counts, s.counts);
  }

  const byId = new Map(system.quantities.map((q) => [q.id, q]));
  const groups = system.discrepancies.map((d) => d.quantities.flatMap((id) => byId.get(id) ?? []));
  const shared = (g: readonly GoldSpan[], s: readonly Quantity[]): number =>
    g.filter((span) => s.some((q) => overlap(span, q) > 0)).length;
  const discrepancyPairs = pairUp(gold.discrepancies, groups, (g, s) => {
    const n = shared(g.quantities, s);
    return n >= 2 ? n : 0;
  });
  const foundGold = new Set(discrepancyPairs.map(([i]) => i));
  const foundSystem = new Set(discrepancyPairs.map(([, j]) => j));
  gold.discrepancies.forEach((d, i) => {
    if (!foundGold.has(i)) errors.push(`missed discrepancy: ${d.about}`);
  });
  system.discrepancies.forEach((d, j) => {
    if (foundSystem.has(j)) return;
    const surfaces = (groups[j] ?? []).map((q) => `${q.article}: "${q.surface}"`).join(', ');
    errors.push(`spurious discrepancy: ${d.about} (${surfaces})`);
  });
  const n = pairs.length;
  return {
    metrics: [
      { name: 'detection P', value: detection.precision, detail: `${n}/${system.quantities.length}` },
      { name: 'detection R', value: detection.recall, detail: `${n}/${gold.quantities.length}` },
      { name: 'detection F1', value: detection.f1, detail: `${n} matched` },
      rate('value', fields.value, n),
      rate('relation', fields.relation, n),
      rate('unit', fields.unit, n),
      rate('counts', fields.counts, n),
      rate('discrepancy P', discrepancyPairs.length, system.discrepancies.length),
      rate('discrepancy R', discrepancyPairs.length, gold.discrepancies.length),
    ],
    errors,
  };
}
