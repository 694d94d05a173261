import { compareText } from '../compare-text.ts';
import { ENTITY_SORTS, type EntitySort } from '../publish/list-paths.ts';
import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../types.ts';
import { groupByType } from './group-by-type.ts';
import { listPages, type ListPage } from './paging/list-page.ts';
import { PAGE_LIMITS, type PageLimits } from './paging/page-limits.ts';

/** One static page of the entity list: one type or all, in one order. */
export interface EntityListPage extends ListPage<EntitySummary> {
  /** Absent for every type. */
  type: EntityType | undefined;
  sort: EntitySort;
}

/** How each order is named where the reader picks it. */
export const ENTITY_SORT_NAMES: Readonly<Record<EntitySort, string>> = {
  mentions: 'Most mentioned',
  articles: 'In most articles',
  name: 'Name (A–Z)',
};

/** How each order is said after a count: "12 people, most mentioned first". */
export const ENTITY_SORT_PHRASES: Readonly<Record<EntitySort, string>> = {
  mentions: 'most mentioned first',
  articles: 'those in most articles first',
  name: 'by name',
};

const byName = (a: EntitySummary, b: EntitySummary): number =>
  compareText(a.name, b.name) || ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || compareText(a.id, b.id);

const ORDERS: Record<EntitySort, (a: EntitySummary, b: EntitySummary) => number> = {
  mentions: (a, b) => b.mentions - a.mentions || b.articles.length - a.articles.length || byName(a, b),
  articles: (a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || byName(a, b),
  name: byName,
};

/** Entities in one order: most mentions, most articles (ties by the other count, then name), or by name. */
export function sortEntities(entities: readonly EntitySummary[], sort: EntitySort): EntitySummary[] {
  return [...entities].sort(ORDERS[sort]);
}

/** Every page of every entity list: all types and each type present, in each order. */
export function entityListPages(
  entities: readonly EntitySummary[],
  limits: PageLimits = PAGE_LIMITS,
): EntityListPage[] {
  const lists = [
    { type: undefined, items: [...entities] },
    ...groupByType(entities, (e) => e.type).map((g) => ({ type: g.type, items: g.items })),
  ];
  return lists.flatMap(({ type, items }) =>
    ENTITY_SORTS.flatMap((sort) =>
      listPages(sortEntities(items, sort), limits.entitiesPerPage).map((page) => ({ type, sort, ...page })),
    ),
  );
}

/** One type on the entity index: its most mentioned entities, and how many it has. */
export interface IndexGroup {
  type: EntityType;
  rows: EntitySummary[];
  total: number;
}

/** The entity index: for each type present, the `indexPerType` most mentioned (the analysis's order). */
export function entityIndexGroups(entities: readonly EntitySummary[], limits: PageLimits = PAGE_LIMITS): IndexGroup[] {
  return groupByType(entities, (e) => e.type).map((g) => ({
    type: g.type,
    rows: g.items.slice(0, limits.indexPerType),
    total: g.items.length,
  }));
}
