import type { AnalyzedArticle, EntityId, EntitySummary } from '../types.ts';
import { groupByType, type TypeGroup } from './group-by-type.ts';
import { compareText } from '../compare-text.ts';

/** An entity and how often one article mentions it. */
export interface EntityCount {
  entity: EntitySummary;
  count: number;
}

/** The entities one article mentions, grouped by type; most mentioned first, then by name. */
export function articleEntities(
  article: AnalyzedArticle,
  entities: ReadonlyMap<EntityId, EntitySummary>,
): TypeGroup<EntityCount>[] {
  const counts = new Map<EntityId, number>();
  for (const m of article.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const rows: EntityCount[] = [];
  for (const [id, count] of counts) {
    const entity = entities.get(id);
    if (entity) rows.push({ entity, count });
  }
  rows.sort((a, b) => b.count - a.count || compareText(a.entity.name, b.entity.name));
  return groupByType(rows, (row) => row.entity.type);
}

/**
 * The `limit` most mentioned entities of each type across the corpus.
 * `entities` comes sorted by the analysis (type, then most mentioned, then
 * name) and grouping keeps that order, so each group's head is its top.
 */
export function topEntitiesByType(entities: readonly EntitySummary[], limit: number): TypeGroup<EntitySummary>[] {
  return groupByType(entities, (e) => e.type).map((group) => ({
    type: group.type,
    items: group.items.slice(0, limit),
  }));
}

const indexes = new WeakMap<readonly EntitySummary[], Map<EntityId, EntitySummary>>();

/** An index from id to entity, for pages that look entities up by mention; built once per corpus. */
export function entityIndex(entities: readonly EntitySummary[]): Map<EntityId, EntitySummary> {
  let index = indexes.get(entities);
  if (!index) {
    index = new Map(entities.map((e) => [e.id, e]));
    indexes.set(entities, index);
  }
  return index;
}

/** The article's first paragraph: the lede shown on the home page. */
export function lede(article: AnalyzedArticle): string {
  const first = article.paragraphs[0];
  return first ? article.text.slice(first.start, first.end) : '';
}
