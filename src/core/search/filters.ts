import { ENTITY_TYPES, type EntityType } from '../types.ts';
import { typeBit, typeMask } from './type-masks.ts';
import type { ArticlesFile } from './format.ts';
import { blockOf } from './postings.ts';

export type SearchOrder = 'relevance' | 'date';

/** What narrows or orders the results; every field lives in the search page's URL. */
export interface SearchFilters {
  /** An outlet's name, as the articles give it. */
  outlet?: string | undefined;
  /** Paragraphs mentioning an entity of this type. */
  type?: EntityType | undefined;
  /** Paragraphs mentioning this entity (its id). */
  entity?: string | undefined;
  /** Articles published on or after this day (`YYYY-MM-DD`). */
  from?: string | undefined;
  /** Articles published on or before this day. */
  to?: string | undefined;
  /** Relevance (the default) or newest first. */
  sort: SearchOrder;
}

/** The URL parameter of each filter, beside `q`. */
export const FILTER_PARAMS = ['outlet', 'type', 'entity', 'from', 'to', 'sort'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters a URL's search parameters ask for; values that mean nothing are dropped. */
export function readFilters(params: URLSearchParams): SearchFilters {
  const value = (name: string) => params.get(name)?.trim() || undefined;
  const type = value('type');
  const day = (name: string) => {
    const found = value(name);
    return found !== undefined && DAY.test(found) && !Number.isNaN(Date.parse(found)) ? found : undefined;
  };
  return {
    outlet: value('outlet'),
    type: ENTITY_TYPES.includes(type as EntityType) ? (type as EntityType) : undefined,
    entity: value('entity'),
    from: day('from'),
    to: day('to'),
    sort: value('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** Writes `filters` into `params` (setting or deleting each), leaving other parameters alone. */
export function writeFilters(filters: SearchFilters, params: URLSearchParams): void {
  for (const name of FILTER_PARAMS) {
    const value = name === 'sort' ? (filters.sort === 'date' ? 'date' : undefined) : filters[name];
    if (value === undefined || value === '') params.delete(name);
    else params.set(name, value);
  }
}

/** Whether anything narrows the results (the order alone does not). */
export function narrows(filters: SearchFilters): boolean {
  return [filters.outlet, filters.type, filters.entity, filters.from, filters.to].some((v) => v !== undefined);
}

/** Whether the filters need the per-article table (`articles.json`). */
export function needsArticles(filters: SearchFilters): boolean {
  return (
    filters.outlet !== undefined ||
    filters.type !== undefined ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.sort === 'date'
  );
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/**
 * A test for the blocks the filters keep. `mentions` is the set of blocks
 * mentioning the filter's entity (required when `filters.entity` is set).
 * A headline passes the type filter when any paragraph of its article does.
 */
export function blockFilter(
  filters: SearchFilters,
  articles: ArticlesFile | undefined,
  mentions: ReadonlySet<number> | undefined,
): (key: number) => boolean {
  const outlet = filters.outlet === undefined ? -1 : (articles?.outlets.indexOf(filters.outlet) ?? -1);
  const from = filters.from === undefined ? -Infinity : dayNumber(filters.from);
  const to = filters.to === undefined ? Infinity : dayNumber(filters.to);
  const bit = filters.type === undefined ? 0 : typeBit(filters.type);
  return (key) => {
    if (mentions !== undefined && !mentions.has(key)) return false;
    if (articles === undefined) return true;
    const { article, block } = blockOf(key);
    if (filters.outlet !== undefined && articles.outlet[article] !== outlet) return false;
    const day = articles.day[article] ?? 0;
    if (day < from || day > to) return false;
    if (bit !== 0) {
      const types = articles.types[article] ?? '';
      const has = (char: string) => (typeMask(char) & bit) !== 0;
      if (block === 0 ? ![...types].some(has) : !has(types[block - 1] ?? '0')) return false;
    }
    return true;
  };
}
