import type { Mention } from '../types.ts';

/** What the aligner needs of each article: both mention lists. */
export interface AlignInput {
  gold: readonly Mention[];
  system: readonly Mention[];
}

/**
 * Maps each system entity id to the gold entity id it shares the most
 * exactly-matching spans with across the whole set (ties go to the
 * alphabetically first gold id). A system entity that shares no span with
 * any gold mention maps to null. Several system entities may align to one
 * gold entity; one system entity never aligns to two, so over-merging costs.
 */
export function alignEntities(articles: readonly AlignInput[]): Map<string, string | null> {
  const shared = new Map<string, Map<string, number>>();
  for (const { gold, system } of articles) {
    const goldAt = new Map(gold.map((m) => [spanKey(m), m.entity as string]));
    for (const m of system) {
      const votes = shared.get(m.entity) ?? new Map<string, number>();
      shared.set(m.entity, votes);
      const goldId = goldAt.get(spanKey(m));
      if (goldId !== undefined) votes.set(goldId, (votes.get(goldId) ?? 0) + 1);
    }
  }
  const alignment = new Map<string, string | null>();
  for (const [systemId, votes] of shared) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [goldId, count] of votes) {
      if (count > bestCount || (count === bestCount && best !== null && goldId < best)) {
        best = goldId;
        bestCount = count;
      }
    }
    alignment.set(systemId, best);
  }
  return alignment;
}

export function spanKey(span: { start: number; end: number }): string {
  return `${span.start}:${span.end}`;
}
