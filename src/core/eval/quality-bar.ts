import { ENTITY_TYPES, type EntityType } from '../types.ts';
import type { Score } from './score.ts';

/** The entity-level F1 the extraction must reach; the one place these numbers live. */
export const QUALITY_BAR = {
  /** The content articles: overall, and every type that occurs in their gold. */
  seeds: { overall: 0.97, perType: 0.9 },
  /** Unseen articles (tune and held-out): overall only, the sets are small. */
  unseen: { overall: 0.9 },
} as const;

/** Where a set's score falls short of the bar, one line per shortfall; empty when it passes. */
export function shortfalls(set: 'seeds' | 'tune' | 'heldout', score: Score): string[] {
  const out: string[] = [];
  const bar = set === 'seeds' ? QUALITY_BAR.seeds.overall : QUALITY_BAR.unseen.overall;
  const f1 = (value: number): string => value.toFixed(3);
  if (score.overall.entity.f1 < bar) out.push(`${set}: overall entity F1 ${f1(score.overall.entity.f1)} < ${bar}`);
  if (set !== 'seeds') return out;
  for (const type of ENTITY_TYPES as readonly EntityType[]) {
    const typeScore = score.byType[type];
    // Only types the gold contains: a type that only the system produced is already in the overall precision.
    if (!typeScore || typeScore.entity.tp + typeScore.entity.fn === 0) continue;
    if (typeScore.entity.f1 < QUALITY_BAR.seeds.perType)
      out.push(`${set}: ${type} entity F1 ${f1(typeScore.entity.f1)} < ${QUALITY_BAR.seeds.perType}`);
  }
  return out;
}
