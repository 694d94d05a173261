import type { FoundQuantity } from './find-quantities.ts';

/** A plural vague count spans from its base to ten times it ("hundreds": 100 to 999; "tens of thousands": 10,000 to 99,999). */
const VAGUE_SPAN = 10;

/**
 * Whether two quantities of one thing disagree: they differ in value or
 * relation (the conventions: "45" and "more than 45" do, though both could
 * be true). A plural vague count disagrees only with a figure outside its
 * span: "billions of dollars" agrees with "more than US$250 billion",
 * "hundreds" does not with "3,000".
 */
export function disagree(a: FoundQuantity, b: FoundQuantity): boolean {
  const inside = (vague: FoundQuantity, other: FoundQuantity): boolean =>
    other.quantity.value >= vague.quantity.value && other.quantity.value < vague.quantity.value * VAGUE_SPAN;
  if (a.vague && !b.vague) return !inside(a, b);
  if (b.vague && !a.vague) return !inside(b, a);
  return a.quantity.value !== b.quantity.value || a.quantity.relation !== b.quantity.relation;
}
