import { ENTITY_TYPES, type EntityType, type Mention } from '../types.ts';
import { alignEntities, spanKey } from './align.ts';
import { falseNegative, falsePositive, type MentionError } from './mention-errors.ts';
import { prf, recallOf, type Prf, type Recall } from './metrics.ts';

/** One article as scored: its text, the gold mentions and the system's. */
export interface ScoringArticle {
  slug: string;
  text: string;
  gold: readonly Mention[];
  system: readonly Mention[];
}

export interface TypeScore {
  /** Over the (article, entity, type) triples, system entities replaced by their aligned gold id. */
  entity: Prf;
  /** Same span, same type and an aligned entity. */
  mention: Prf;
  /** Gold mentions found with the right span and type, linking ignored. */
  mentionRecall: Recall;
}

/** An (article, entity, type) triple that one side has and the other lacks. */
export interface EntityError {
  kind: 'fp' | 'fn';
  article: string;
  /** Gold id; for a system entity that aligns to nothing, its own id. */
  entity: string;
  type: EntityType;
  aligned: boolean;
}

export interface Score {
  overall: TypeScore;
  /** Every type that occurs in the gold or the system output, in ENTITY_TYPES order. */
  byType: Partial<Record<EntityType, TypeScore>>;
  /** System entity id → gold entity id (null: shares no span with any gold mention). */
  alignment: Record<string, string | null>;
  errors: MentionError[];
  entityErrors: EntityError[];
}

/** Raw counts for one type; turned into P/R/F1 at the end so that sums stay exact. */
interface Tally {
  mention: { tp: number; system: number; gold: number };
  entity: { tp: number; system: number; gold: number };
  found: number;
}

/** Scores system mentions against gold over a set of articles (see the metric comments above). */
export function score(articles: readonly ScoringArticle[]): Score {
  const alignment = alignEntities(articles);
  const aligned = (id: string): string | null => alignment.get(id) ?? null;
  const tallies = new Map<EntityType, Tally>();
  const tally = (type: EntityType): Tally => {
    let t = tallies.get(type);
    if (!t)
      tallies.set(
        type,
        (t = { mention: { tp: 0, system: 0, gold: 0 }, entity: { tp: 0, system: 0, gold: 0 }, found: 0 }),
      );
    return t;
  };
  const errors: MentionError[] = [];
  const entityErrors: EntityError[] = [];

  for (const { slug, text, gold, system } of articles) {
    const goldAt = new Map(gold.map((g) => [spanKey(g), g]));
    const correct = new Set<Mention>();
    const found = new Set<Mention>();
    for (const m of system) {
      const t = tally(m.type);
      t.mention.system += 1;
      const g = goldAt.get(spanKey(m));
      if (g && g.type === m.type) {
        found.add(g);
        if (aligned(m.entity) === g.entity) {
          correct.add(g);
          t.mention.tp += 1;
          continue;
        }
      }
      errors.push(falsePositive(slug, text, m, gold, aligned));
    }
    for (const g of gold) {
      const t = tally(g.type);
      t.mention.gold += 1;
      if (found.has(g)) t.found += 1;
      if (!correct.has(g)) errors.push(falseNegative(slug, text, g, system, aligned));
    }

    // A system entity that aligns to nothing keeps its own id behind a prefix
    // no slug can have, so it can never meet a gold triple.
    const systemTriples = triples(system, (id) => aligned(id) ?? `?${id}`);
    const goldTriples = triples(gold, (id) => id);
    for (const [key, { entity, type }] of systemTriples) {
      const t = tally(type);
      t.entity.system += 1;
      if (goldTriples.has(key)) t.entity.tp += 1;
      else
        entityErrors.push({
          kind: 'fp',
          article: slug,
          entity: entity.replace(/^\?/, ''),
          type,
          aligned: !entity.startsWith('?'),
        });
    }
    for (const [key, { entity, type }] of goldTriples) {
      const t = tally(type);
      t.entity.gold += 1;
      if (!systemTriples.has(key)) entityErrors.push({ kind: 'fn', article: slug, entity, type, aligned: true });
    }
  }

  const byType: Partial<Record<EntityType, TypeScore>> = {};
  const sum: Tally = { mention: { tp: 0, system: 0, gold: 0 }, entity: { tp: 0, system: 0, gold: 0 }, found: 0 };
  for (const type of ENTITY_TYPES) {
    const t = tallies.get(type);
    if (!t) continue;
    byType[type] = finish(t);
    for (const level of ['mention', 'entity'] as const) {
      sum[level].tp += t[level].tp;
      sum[level].system += t[level].system;
      sum[level].gold += t[level].gold;
    }
    sum.found += t.found;
  }
  return { overall: finish(sum), byType, alignment: Object.fromEntries(alignment), errors, entityErrors };
}

function triples(
  mentions: readonly Mention[],
  idOf: (id: string) => string,
): Map<string, { entity: string; type: EntityType }> {
  const out = new Map<string, { entity: string; type: EntityType }>();
  for (const m of mentions) {
    const entity = idOf(m.entity);
    out.set(`${entity}\u0000${m.type}`, { entity, type: m.type });
  }
  return out;
}

function finish(t: Tally): TypeScore {
  return {
    entity: prf(t.entity.tp, t.entity.system, t.entity.gold),
    mention: prf(t.mention.tp, t.mention.system, t.mention.gold),
    mentionRecall: recallOf(t.found, t.mention.gold),
  };
}
