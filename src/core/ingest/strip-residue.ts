import type { Block } from './block.ts';
import { withText } from './block.ts';
import type { ResidueRule } from './rules/rule.ts';

/** One piece of text the ingest left out, and the rule (or detector) that recognised it. */
export interface Removal {
  rule: string;
  text: string;
}

/**
 * Runs each rule over the blocks in turn. A rule sees the blocks as they
 * were before it started, so a rule that judges a block by its neighbours
 * sees both members of a pair.
 */
export function stripResidue(
  blocks: readonly Block[],
  rules: readonly ResidueRule[],
): { blocks: Block[]; removed: Removal[] } {
  const removed: Removal[] = [];
  let current = [...blocks];
  for (const rule of rules) {
    const next: Block[] = [];
    current.forEach((block, index, all) => {
      const outcome = rule.apply(block, index, all);
      if (!outcome) {
        next.push(block);
        return;
      }
      removed.push({ rule: rule.name, text: outcome.removed });
      if (outcome.keep !== null) next.push(withText(block, outcome.keep));
    });
    current = next;
  }
  return { blocks: current, removed };
}
