import type { ResidueRule } from './residue-rules.ts';

/** One piece of text the ingest left out, and the rule (or detector) that recognised it. */
export interface Removal {
  rule: string;
  text: string;
}

/**
 * Runs each rule over the paragraphs in turn. A rule sees the paragraphs as
 * they were before it started, so a rule that judges a paragraph by its
 * neighbours sees both members of a pair.
 */
export function stripResidue(
  paragraphs: readonly string[],
  rules: readonly ResidueRule[],
): { paragraphs: string[]; removed: Removal[] } {
  const removed: Removal[] = [];
  let current = [...paragraphs];
  for (const rule of rules) {
    const next: string[] = [];
    current.forEach((paragraph, index, all) => {
      const outcome = rule.apply(paragraph, index, all);
      if (!outcome) {
        next.push(paragraph);
        return;
      }
      removed.push({ rule: rule.name, text: outcome.removed });
      if (outcome.keep !== null) next.push(outcome.keep);
    });
    current = next;
  }
  return { paragraphs: current, removed };
}
