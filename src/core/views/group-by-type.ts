import { ENTITY_TYPES, type EntityType } from '../types.ts';

export interface TypeGroup<T> {
  type: EntityType;
  items: T[];
}

/** Items grouped by entity type, in the design's type order, without empty groups; order within a group is kept. */
export function groupByType<T>(items: readonly T[], typeOf: (item: T) => EntityType): TypeGroup<T>[] {
  return ENTITY_TYPES.map((type) => ({ type, items: items.filter((item) => typeOf(item) === type) })).filter(
    (group) => group.items.length > 0,
  );
}
