import { ENTITY_TYPES, type EntityType } from '../types.ts';
import type { Score } from './score.ts';

/** The entity-level F1 a set must reach: overall, for every type its gold holds, and for some types by name. */
export interface Bar {
  overall: number;
  perType?: number;
  types?: Partial<Record<EntityType, number>>;
}

/**
 * The entity-level F1 the extraction must reach, by gold set; the one place
 * these numbers live. A set without a bar is measured and reported only.
 */
export const QUALITY_BAR: Record<string, Bar | undefined> = {
  /** The seed articles: overall, and every type that occurs in their gold. */
  seeds: { overall: 0.97, perType: 0.9 },
  /** Unseen articles: overall only, the sets are small. Each bar sits just under the last measured score. */
  tune: { overall: 0.95 },
  heldout: { overall: 0.93 },
  /**
   * The second held-out set (wire copy, business, court and diplomatic news): overall, people and
   * organisations. Issue 9's target is 0.93 overall and 0.9 for both types; measured 0.865 overall,
   * people 0.929, organisations 0.800 (before this round: 0.842, 0.916, 0.744). The bar holds what is
   * reached so a regression fails, and is raised to the target as the rules get there; the README says
   * the target is not met.
   */
  'heldout-2': { overall: 0.86, types: { person: 0.92, organization: 0.79 } },
  /** The story sets (analyses gold), entity extraction only. */
  'stories-tune': { overall: 0.96 },
  'stories-heldout': { overall: 0.91 },
};

/** Where a set's score falls short of its bar, one line per shortfall; empty when it passes or has no bar. */
export function shortfalls(set: string, score: Score): string[] {
  const bar = QUALITY_BAR[set];
  if (!bar) return [];
  const out: string[] = [];
  const f1 = (value: number): string => value.toFixed(3);
  if (score.overall.entity.f1 < bar.overall)
    out.push(`${set}: overall entity F1 ${f1(score.overall.entity.f1)} < ${bar.overall}`);
  for (const type of ENTITY_TYPES as readonly EntityType[]) {
    const typeScore = score.byType[type];
    // Only types the gold contains: a type that only the system produced is already in the overall precision.
    if (!typeScore || typeScore.entity.tp + typeScore.entity.fn === 0) continue;
    const needed = bar.types?.[type] ?? bar.perType;
    if (needed !== undefined && typeScore.entity.f1 < needed)
      out.push(`${set}: ${type} entity F1 ${f1(typeScore.entity.f1)} < ${needed}`);
  }
  return out;
}
