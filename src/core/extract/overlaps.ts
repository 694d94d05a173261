import type { Mention } from '../types.ts';

/** Keeps mentions sorted by start and disjoint, preferring the longer of two that overlap. */
export function withoutOverlaps(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const previous = kept.at(-1);
    if (previous && m.start < previous.end) {
      if (m.end - m.start > previous.end - previous.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
