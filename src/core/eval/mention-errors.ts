import type { Mention } from '../types.ts';
import { contextAround } from './context.ts';

/** One mention the system got wrong: produced wrongly (fp) or missed (fn). */
export interface MentionError {
  kind: 'fp' | 'fn';
  article: string;
  start: number;
  end: number;
  surface: string;
  type: string;
  /** The system's entity id for a false positive, the gold id for a false negative. */
  entity: string;
  /** What the other side has here, in a few words. */
  reason: string;
  context: string;
}

type Aligned = (systemEntity: string) => string | null;

/** Explains a system mention that is not a true positive. */
export function falsePositive(
  slug: string,
  text: string,
  m: Mention,
  gold: readonly Mention[],
  aligned: Aligned,
): MentionError {
  const same = gold.find((g) => g.start === m.start && g.end === m.end);
  const overlap = gold.find((g) => g.start < m.end && m.start < g.end);
  let reason = 'no gold mention here';
  if (same && same.type !== m.type) reason = `gold type is ${same.type}`;
  else if (same) reason = `aligned to ${aligned(m.entity) ?? 'no gold entity'}, gold entity is ${same.entity}`;
  else if (overlap) reason = `gold span is "${overlap.surface}" (${overlap.type})`;
  return errorAt('fp', slug, text, m, m.entity, reason);
}

/** Explains a gold mention the system did not get right. */
export function falseNegative(
  slug: string,
  text: string,
  g: Mention,
  system: readonly Mention[],
  aligned: Aligned,
): MentionError {
  const same = system.find((m) => m.start === g.start && m.end === g.end);
  const overlap = system.find((m) => m.start < g.end && g.start < m.end);
  let reason = 'missed';
  if (same && same.type !== g.type) reason = `system type is ${same.type}`;
  else if (same) reason = `system entity ${same.entity} aligned to ${aligned(same.entity) ?? 'no gold entity'}`;
  else if (overlap) reason = `system span is "${overlap.surface}" (${overlap.type})`;
  return errorAt('fn', slug, text, g, g.entity, reason);
}

function errorAt(
  kind: 'fp' | 'fn',
  article: string,
  text: string,
  m: Mention,
  entity: string,
  reason: string,
): MentionError {
  const { start, end, surface, type } = m;
  return { kind, article, start, end, surface, type, entity, reason, context: contextAround(text, start, end) };
}
